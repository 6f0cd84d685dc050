// What every element must do alike (issue 16). At 320 px (the narrowest phone WCAG 1.4.10
// "Reflow" asks for) nothing scrolls sideways: not with a stream address, an e-mail address or
// a long Dutch compound word in the data, not in an opened activity, not in the week's dialog,
// not in the banner. Printed, nothing that only works on a screen is on paper, and the week
// breaks between days, never inside one.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/event-list/mm-event-list.js';
import '../src/week-calendar/mm-week-calendar.js';
import '../src/campaign-banner/mm-campaign-banner.js';
import { clearCache } from '../src/core/api.js';
import { fakeFetch, until, type FakeFetch } from './helpers/fake-fetch.js';
import { fakeActivitiesApi } from './helpers/fake-api.js';
import { campaign2026, makeActivity, manyActivities, weekExamples } from './fixtures/activities.js';
import { week2026 } from './fixtures/campaigns.js';
import { expectAccessible } from './helpers/accessible.js';

const WORD = 'arbeidsongeschiktheidsverzekeringsmaatschappij';
const URL_ = 'https://stream.voorbeeld-gemeente.example.org/live/week-van-de-mentale-gezondheid-2026/webinar-signalen-herkennen?sessie=1234567890abcdef';
const MAIL = 'aanmeldingen.week-van-de-mentale-gezondheid@voorbeeldgemeente-arbeidsongeschiktheid.example.org';
const long = makeActivity({
  id: 'long-1',
  title: `Voorbeeld: ${WORD}${WORD}`,
  description: `Kijk mee op ${URL_} of mail ${MAIL}. ${WORD}`,
  mode: 'hybrid',
  onlineUrl: URL_,
  registrationUrl: URL_,
  accessibility: `Vragen? Mail ${MAIL}`,
  organizer: { name: `Voorbeeld ${WORD}`, url: URL_ },
  location: { ...makeActivity().location!, name: `Voorbeeld ${WORD}`, address: `${WORD}straat 1` },
});
const longCampaign = { ...week2026, name: `Week van de ${WORD}`, theme: `Voorbeeld: ${WORD}`, description: `Zie ${URL_} en ${MAIL}` };

/** Every box in `root` and the shadow roots inside it. */
function* boxes(root: ParentNode): Generator<Element> {
  for (const e of root.querySelectorAll('*')) {
    yield e;
    if (e.shadowRoot) yield* boxes(e.shadowRoot);
  }
}

