import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/campaign-banner/mm-campaign-banner.js';
import type { CampaignBanner } from '../src/campaign-banner/campaign-banner.js';
import { clearCache } from '../src/core/api.js';
import { local } from '../src/core/storage.js';
import { campaignPhase } from '../src/campaign-banner/campaign-phase.js';
import { fakeFetch, until, layoutShiftDuring, type FakeFetch } from './helpers/fake-fetch.js';
import { week2026, days, unreadableColors, noLookBack, hostileText, bilingual } from './fixtures/campaigns.js';
import { expectAccessible } from './helpers/accessible.js';

const API = 'https://api.example.test/api/v1/';
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const settled = (el: CampaignBanner) => until(() => el.getAttribute('state') !== 'loading', 3000, 'banner to settle');

async function banner(attrs: { now?: string; variant?: string; dismissible?: boolean; lang?: string; campaign?: string } = {}) {
  const el = await fixture<CampaignBanner>(html`<mm-campaign-banner
    api=${API}
    now=${attrs.now ?? days.during}
    variant=${attrs.variant ?? 'bar'}
    campaign=${attrs.campaign ?? ''}
    lang=${attrs.lang ?? 'nl'}
    ?dismissible=${attrs.dismissible ?? false}
  ></mm-campaign-banner>`);
  await settled(el);
  await el.updateComplete;
  return el;
}

