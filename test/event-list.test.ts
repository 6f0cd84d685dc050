import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/event-list/mm-event-list.js';
import { FIRST_CHUNK, type EventList } from '../src/event-list/event-list.js';
import { clearCache, deadline } from '../src/core/api.js';
import { todayKey, toIsoOffset } from '../src/core/dates.js';
import { fakeFetch, layoutShiftDuring, until, type FakeFetch } from './helpers/fake-fetch.js';
import { examples, eventListExamples, makeActivity, manyActivities, page } from './fixtures/activities.js';
import { expectAccessible } from './helpers/accessible.js';
import { ourWarnings } from './helpers/console.js';

const API = 'https://api.example.org/api/v1/';

let fake: FakeFetch;

beforeEach(() => {
  clearCache();
  sessionStorage.clear();
  fake = fakeFetch();
});
afterEach(() => fake.restore());

const root = (el: EventList) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: EventList, sel: string) => root(el).querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: EventList, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const text = (node: Element | ShadowRoot | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const settled = (el: EventList) =>
  until(() => !!$(el, '.days, .empty, .error') && $(el, '.body')?.getAttribute('aria-busy') === 'false', 3000, 'list');
const activityCalls = () => fake.calls.filter((c) => c.url.pathname.endsWith('/activities'));
const lastQuery = () => activityCalls().at(-1)!.url.searchParams;
const liveText = (el: EventList) => text($(el, '[role="status"]')).replace(/\u00a0/g, '');

async function mount(t = html`<mm-event-list api=${API} from="2026-06-01"></mm-event-list>`): Promise<EventList> {
  const el = await fixture<EventList>(t);
  await settled(el);
  return el;
}

describe('<mm-event-list>', () => {
  it('is accessible with filters, search and a loaded week', async () => {
    fake.on('/activities', { body: page(examples.week, 'next') });
    const el = await mount(html`<mm-event-list api=${API} from="2026-06-01" filters search></mm-event-list>`);
    await expectAccessible(el);
  });

  describe('loading', () => {
    it('shows a translated loading text, reserves height and is accessible', async () => {
      fake.on('/activities', { body: page(examples.single), delay: 2000 });
      const el = await fixture<EventList>(html`<mm-event-list api=${API} from="2026-06-01"></mm-event-list>`);
      expect(text($(el, '.loading'))).to.equal('Laden…');
      expect(el.getAttribute('state')).to.equal('loading');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
      expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
      await expectAccessible(el);
    });

    it('causes no layout shift from loading to loaded', async () => {
      fake.on('/activities', { body: page(examples.week.slice(0, 20), 'next'), delay: 300 });
      let el!: EventList;
      const shift = await layoutShiftDuring(async () => {
        el = await fixture<EventList>(html`<mm-event-list api=${API} from="2026-06-01" filters search></mm-event-list>`);
        await settled(el);
      });
      expect(el.getAttribute('state')).to.equal('ready');
      expect(shift).to.be.lessThan(0.01);
    });
  });

  describe('loaded', () => {
    it('groups activities under day headings with all facts of each', async () => {
      fake.on('/activities', { body: page(examples.single) });
      const el = await mount();
      const q = lastQuery();
      expect(q.get('from')).to.equal('2026-06-01');
      expect(q.get('limit')).to.equal('20');
      const day = $(el, '.day-heading')!;
      expect(day.getAttribute('role')).to.equal('heading');
      expect(day.getAttribute('aria-level')).to.equal('2');
      expect(text(day)).to.equal('maandag 1 juni');
      const item = $(el, '.item')!;
      expect(item.closest('ul')).to.exist;
      expect($(el, '.item-heading')!.getAttribute('aria-level')).to.equal('3');
      const t = text(item);
      expect(t).to.contain('10:00–11:30');
      expect(t).to.contain('Voorbeeld: wandeling in het park');
      expect(t).to.contain('Wandeling');
      expect(t).to.contain('Voor wie: Iedereen');
      expect(t).to.contain('Buurthuis De Linde, Utrecht');
      expect(t).to.contain('Gratis');
      expect(t).to.contain('Voorbeeld Buurthuis De Linde');
    });

    it('shows the first screenful of a long answer first, then the rest', async () => {
      fake.on('/activities', { body: page(manyActivities(200)) });
      const el = document.createElement('mm-event-list') as EventList;
      el.setAttribute('api', API);
      el.setAttribute('from', '2026-06-01');
      el.setAttribute('limit', '200');
      const counts: number[] = [];
      const count = () => el.shadowRoot!.querySelectorAll('li.item').length;
      const box = await fixture(html`<div></div>`);
      box.append(el);
      const mo = new MutationObserver(() => counts.push(count()));
      mo.observe(el.shadowRoot!, { childList: true, subtree: true });
      await until(() => count() === 200, 5000, 'all 200 activities');
      mo.disconnect();
      expect(counts.find((n) => n > 0)).to.equal(FIRST_CHUNK);
      expect(new Set(counts.filter((n) => n > 0)).size).to.be.greaterThan(1);
    });

    it('asks from today (Amsterdam) when no from is set', async () => {
      fake.on('/activities', { body: page([]) });
      await mount(html`<mm-event-list api=${API}></mm-event-list>`);
      expect(lastQuery().get('from')).to.equal(todayKey());
    });

    it('leaves out what already ended today when no from is set', async () => {
      const at = (h: number) => toIsoOffset(new Date(Date.now() + h * 3_600_000));
      fake.on('/activities', {
        body: page([
          makeActivity({ id: 'past', title: 'Voorbeeld: al voorbij', start: at(-3), end: at(-2) }),
          makeActivity({ id: 'now', title: 'Voorbeeld: nu bezig', start: at(-1), end: at(1) }),
          makeActivity({ id: 'soon', title: 'Voorbeeld: straks', start: at(2), end: at(3) }),
        ]),
      });
      const el = await mount(html`<mm-event-list api=${API} search></mm-event-list>`);
      const titles = $$(el, '.title').map(text);
      expect(titles).to.include.members(['Voorbeeld: nu bezig', 'Voorbeeld: straks']);
      expect(titles).not.to.include('Voorbeeld: al voorbij');
      expect(text($(el, '.count'))).to.equal('2 activiteiten gevonden');
    });

    it('follows heading-level for day headings and one deeper for titles', async () => {
      fake.on('/activities', { body: page(examples.single) });
      const el = await mount(html`<mm-event-list api=${API} from="2026-06-01" heading-level="3"></mm-event-list>`);
      expect($(el, '.day-heading')!.getAttribute('aria-level')).to.equal('3');
      expect($(el, '.item-heading')!.getAttribute('aria-level')).to.equal('4');
    });

    it('shows an online activity as Online and leaves out an unknown price', async () => {
      fake.on('/activities', { body: page(examples.online) });
      const el = await mount();
      const t = text($(el, '.meta'));
      expect(t).to.contain('Online');
      expect(t).not.to.contain('Gratis');
      expect(t).not.to.contain('€');
    });

    it('says a hybrid activity is also online', async () => {
      fake.on('/activities', { body: page([makeActivity({ mode: 'hybrid', onlineUrl: 'https://example.org/live' })]) });
      const el = await mount();
      expect(text($(el, '.meta'))).to.contain('Buurthuis De Linde, Utrecht en online');
    });

    it('offers a webcal subscription with the same filters and a hint', async () => {
      fake.on('/activities', { body: page(examples.single) });
      const el = await mount(html`<mm-event-list api=${API} audience="ouders" from="2026-06-01"></mm-event-list>`);
      const a = $<HTMLAnchorElement>(el, '.subscribe a')!;
      expect(text($(el, '.subscribe summary'))).to.equal('Abonneren op deze agenda');
      const url = new URL(a.getAttribute('href')!.replace(/^webcal:/, 'https:'));
      expect(a.getAttribute('href')!.startsWith('webcal://api.example.org/api/v1/activities.ics')).to.be.true;
      expect(url.searchParams.get('audience')).to.equal('ouders');
      expect(text($(el, '.subscribe'))).to.contain('vanzelf in je agenda');
    });

    // Issue 14, point 3: a bare webcal: link does nothing on Android, in Chromium without a
    // calendar app and for Google Calendar users.
    it('offers subscribing without a webcal handler: Google, Outlook.com and the address to copy, each explained', async () => {
      fake.on('/activities', { body: page(examples.single) });
      const el = await mount(html`<mm-event-list api=${API} audience="ouders" from="2026-06-01"></mm-event-list>`);
      $(el, '.subscribe summary')!.click();
      const https = 'https://api.example.org/api/v1/activities.ics?audience=ouders&from=2026-06-01';
      const links = $$<HTMLAnchorElement>(el, '.subscribe li a').map((a) => new URL(a.href));
      expect(links.map((u) => u.protocol + u.host)).to.deep.equal(['webcal:api.example.org', 'https:calendar.google.com', 'https:outlook.live.com']);
      expect(links[1]!.searchParams.get('cid')).to.equal(https.replace('https:', 'webcal:'));
      expect(links[2]!.pathname).to.equal('/calendar/0/addfromweb/');
      expect(links[2]!.searchParams.get('url')).to.equal(https.replace('https:', 'webcal:'));
      const items = $$(el, '.subscribe li');
      expect(items).to.have.length(4);
      for (const li of items) expect(text(li.querySelector('.hint'))).to.match(/^[A-Z].{20,}\.$/);
      expect(text(items[0]!)).to.contain('Apple Agenda');
      expect(text(items[1]!)).to.contain('Android');
      const input = items[3]!.querySelector('input')!;
      expect(input.value).to.equal(https);
      await expectAccessible(el);
    });
  });

  describe('filters fixed by attributes', () => {
    it('sends every fixed filter and hides its select', async () => {
      fake.on('/activities', { body: page([]) });
      const el = await mount(html`<mm-event-list
        api=${API}
        filters
        audience="jongeren"
        type="workshop"
        region="utrecht"
        mode="online"
        campaign="week-2026"
        organizer="ggd-utrecht"
        from="2026-06-01"
        to="2026-06-06"
        limit="5"
      ></mm-event-list>`);
      const q = lastQuery();
      expect(Object.fromEntries(q)).to.deep.equal({
        audience: 'jongeren',
        type: 'workshop',
        region: 'utrecht',
        mode: 'online',
        campaign: 'week-2026',
        organizer: 'ggd-utrecht',
        from: '2026-06-01',
        to: '2026-06-06',
        limit: '5',
      });
      expect($$(el, 'select')).to.have.length(0);
    });

    it('shows labelled selects only for filters the partner did not fix', async () => {
      fake.on('/activities', { body: page(examples.single) });
      const el = await mount(html`<mm-event-list api=${API} filters audience="ouders" from="2026-06-01"></mm-event-list>`);
      const ids = $$<HTMLSelectElement>(el, 'select').map((s) => s.id);
      expect(ids).to.deep.equal(['f-type', 'f-region', 'f-mode']);
      for (const id of ids) expect(text($(el, `label[for="${id}"]`))).not.to.equal('');
    });
  });

  describe('filter bar', () => {
    it('asks again, fires mm-filter-change and announces the count on a change', async () => {
      fake.on('/activities', (url) => ({
        body: page(url.searchParams.get('audience') === 'ouders' ? examples.single : examples.week),
      }));
      const el = await mount(html`<mm-event-list api=${API} filters from="2026-06-01"></mm-event-list>`);
      expect(liveText(el)).to.equal('');
      const select = $<HTMLSelectElement>(el, '#f-audience')!;
      select.value = 'ouders';
      setTimeout(() => select.dispatchEvent(new Event('change', { bubbles: true })));
      const ev = await oneEvent(el, 'mm-filter-change');
      expect(ev.detail.filters).to.deep.include({ audience: 'ouders', from: '2026-06-01' });
      await until(() => liveText(el) === '1 activiteit gevonden', 3000, 'announcement');
      expect(lastQuery().get('audience')).to.equal('ouders');
      expect(text($(el, '.count'))).to.equal('1 activiteit gevonden');
      expect($$(el, '.item')).to.have.length(1);
    });

    it('fires no mm-filter-change when a property is set by code', async () => {
      fake.on('/activities', { body: page(examples.single) });
      const el = await mount(html`<mm-event-list api=${API} filters from="2026-06-01"></mm-event-list>`);
      let fired = 0;
      el.addEventListener('mm-filter-change', () => fired++);
      el.audience = 'jongeren';
      await el.updateComplete;
      await settled(el);
      expect(fired).to.equal(0);
      expect(lastQuery().get('audience')).to.equal('jongeren');
    });

    it('debounces the search, sends q and aborts the previous request', async () => {
      fake.on('/activities', (url) => ({ body: page(url.searchParams.get('q') ? examples.single : examples.week), delay: url.searchParams.get('q') ? 400 : 0 }));
      const el = await mount(html`<mm-event-list api=${API} search from="2026-06-01"></mm-event-list>`);
      const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
      expect(text($(el, 'label[for="f-q"]'))).to.equal('Zoeken');
      const changes: (string | undefined)[] = [];
      el.addEventListener('mm-filter-change', (e) => changes.push(e.detail.filters.q));
      input.focus();
      await sendKeys({ type: 'wan' });
      await aTimeout(100); // a sleep on purpose: within the debounce time nothing is sent yet
      expect(activityCalls().filter((c) => c.url.searchParams.has('q'))).to.have.length(0);
      await until(() => activityCalls().some((c) => c.url.searchParams.get('q') === 'wan'), 2000, 'q=wan');
      await sendKeys({ type: 'd' });
      await until(() => activityCalls().some((c) => c.url.searchParams.get('q') === 'wand'), 2000, 'q=wand');
      const first = activityCalls().find((c) => c.url.searchParams.get('q') === 'wan')!;
      expect(first.init?.signal?.aborted).to.be.true;
      await until(() => liveText(el) === '1 activiteit gevonden', 3000, 'announcement');
      expect(activityCalls().filter((c) => c.url.searchParams.has('q'))).to.have.length(2);
      expect(changes).to.deep.equal(['wan', 'wand']);
    });

    it('keeps the list for offline use, but not every search answer', async () => {
      fake.on('/activities', (url) => ({ body: page(url.searchParams.get('q') ? examples.single : examples.week) }));
      const el = await mount(html`<mm-event-list api=${API} search from="2026-06-01"></mm-event-list>`);
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      await sendKeys({ type: 'wandel' });
      await sendKeys({ press: 'Enter' });
      await until(() => liveText(el) === '1 activiteit gevonden', 3000, 'the search answer');
      await new Promise((r) => requestIdleCallback(r, { timeout: 3000 }));
      const stored = Object.keys(sessionStorage).filter((k) => k.includes('/activities'));
      expect(stored).to.have.length(1);
      expect(stored[0]).not.to.contain('q=');
    });

    // Issue 14, point 8: "de" or a typo gave "Geen activiteiten gevonden" and nothing more.
    it('says what it searched for when the API corrected a typo or left out words like "de"', async () => {
      fake.on('/activities', (url) => {
        const q = url.searchParams.get('q');
        const corrected = q === 'de' ? '' : q === 'wandelng' ? 'wandelen' : undefined;
        return { body: { ...page(q ? examples.single : examples.week), ...(corrected === undefined ? {} : { corrected }) } };
      });
      const el = await mount(html`<mm-event-list api=${API} search from="2026-06-01"></mm-event-list>`);
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      await sendKeys({ type: 'de' });
      await sendKeys({ press: 'Enter' });
      const common = '"de" is te algemeen om op te zoeken. Je ziet alle activiteiten. Typ een ander woord om te zoeken. 1 activiteit gevonden';
      await until(() => liveText(el) === common, 3000, 'the stop-word answer');
      expect(text($(el, '.count'))).to.equal(common);
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: 'wandelng' });
      await sendKeys({ press: 'Enter' });
      const typo = 'Niets gevonden voor "wandelng". Je ziet de activiteiten voor "wandelen". 1 activiteit gevonden';
      await until(() => liveText(el) === typo, 3000, 'the corrected answer');
      await expectAccessible(el);
      // Nothing near either: say how to widen the search.
      fake.on('/activities', { body: page([]) });
      for (let i = 0; i < 8; i++) await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: 'qzxv' });
      await sendKeys({ press: 'Enter' });
      await until(() => liveText(el) === 'Geen activiteiten gevonden', 3000, 'nothing found');
      expect(text($(el, '.empty'))).to.contain('Probeer een ander of korter woord');
    });

    it('announces when nothing is found and offers to clear the filters', async () => {
      fake.on('/activities', (url) => ({ body: page(url.searchParams.get('type') === 'film' ? [] : examples.single) }));
      const el = await mount(html`<mm-event-list api=${API} filters from="2026-06-01"></mm-event-list>`);
      const select = $<HTMLSelectElement>(el, '#f-type')!;
      select.value = 'film';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => liveText(el) === 'Geen activiteiten gevonden', 3000, 'announcement');
      expect(text($(el, '.empty'))).to.contain('Probeer andere filters');
      await expectAccessible(el);
      const reset = $<HTMLButtonElement>(el, '.empty button')!;
      expect(text(reset)).to.equal('Filters wissen');
      setTimeout(() => reset.click());
      const ev = await oneEvent(el, 'mm-filter-change');
      expect(ev.detail.filters.type).to.be.undefined;
      await settled(el);
      // Back to the first query: answered from the memory cache, without the type filter.
      expect($$(el, '.item')).to.have.length(1);
      expect($<HTMLSelectElement>(el, '#f-type')!.value).to.equal('');
      expect(root(el).activeElement).to.equal($(el, '.body'));
    });
  });

  describe('empty', () => {
    it('says so without visitor filters and links to all activities', async () => {
      fake.on('/activities', { body: page([]) });
      const el = await mount(
        html`<mm-event-list api=${API} from="2026-06-01" filters all-url="https://example.org/agenda"></mm-event-list>`,
      );
      const empty = $(el, '.empty')!;
      expect(text(empty)).to.contain('Geen activiteiten gevonden');
      expect(text(empty)).to.contain('Er staan nu geen activiteiten gepland');
      expect(empty.querySelector('button')).to.be.null;
      const link = empty.querySelector('a')!;
      expect(text(link)).to.equal('Bekijk alle activiteiten');
      expect(link.getAttribute('href')).to.equal('https://example.org/agenda');
      await expectAccessible(el);
    });

    it('never links to a javascript: all-url', async () => {
      fake.on('/activities', { body: page([]) });
      const el = await mount(html`<mm-event-list api=${API} from="2026-06-01" all-url="javascript:alert(1)"></mm-event-list>`);
      expect($(el, '.empty a')).to.be.null;
    });

    it('resolves a relative all-url against the page', async () => {
      fake.on('/activities', { body: page([]) });
      const el = await mount(html`<mm-event-list api=${API} from="2026-06-01" all-url="/agenda"></mm-event-list>`);
      expect($(el, '.empty a')!.getAttribute('href')).to.equal(`${location.origin}/agenda`);
    });
  });

  describe('error', () => {
    it('shows the error with a retry that really asks again', async () => {
      let fail = true;
      fake.on('/activities', () => (fail ? { status: 500, body: { errors: [] } } : { body: page(examples.single) }));
      const el = await mount();
      const error = $(el, '.error')!;
      expect(text(error.querySelector('[role="alert"]'))).to.contain('fout 500');
      await expectAccessible(el);
      const before = activityCalls().length;
      fail = false;
      const retry = error.querySelector('button')!;
      expect(text(retry)).to.equal('Opnieuw proberen');
      retry.click();
      await until(() => !!$(el, '.days'), 3000, 'list after retry');
      expect(activityCalls().length).to.equal(before + 1);
      expect(text($(el, '.title'))).to.equal('Voorbeeld: wandeling in het park');
      expect(root(el).activeElement).to.equal($(el, '.body'));
    });
  });

  describe('attribute mistakes', () => {
    it('accepts case and spaces where the meaning is clear', async () => {
      fake.on('/activities', { body: page(examples.single) });
      const seen = await ourWarnings(async () => {
        await mount(html`<mm-event-list api=${API} from="2026-06-01" audience=" Jongeren " mode="Online"></mm-event-list>`);
      });
      const q = activityCalls()[0]!.url.searchParams;
      expect(q.get('audience')).to.equal('jongeren');
      expect(q.get('mode')).to.equal('online');
      expect(seen).to.deep.equal([]);
    });

    it('a value that is not allowed: nothing asked of the API, a neutral message without retry, the webmaster told once with the nearest value', async () => {
      fake.on('/activities', { body: page(examples.single) });
      let el!: EventList;
      const seen = await ourWarnings(async () => {
        el = await fixture<EventList>(html`<mm-event-list api=${API} audience="jongere"><a href="https://www.missiementaal.nl/">Alle activiteiten</a></mm-event-list>`);
        await until(() => !!$(el, '.error'), 3000, 'the neutral message');
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(activityCalls()).to.have.length(0);
      expect(text($(el, '.error [role="alert"]'))).to.contain('niet goed ingesteld');
      expect($(el, '.error button'), 'no retry: it cannot help').to.equal(null);
      expect($(el, '[part="subscribe"]'), 'no subscription to a feed that cannot fill').to.equal(null);
      expect(el.querySelector('a')!.getBoundingClientRect().height, 'the fallback link shows').to.be.greaterThan(0);
      expect(seen).to.have.length(1);
      expect(seen[0]).to.contain('<mm-event-list audience="jongere">');
      expect(seen[0]).to.contain('Did you mean "jongeren"?');
      expect(seen[0]).to.contain('Allowed: jongeren, studenten');
      await expectAccessible(el);
    });

    it("an attribute name with a typo is told with the name it resembles; a CMS's own attributes are left alone", async () => {
      fake.on('/activities', { body: page(examples.single) });
      const seen = await ourWarnings(async () => {
        await mount(html`<mm-event-list api=${API} from="2026-06-01" audiance="jongeren" data-cms="7" class="wp-block" aria-label="Agenda" wire:id="x1"></mm-event-list>`);
      });
      expect(seen).to.have.length(1);
      expect(seen[0]).to.contain('<mm-event-list audiance="jongeren">');
      expect(seen[0]).to.contain('Did you mean "audience"?');
    });

    it('region: a province as people write it is fine; a typo of one is told, with the province it resembles', async () => {
      fake.on('/activities', { body: page(examples.single) });
      const seen = await ourWarnings(async () => {
        await mount(html`<mm-event-list api=${API} from="2026-06-01" region="Noord-Holland"></mm-event-list>`);
        await mount(html`<mm-event-list api=${API} from="2026-06-01" region="Zwolle"></mm-event-list>`);
        const typo = await fixture<EventList>(html`<mm-event-list api=${API} from="2026-06-01" region="utrect"></mm-event-list>`);
        await until(() => !!$(typo, '.error'), 3000, 'the neutral message');
        expect(text($(typo, '.error [role="alert"]'))).to.contain('niet goed ingesteld');
      });
      // The API reads a region as written (provinceOf); a municipality is no typo.
      expect(activityCalls().map((c) => c.url.searchParams.get('region'))).to.deep.equal(['Noord-Holland', 'Zwolle']);
      expect(seen).to.have.length(1);
      expect(seen[0]).to.contain('<mm-event-list region="utrect">');
      expect(seen[0]).to.contain('Did you mean "utrecht"?');
    });

    it('a date written the Dutch way and a limit that is not a number are explained', async () => {
      fake.on('/activities', { body: page(examples.single) });
      const seen = await ourWarnings(async () => {
        const bad = await fixture<EventList>(html`<mm-event-list api=${API} from="1-6-2026"></mm-event-list>`);
        await until(() => !!$(bad, '.error'), 3000, 'the neutral message');
        const el = await mount(html`<mm-event-list api=${API} from="2026-06-01" limit="abc"></mm-event-list>`);
        expect(activityCalls().at(-1)!.url.searchParams.get('limit')).to.equal('20');
        expect($$(el, '[data-id]').length).to.be.greaterThan(0);
      });
      expect(seen.some((w) => w.includes('from="1-6-2026"') && w.includes('from="2026-06-01"'))).to.equal(true);
      expect(seen.some((w) => w.includes('limit="abc"') && w.includes('1 to 200'))).to.equal(true);
    });
  });

  describe('back online', () => {
    it('a list that failed asks again by itself when the browser is back online', async () => {
      fake.on('/activities', { networkError: true });
      const el = await mount();
      expect($(el, '.error'), 'the failure').to.exist;
      fake.on('/activities', { body: page(examples.single) });
      window.dispatchEvent(new Event('online'));
      await until(() => !!$(el, '.days'), 3000, 'the list after coming back online');
      expect(text($(el, '.title'))).to.equal('Voorbeeld: wandeling in het park');
    });
  });

  describe('an API that never answers', () => {
    it('shows the error with a retry after the deadline, and the partner\'s fallback link', async () => {
      const was = deadline.ms;
      deadline.ms = 400; // 10 s in use
      fake.on('/activities', { body: page(examples.single), delay: 60_000 });
      try {
        const el = await fixture<EventList>(html`<mm-event-list api="https://api.example.org/api/v1/"><a href="https://www.missiementaal.nl/">Alle activiteiten</a></mm-event-list>`);
        await until(() => !!$(el, '.error'), 4000, 'the error after the deadline');
        expect(text($(el, '.error [role="alert"]'))).to.equal('De server antwoordt niet. Probeer het zo opnieuw.');
        expect(text($(el, '.error button'))).to.equal('Opnieuw proberen');
        expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      } finally {
        deadline.ms = was;
      }
    });
  });

  describe('offline (stale)', () => {
    it('shows the last good data with a visible note', async () => {
      fake.on('/activities', { body: page(examples.single) });
      const first = await mount();
      first.remove();
      clearCache();
      fake.on('/activities', { networkError: true });
      const el = await mount();
      expect(text($(el, '.stale'))).to.contain('Mogelijk niet actueel');
      expect(el.getAttribute('state')).to.equal('stale');
      expect(text($(el, '.title'))).to.equal('Voorbeeld: wandeling in het park');
      await expectAccessible(el);
    });
  });

  describe('load more', () => {
    it('fetches the next page with the cursor and focuses the first new item', async () => {
      const items = manyActivities(6);
      fake.on('/activities', (url) => ({
        body: url.searchParams.get('cursor') === 'c2' ? page(items.slice(3)) : page(items.slice(0, 3), 'c2'),
      }));
      const el = await mount(html`<mm-event-list api=${API} from="2026-06-01" limit="3"></mm-event-list>`);
      expect($$(el, '.item')).to.have.length(3);
      const more = $<HTMLButtonElement>(el, '[part="load-more"]')!;
      expect(text(more)).to.equal('Meer laden');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => $$(el, '.item').length === 6, 3000, 'six items');
      expect(lastQuery().get('cursor')).to.equal('c2');
      expect(lastQuery().get('limit')).to.equal('3');
      await until(() => (root(el).activeElement as HTMLElement | null)?.dataset.id === items[3]!.id, 2000, 'focus');
      expect($(el, '[part="load-more"]')).to.be.null;
      expect(liveText(el)).to.equal('3 activiteiten erbij geladen');
    });
  });

  describe('load more after a filter change', () => {
    it('never adds a page of the old query to the new results', async () => {
      const items = manyActivities(6);
      fake.on('/activities', (url) => {
        if (url.searchParams.get('audience') === 'ouders') return { body: page(examples.single), delay: 300 };
        return url.searchParams.get('cursor') === 'c2' ? { body: page(items.slice(3)) } : { body: page(items.slice(0, 3), 'c2') };
      });
      const el = await mount(html`<mm-event-list api=${API} filters from="2026-06-01" limit="3"></mm-event-list>`);
      expect($(el, '[part="load-more"]')).to.not.be.null;
      const select = $<HTMLSelectElement>(el, '#f-audience')!;
      select.value = 'ouders';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      // While the new query loads, the old "Meer laden" is gone: it would mix the two.
      expect($(el, '[part="load-more"]')).to.be.null;
      await until(() => $$(el, '.item').length === 1, 3000, 'the new result');
      expect(fake.calls.some((c) => c.url.searchParams.get('cursor') === 'c2')).to.equal(false);
    });
  });

  describe('load more fails', () => {
    it('says why and keeps the button to try again', async () => {
      const items = manyActivities(4);
      let fail = true;
      fake.on('/activities', (url) =>
        url.searchParams.get('cursor') === 'c2'
          ? fail
            ? { status: 503, body: { errors: [] } }
            : { body: page(items.slice(2)) }
          : { body: page(items.slice(0, 2), 'c2') },
      );
      const el = await mount(html`<mm-event-list api=${API} from="2026-06-01" limit="2"></mm-event-list>`);
      $<HTMLButtonElement>(el, '[part="load-more"]')!.click();
      await until(() => !!$(el, 'p.error[role="alert"]'), 3000, 'error');
      expect(text($(el, 'p.error'))).to.contain('fout 503');
      expect($$(el, '.item')).to.have.length(2);
      await expectAccessible(el);
      fail = false;
      $<HTMLButtonElement>(el, '[part="load-more"]')!.click();
      await until(() => $$(el, '.item').length === 4, 3000, 'four items');
      expect($(el, 'p.error')).to.be.null;
    });
  });

  describe('disclosure', () => {
    it('opens and closes by keyboard and fires mm-select', async () => {
      fake.on('/activities', { body: page(examples.single) });
      const el = await mount();
      const toggle = $<HTMLButtonElement>(el, '.toggle')!;
      expect(toggle.tagName).to.equal('BUTTON');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const panel = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(panel.hidden).to.be.true;
      toggle.focus();
      const selected = oneEvent(el, 'mm-select');
      await sendKeys({ press: 'Enter' });
      const ev = await selected;
      expect(ev.detail.activity.id).to.equal('act-1');
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.be.false;
      expect(text(panel)).to.contain('Zet in je agenda');
      expect(text(panel)).to.contain('Rolstoeltoegankelijk');
      await expectAccessible(el);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.be.true;
    });
  });

  // Issue 14, point 2: the three calendars people use (Google, Outlook.com, Microsoft 365 for
  // work and school), in their own formats; an all-day activity as dates, a hybrid one with its link.
  describe('add to calendar', () => {
    it('offers the .ics, Google, Outlook.com and Microsoft 365: dates for all day, %20 for spaces, the online link', async () => {
      const a = makeActivity({ allDay: true, start: '2026-06-03T00:00:00+02:00', end: '2026-06-05T00:00:00+02:00', firstDay: '2026-06-03', lastDay: '2026-06-04', mode: 'hybrid', onlineUrl: 'https://example.org/live' });
      fake.on('/activities', { body: page([a]) });
      const el = await mount();
      $<HTMLButtonElement>(el, '.toggle')!.click();
      await el.updateComplete;
      const links = $$<HTMLAnchorElement>(el, '.add-to-calendar a').map((x) => new URL(x.href));
      expect(links.map((u) => u.host + u.pathname)).to.deep.equal([
        'api.example.org/api/v1/activities/act-1.ics',
        'calendar.google.com/calendar/render',
        'outlook.live.com/calendar/0/action/compose',
        'outlook.office.com/calendar/0/action/compose',
      ]);
      const [, google, outlook, office] = links as [URL, URL, URL, URL];
      expect(google.searchParams.get('dates')).to.equal('20260603/20260605');
      for (const ms of [outlook, office]) expect([ms.searchParams.get('startdt'), ms.searchParams.get('enddt'), ms.searchParams.get('allday')]).to.deep.equal(['2026-06-03', '2026-06-05', 'true']);
      for (const u of [google, outlook, office]) {
        expect(u.search).not.to.contain('+');
        expect(u.search).to.contain('wandeling%20in%20het%20park');
        expect(u.searchParams.get(u === google ? 'details' : 'body')).to.contain('https://example.org/live');
      }
      expect(text($(el, '.add-to-calendar'))).to.contain('Outlook van werk of school (Microsoft 365)');
      await expectAccessible(el);
    });
  });

  describe('activities', () => {
    it('marks a cancelled one with a label and strikes it through', async () => {
      fake.on('/activities', { body: page(examples.cancelled) });
      const el = await mount();
      const item = $(el, '.item')!;
      expect(text(item.querySelector('.toggle'))).to.contain('Gaat niet door');
      expect(getComputedStyle(item.querySelector('.title')!).textDecorationLine).to.contain('line-through');
      await expectAccessible(el);
    });

    it('shows a multi-day activity on each of its days', async () => {
      fake.on('/activities', { body: page(examples.allDayMultiDay) });
      const el = await mount();
      expect($$(el, '.day-heading').map(text)).to.deep.equal(['maandag 1 juni', 'dinsdag 2 juni', 'woensdag 3 juni']);
      expect($$(el, '.day')).to.have.length(3);
      for (const day of $$(el, '.day')) expect(text(day)).to.contain('tentoonstelling');
      expect(text($(el, '.when'))).to.equal('1 juni tot en met 3 juni');
      // Issue 16, point 6: it reads as one activity, in the button's name too, which says its day
      // (a screen reader's list of buttons has no headings in between).
      expect(text($(el, '.toggle'))).to.equal('maandag 1 juni, 1 juni tot en met 3 juni Voorbeeld: tentoonstelling Verplaats je in mijn schoenen gaat verder');
      expect($$(el, '.toggle').map((b) => text(b.querySelector('.continues')))).to.deep.equal(['gaat verder', 'vervolg van maandag', 'vervolg van maandag']);
      expect(new Set($$(el, '.toggle').map((b) => b.getAttribute('aria-controls'))).size).to.equal(3);
    });

    // Issue 14, point 9: a six-week exhibition filled every day of the list.
    it('lists an activity of weeks once, "loopt tot en met …"; one running into next year shows that year', async () => {
      fake.on('/activities', { body: page([...examples.long, ...examples.single]) });
      const el = await mount(html`<mm-event-list api=${API} from="2026-06-01" to="2027-01-31"></mm-event-list>`);
      const items = $$(el, '.item').filter((i) => text(i).includes('expositie'));
      expect(items).to.have.length(1);
      expect(text(items[0]!.closest('.day')!.querySelector('.day-heading'))).to.equal('maandag 1 juni');
      expect(text(items[0]!.querySelector('.when'))).to.equal('Loopt tot en met 15 juli');
      const winter = $$(el, '.item').filter((i) => text(i).includes('wintertraining'));
      expect(winter).to.have.length(1);
      expect(text(winter[0]!.querySelector('.when'))).to.equal('1 december 2026 tot en met 15 januari 2027');
      const nye = $$(el, '.item').find((i) => text(i).includes('oudejaarsnacht'))!;
      expect(text(nye.querySelector('.when'))).to.equal('31 december 2026 20:00 tot en met 1 januari 2027 02:00');
    });

    it('shows Amsterdam times in the week the clocks go back', async () => {
      fake.on('/activities', { body: page(eventListExamples.dst) });
      const el = await mount(html`<mm-event-list api=${API} from="2026-10-24"></mm-event-list>`);
      expect($$(el, '.day-heading').map(text)).to.deep.equal(['zondag 25 oktober']);
      expect($$(el, '.when').map(text)).to.deep.equal(['01:30–02:15', '02:30–03:30']);
    });

    it('speaks English with lang="en"', async () => {
      fake.on('/activities', { body: page([...examples.single, ...examples.cancelled]) });
      const el = await mount(html`<mm-event-list api=${API} lang="en" from="2026-06-01" filters search></mm-event-list>`);
      expect(text($(el, '.day-heading'))).to.equal('Monday 1 June');
      const t = text(root(el));
      expect(t).to.contain('Free');
      expect(t).to.contain('For: Everyone');
      expect(t).to.contain('Cancelled');
      expect(t).to.contain('Subscribe to this calendar');
      expect(text($(el, 'label[for="f-audience"]'))).to.equal('For');
      expect(text($(el, 'label[for="f-q"]'))).to.equal('Search');
      // The activities' own texts are Dutch: marked so, screen readers pronounce them as Dutch.
      expect($(el, '.title')!.getAttribute('lang')).to.equal('nl');
      await expectAccessible(el);
    });

    it('marks no language on a Dutch page (it is the page\'s own)', async () => {
      fake.on('/activities', { body: page(examples.single) });
      const el = await mount();
      expect($(el, '.title')!.hasAttribute('lang')).to.equal(false);
    });

    it('says "No activities found" in English', async () => {
      fake.on('/activities', { body: page([]) });
      const el = await mount(html`<mm-event-list api=${API} lang="en" from="2026-06-01"></mm-event-list>`);
      expect(text($(el, '.empty'))).to.contain('No activities found');
    });
  });

  describe('many activities', () => {
    it('renders the first screenful at once, then every day and activity of 2,000, and typing leaves them in place', async function () {
      this.timeout(30_000); // a shared CI machine under load: 2,000 items through zod, Lit and layout
      const many = manyActivities(2000);
      fake.on('/activities', (url) => ({ body: page(url.searchParams.get('q') ? many.slice(0, 5) : many) }));
      const el = await mount(html`<mm-event-list api=${API} from="2026-06-01" search></mm-event-list>`);
      const first = $$(el, '.item').length;
      expect(first, 'first render').to.be.within(20, 2000);
      // The earliest activity comes first (same-time ones are in title order).
      const earliest = many.filter((a) => a.start === many[0]!.start).map((a) => a.title).sort((a, b) => a.localeCompare(b))[0]!;
      expect(($$(el, '.item')[0] as HTMLElement).textContent).to.contain(earliest);
      await until(() => $$(el, '.item').length === 2000, 10_000, 'the rest of the list');
      expect($$(el, '.day')).to.have.length(6);
      const firstItem = $(el, '.item');
      $<HTMLInputElement>(el, 'input')!.focus();
      await sendKeys({ type: 'x' });
      await el.updateComplete;
      expect($(el, '.item')).to.equal(firstItem);
      await until(() => $$(el, '.item').length === 5, 3000, 'search result');
    });
  });

  describe('structured data', () => {
    it('writes valid, escaped JSON-LD into the light DOM and removes it on disconnect', async () => {
      const tricky = makeActivity({ id: 'act-x', title: 'Voorbeeld: 3<4 en meer' });
      fake.on('/activities', { body: page([...examples.single, tricky]) });
      const el = await mount(html`<mm-event-list api=${API} from="2026-06-01" structured-data></mm-event-list>`);
      const scripts = el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const raw = scripts[0]!.textContent!;
      expect(raw).not.to.contain('<');
      const data = JSON.parse(raw) as { '@type': string; name: string }[];
      expect(data.map((d) => d['@type'])).to.deep.equal(['Event', 'Event']);
      expect(data[1]!.name).to.equal('Voorbeeld: 3<4 en meer');
      el.remove();
      expect(el.querySelector('script')).to.be.null;
    });

    it('writes nothing without the attribute', async () => {
      fake.on('/activities', { body: page(examples.single) });
      const el = await mount();
      expect(el.querySelector('script')).to.be.null;
    });
  });

  describe('small screens', () => {
    it('has no horizontal scrolling at 320 px', async () => {
      fake.on('/activities', { body: page([...eventListExamples.mixed, ...examples.online]) });
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px">
        <mm-event-list api=${API} from="2026-06-01" filters search></mm-event-list>
      </div>`);
      const el = wrap.querySelector('mm-event-list') as EventList;
      await settled(el);
      expect($$(el, '.toggle').length, 'activities to open').to.be.greaterThan(0);
      for (const b of $$<HTMLButtonElement>(el, '.toggle')) b.click();
      // The filter bar is folded into its "Filters" button at this width: open it too.
      $<HTMLButtonElement>(el, '[part="filters-toggle"]')!.click();
      await el.updateComplete;
      expect($$(el, '.details').length, 'opened details').to.be.greaterThan(0);
      const parts = [el, ...$$(el, '.filters, .subscribe, .body, .day, .item, .details, .add-to-calendar')];
      for (const p of parts) expect(p.scrollWidth, p.className || p.localName).to.be.at.most(p.clientWidth);
      for (const b of $$(el, '.toggle, select, input, [part="load-more"], [part="filters-toggle"]')) {
        expect(b.getBoundingClientRect().height).to.be.at.least(44);
      }
    });
  });
});