/** The boxes that stick out to the right of the viewport or scroll sideways inside. */
function overflowing(host: Element): string[] {
  const width = document.documentElement.clientWidth;
  const bad: string[] = [];
  const name = (e: Element) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
  for (const e of [host, ...boxes(host.shadowRoot!)]) {
    if (e.closest('.visually-hidden') || e.matches('style, slot') || e.getClientRects().length === 0) continue;
    const r = e.getBoundingClientRect();
    // Text for screen readers only (1 × 1 px, clipped), as .visually-hidden or a narrow-only rule.
    if (r.width <= 1 && r.height <= 1) continue;
    if (r.right > width + 0.5) bad.push(`${name(e)} ends at ${Math.round(r.right)} px`);
    // A text field scrolls its own long value; that is how a field works, not an overflow.
    if (e.tagName !== 'INPUT' && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') bad.push(`${name(e)} scrolls (${e.scrollWidth} > ${e.clientWidth})`);
  }
  return bad;
}

let fake: FakeFetch;
beforeEach(() => {
  fake = fakeFetch();
  clearCache();
  sessionStorage.clear();
  localStorage.clear();
  fake.on('/campaigns/current', { body: campaign2026 });
  fake.on(`/campaigns/${week2026.slug}`, { body: longCampaign });
  fake.on('/activities', fakeActivitiesApi([long]));
});
afterEach(async () => {
  fake.restore();
  await emulateMedia({ media: 'screen' });
});
const API = 'https://api.example.test/api/v1/';
const shown = (e: Element | null | undefined) => !!e && getComputedStyle(e).display !== 'none';

describe('at 320 px wide', () => {
  before(() => setViewport({ width: 320, height: 700 }));
  after(() => setViewport({ width: 800, height: 600 }));
  it('the list with an opened activity full of long words does not scroll sideways', async () => {
    const el = await fixture(html`<mm-event-list api="https://api.example.test/api/v1/" from="2026-06-01" filters search></mm-event-list>`);
    await until(() => !!el.shadowRoot!.querySelector('.toggle'), 3000, 'the activity');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    await until(() => !!el.shadowRoot!.querySelector('.details'), 3000, 'the details');
    el.shadowRoot!.querySelector('details')?.setAttribute('open', '');
    expect(overflowing(el)).to.deep.equal([]);
  });

  it('the list folds its filters into one "Filters" button, so the first activity is in view', async () => {
    const el = await fixture(html`<mm-event-list api="https://api.example.test/api/v1/" from="2026-06-01" filters search></mm-event-list>`);
    await until(() => !!el.shadowRoot!.querySelector('.toggle'), 3000, 'the activity');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
    expect(toggle.textContent).to.contain('Filters');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const bar = el.shadowRoot!.querySelector<HTMLElement>('[part="filters"]')!;
    expect(getComputedStyle(bar).display).to.equal('none');
    const first = el.shadowRoot!.querySelector('.toggle')!.getBoundingClientRect();
    expect(first.bottom).to.be.at.most(window.innerHeight);
    toggle.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(bar).display).not.to.equal('none');
    expect(el.shadowRoot!.querySelector('select')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('the week and its opened dialog do not scroll sideways', async () => {
    const el = await fixture(html`<mm-week-calendar api="https://api.example.test/api/v1/" week="2026-06-01" now="2026-06-01"></mm-week-calendar>`);
    await until(() => !!el.shadowRoot!.querySelector('.open'), 3000, 'the activity');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.open')!.click();
    await until(() => !!el.shadowRoot!.querySelector('dialog[open] .details'), 3000, 'the dialog');
    expect(overflowing(el)).to.deep.equal([]);
    // Beside the long title the close button keeps its word whole ("Sluiten", not "Slu/ite/n").
    const close = el.shadowRoot!.querySelector<HTMLElement>('.dialog-head .button')!;
    expect(close.getBoundingClientRect().height).to.be.below(60);
    el.shadowRoot!.querySelector('dialog')!.close();
  });

  for (const variant of ['card', 'bar']) {
    it(`the banner as a ${variant} does not scroll sideways`, async () => {
      const el = await fixture(html`<mm-campaign-banner api="https://api.example.test/api/v1/" campaign=${week2026.slug} now="2026-06-03" variant=${variant} dismissible></mm-campaign-banner>`);
      await until(() => !!el.shadowRoot!.querySelector('.banner'), 3000, 'the banner');
      expect(overflowing(el)).to.deep.equal([]);
    });
  }
});

describe('printed', () => {
  it('the list leaves off its filter bar, its Filters button, its subscribe menu and "Meer laden"', async () => {
    fake.on('/activities', fakeActivitiesApi(manyActivities(30)));
    const el = await fixture(html`<mm-event-list api=${API} from="2026-06-01" limit="5" filters search></mm-event-list>`);
    await until(() => !!el.shadowRoot!.querySelector('[part="load-more"]'), 3000, 'the list with "Meer laden"');
    const r = el.shadowRoot!;
    const controls = ['[part="filters"]', '[part="subscribe"]', '[part="load-more"]'].map((s) => r.querySelector(s));
    expect(controls.every(shown)).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(controls.map(shown)).to.deep.equal([false, false, false]);
    expect(shown(r.querySelector('[part="filters-toggle"]'))).to.equal(false);
    expect(shown(r.querySelector('.item'))).to.equal(true);
    expect(getComputedStyle(r.querySelector('.item')!).breakInside).to.equal('avoid');
  });

  it('the list leaves off its retry button', async () => {
    fake.on('/activities', { status: 500, body: { errors: [] } });
    const el = await fixture(html`<mm-event-list api=${API} from="2026-06-01"></mm-event-list>`);
    await until(() => !!el.shadowRoot!.querySelector('.error button'), 3000, 'the error');
    await emulateMedia({ media: 'print' });
    expect(shown(el.shadowRoot!.querySelector('.error button'))).to.equal(false);
    expect(shown(el.shadowRoot!.querySelector('.error [role="alert"]'))).to.equal(true);
  });

  it('the week leaves off its buttons and subscribe menu, and breaks between days, in two columns on A4', async () => {
    fake.on('/activities', fakeActivitiesApi(weekExamples.school));
    const box = await fixture(html`<div style="inline-size:700px"><mm-week-calendar api=${API} week="2026-06-01"></mm-week-calendar></div>`);
    const el = box.firstElementChild!;
    await until(() => !!el.shadowRoot!.querySelector('.open'), 3000, 'the week');
    const r = el.shadowRoot!;
    await emulateMedia({ media: 'print' });
    expect(shown(r.querySelector('[part="subscribe"]'))).to.equal(false);
    expect(shown(r.querySelector('[part="nav"]'))).to.equal(false);
    const days = [...r.querySelectorAll('.day')];
    expect(days).to.have.length(7);
    for (const d of days) expect(getComputedStyle(d).breakInside).to.equal('avoid');
    expect(getComputedStyle(r.querySelector('.days')!).columnCount).to.equal('2');
    // A4 less 15 mm margins is 180 × 267 mm (680 × 1009 CSS px): a school's week fits one page.
    expect(el.getBoundingClientRect().height).to.be.below(1009);
  });

  it('the banner leaves off its close button and keeps its link', async () => {
    const el = await fixture(html`<mm-campaign-banner api=${API} campaign=${week2026.slug} now="2026-06-03" dismissible></mm-campaign-banner>`);
    await until(() => !!el.shadowRoot!.querySelector('.banner'), 3000, 'the banner');
    await emulateMedia({ media: 'print' });
    expect(shown(el.shadowRoot!.querySelector('.close'))).to.equal(false);
    expect(shown(el.shadowRoot!.querySelector('[part="link"]'))).to.equal(true);
  });
});