describe('mm-campaign-banner', () => {
  let api: FakeFetch;
  beforeEach(() => {
    clearCache();
    sessionStorage.clear();
    localStorage.clear();
    api = fakeFetch().on('/campaigns/current', { body: week2026 }).on(`/campaigns/${week2026.slug}`, { body: week2026 });
  });
  afterEach(() => api.restore());

  it('is accessible while loading and reserves its height', async () => {
    api.on('/campaigns/current', { body: week2026, delay: 300 });
    const el = await fixture<CampaignBanner>(html`<mm-campaign-banner api=${API} now=${days.during}></mm-campaign-banner>`);
    expect(el.getAttribute('state')).to.equal('loading');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(40);
    await expectAccessible(el);
  });

  it('counts down the days before the start', async () => {
    const el = await banner({ now: days.before });
    expect(text(el)).to.contain('Nog 12 dagen');
    expect(text(el)).to.contain('Week van de Mentale Gezondheid 2026');
    expect(text(el)).to.contain('1 juni t/m 6 juni 2026');
    await expectAccessible(el);
  });

  it('says "Morgen begint het" the day before', async () => {
    const el = await banner({ now: days.dayBefore });
    expect(text(el)).to.contain('Morgen begint het');
  });

  it('shows the day of the week while it runs', async () => {
    const el = await banner({ now: days.during });
    expect(text(el)).to.contain('Deze week · dag 3 van 6');
    await expectAccessible(el);
  });

  it('marks the last day', async () => {
    const el = await banner({ now: days.last });
    expect(text(el)).to.contain('Vandaag is de laatste dag');
    await expectAccessible(el);
  });

  it('shows a look-back link after the end, and nothing without one', async () => {
    const el = await banner({ now: days.after });
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.textContent).to.contain('Kijk terug');
    expect(link.getAttribute('href')).to.equal(week2026.lookBackUrl);
    await expectAccessible(el);

    clearCache();
    api.on('/campaigns/current', { body: noLookBack });
    const none = await banner({ now: days.after });
    expect(none.getAttribute('state')).to.equal('hidden');
    expect(none.shadowRoot!.querySelector('section')).to.equal(null);
  });

  it('links to the programme with a name that makes sense out of context', async () => {
    const el = await banner();
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).to.equal(week2026.url);
    expect(link.textContent!.replace(/\s+/g, ' ')).to.contain('Bekijk het programma: Week van de Mentale Gezondheid 2026');
  });

  it('speaks English', async () => {
    const el = await banner({ lang: 'en', now: days.before });
    expect(text(el)).to.contain('12 days to go');
    // This campaign has no English texts: its Dutch name is marked as Dutch.
    expect(el.shadowRoot!.querySelector('.title')!.getAttribute('lang')).to.equal('nl');
    expect(text(el)).to.contain('1 June to 6 June 2026');
    expect(text(el)).to.contain('See the programme');
    await expectAccessible(el);
  });

  // Issue 14, point 7: an English page showed the Dutch name, theme and description.
  it('shows the campaign’s English texts on an English page, the Dutch ones on a Dutch page', async () => {
    api.on('/campaigns/current', { body: bilingual });
    const en = await banner({ lang: 'en', variant: 'card' });
    expect(text(en)).to.contain('Mental Health Week 2026');
    expect(text(en)).to.contain('Stronger together (sample theme)');
    expect(text(en)).to.contain('A week full of activities');
    expect(text(en)).not.to.contain('Week van de Mentale Gezondheid');
    expect(en.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Campaign: Mental Health Week 2026');
    expect(en.shadowRoot!.querySelector('.title')!.hasAttribute('lang'), 'English texts need no mark').to.equal(false);
    const nl = await banner({ lang: 'nl', variant: 'card' });
    expect(text(nl)).to.contain('Week van de Mentale Gezondheid 2026');
    expect(text(nl)).not.to.contain('Mental Health Week');
    // Without English texts the Dutch ones stay (a name is better than none).
    api.on('/campaigns/current', { body: week2026 });
    clearCache();
    expect(text(await banner({ lang: 'en' }))).to.contain('Week van de Mentale Gezondheid 2026');
  });

  it('follows the language of the page around it', async () => {
    const wrap = await fixture(html`<div lang="en-GB"><mm-campaign-banner api=${API} now=${days.during}></mm-campaign-banner></div>`);
    const el = wrap.querySelector('mm-campaign-banner')!;
    await settled(el);
    expect(text(el)).to.contain('This week · day 3 of 6');
  });

  it('renders both variants, the card with its description', async () => {
    const card = await banner({ variant: 'card' });
    expect(text(card)).to.contain('Een week vol activiteiten');
    const bar = await banner({ variant: 'bar' });
    expect(text(bar)).not.to.contain('Een week vol activiteiten');
    await expectAccessible(card);
  });

  it('uses a configurable heading level', async () => {
    const el = await fixture<CampaignBanner>(html`<mm-campaign-banner api=${API} now=${days.during} heading-level="3"></mm-campaign-banner>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('asks for a named campaign', async () => {
    await banner({ campaign: week2026.slug });
    expect(api.calls.at(-1)!.url.pathname).to.equal(`/api/v1/campaigns/${week2026.slug}`);
  });

  it('is dismissed by keyboard, remembers it, and fires mm-dismiss', async () => {
    const el = await banner({ dismissible: true });
    const close = el.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!;
    expect(close.getAttribute('aria-label')).to.equal('Melding over Week van de Mentale Gezondheid 2026 sluiten');
    close.focus();
    const fired = oneEvent(el, 'mm-dismiss');
    await sendKeys({ press: 'Enter' });
    const ev = await fired;
    expect(ev.detail.campaign).to.equal(week2026.slug);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('hidden');
    expect(local.get(`banner-dismissed:${week2026.slug}`)).to.equal('1');

    const again = await banner({ dismissible: true });
    expect(again.getAttribute('state')).to.equal('hidden');
    await expectAccessible(again);
  });

  it('after closing, focus goes to what follows the banner; a banner that cannot be closed stays', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <mm-campaign-banner api=${API} now=${days.during} dismissible></mm-campaign-banner>
      <a href="#verder" id="verder">Verder lezen</a>
      <mm-campaign-banner api=${API} now=${days.during}></mm-campaign-banner>
    </div>`);
    const [closable, fixed] = [...page.querySelectorAll<CampaignBanner>('mm-campaign-banner')];
    await until(() => closable!.getAttribute('state') === 'shown' && fixed!.getAttribute('state') === 'shown', 3000, 'both banners');
    closable!.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.focus();
    await sendKeys({ press: 'Enter' });
    await closable!.updateComplete;
    await until(() => document.activeElement?.id === 'verder', 3000, 'focus on what follows the banner');
    expect(document.activeElement?.id).to.equal('verder');
    // The same campaign, not dismissible: still shown, now and on the next page.
    fixed!.requestUpdate();
    await fixed!.updateComplete;
    expect(fixed!.getAttribute('state')).to.equal('shown');
    const later = await banner();
    expect(later.getAttribute('state')).to.equal('shown');
  });

  it('lets the host page veto a dismissal', async () => {
    const el = await banner({ dismissible: true });
    el.addEventListener('mm-dismiss', (e) => e.preventDefault());
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('shown');
  });

  it('still dismisses when storage is blocked', async () => {
    const proto = Object.getPrototypeOf(localStorage) as Storage;
    const setItem = proto.setItem;
    const getItem = proto.getItem;
    proto.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    proto.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const el = await banner({ dismissible: true });
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('hidden');
    } finally {
      proto.setItem = setItem;
      proto.getItem = getItem;
    }
  });

  it('shows nothing and warns once when the API fails', async () => {
    api.on('/campaigns/current', { status: 500, body: { errors: [] } });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await banner();
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('hidden');
      expect(el.shadowRoot!.querySelector('section')).to.equal(null);
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.contain('mm-campaign-banner');
      await expectAccessible(el);
    } finally {
      console.warn = warn;
    }
  });

  it("keeps the partner's fallback link visible when the API fails or the campaign is unknown", async () => {
    api.on('/campaigns/current', { networkError: true });
    api.on('/campaigns/bestaat-niet', { status: 404, body: { errors: [] } });
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      for (const campaign of ['', 'bestaat-niet']) {
        const el = await fixture<CampaignBanner>(html`<mm-campaign-banner api=${API} campaign=${campaign}><a href="https://www.missiementaal.nl/">Week van de Mentale Gezondheid</a></mm-campaign-banner>`);
        await until(() => el.getAttribute('state') === 'hidden', 3000, 'the failure');
        await el.updateComplete;
        const link = el.querySelector('a')!;
        expect(link.getBoundingClientRect().height, campaign || 'current').to.be.greaterThan(0);
        expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.deep.equal([link]);
        await expect(el).to.be.accessible();
      }
    } finally {
      console.warn = warn;
    }
  });

  it('refuses data outside the contract: no markup, no javascript: links', async () => {
    api.on('/campaigns/current', { body: hostileText });
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = await banner();
      expect(el.getAttribute('state')).to.equal('hidden');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('uses campaign colours only when they are readable', async () => {
    const good = await banner();
    expect(good.style.getPropertyValue('--_mm-banner-bg')).to.equal('#fff4d6');
    clearCache();
    api.on('/campaigns/current', { body: unreadableColors });
    const bad = await banner();
    expect(bad.style.getPropertyValue('--_mm-banner-bg')).to.equal('');
    await expectAccessible(bad);
  });

  for (const [variant, width] of [['bar', 1000], ['bar', 390], ['card', 1000], ['card', 350]] as const) {
    it(`does not shift the layout when the data arrives (${variant}, ${width} px wide)`, async () => {
      api.on('/campaigns/current', { body: week2026, delay: 200 });
      let before = 0;
      let after = 0;
      const shift = await layoutShiftDuring(async () => {
        const wrap = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px">
            <mm-campaign-banner api=${API} now=${days.during} variant=${variant}></mm-campaign-banner>
            <div class="below" style="block-size: 300px; background: #eee">Content below the banner</div>
          </div>`);
        const below = wrap.querySelector<HTMLElement>('.below')!;
        before = below.getBoundingClientRect().top;
        await settled(wrap.querySelector('mm-campaign-banner')!);
        await new Promise((r) => requestAnimationFrame(r));
        after = below.getBoundingClientRect().top;
      });
      expect(Math.abs(after - before), 'content below moved by').to.be.lessThan(24);
      expect(shift).to.be.lessThan(0.01);
    });
  }
});

describe('campaignPhase', () => {
  const c = { start: '2026-06-01', end: '2026-06-06' };
  it('counts calendar days across the spring clock change', () => {
    expect(campaignPhase(c, '2026-03-28')).to.deep.equal({ kind: 'before', daysLeft: 65 });
    expect(campaignPhase(c, '2026-03-30')).to.deep.equal({ kind: 'before', daysLeft: 63 });
  });
  it('knows the first, a middle and the last day, and after', () => {
    expect(campaignPhase(c, '2026-06-01')).to.deep.equal({ kind: 'during', day: 1, total: 6, last: false });
    expect(campaignPhase(c, '2026-06-06')).to.deep.equal({ kind: 'during', day: 6, total: 6, last: true });
    expect(campaignPhase(c, '2026-06-07')).to.deep.equal({ kind: 'after' });
  });
});
