import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/week-calendar/mm-week-calendar.js';
import { DAY_LIMIT, DISPLAY_DAY_LIMIT, type WeekCalendar } from '../src/week-calendar/week-calendar.js';
import { clearCache } from '../src/core/api.js';
import type { Activity } from '../src/contract/schema.js';
import { fakeActivitiesApi } from './helpers/fake-api.js';
import { fakeFetch, layoutShiftDuring, until, type FakeFetch, type FakeResponse } from './helpers/fake-fetch.js';
import { ourWarnings } from './helpers/console.js';
import { campaign2026, examples, makeActivity, manyActivities, page, weekExamples } from './fixtures/activities.js';
import { expectAccessible } from './helpers/accessible.js';

let fake: FakeFetch;

/** Answer `campaigns/current` and `activities` as the API would (the shared fake API: the asked week, filtered, in pages). */
function serve(items: Activity[], campaign: FakeResponse = { body: campaign2026 }): void {
  fake.on('/campaigns/current', campaign);
  fake.on('/activities', fakeActivitiesApi(items));
}

const root = (el: WeekCalendar) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: WeekCalendar, s: string) => root(el).querySelector<T & Element>(s) as T | null;
const $$ = <T extends Element = HTMLElement>(el: WeekCalendar, s: string) => [...root(el).querySelectorAll(s)] as T[];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const activityCalls = () => fake.calls.filter((c) => c.url.pathname.endsWith('/activities'));
const titleText = (el: WeekCalendar) => text($(el, '[part="title"]'));
const dayTitles = (el: WeekCalendar) => $$(el, '.day-title').map(text);
const button = (el: WeekCalendar, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b).includes(label))!;

/** Wait until the element shows a loaded week, an empty week or an error. */
async function settled(el: WeekCalendar): Promise<WeekCalendar> {
  // (A busy week shows its first pages while the rest loads: `state` says when it is whole.)
  await until(() => !!root(el)?.querySelector('.days:not(.skeleton), .state') && el.getAttribute('state') !== 'loading', 3000, 'a loaded state');
  await el.updateComplete;
  return el;
}
const mount = async (t: ReturnType<typeof html>) => settled(await fixture<WeekCalendar>(t));

beforeEach(() => {
  fake = fakeFetch();
  clearCache();
  sessionStorage.clear();
});
afterEach(() => fake.restore());

describe('<mm-week-calendar>', () => {
  it('is accessible with a loaded campaign week', async () => {
    serve(weekExamples.campaign);
    const el = await mount(html`<mm-week-calendar now="2026-06-02"></mm-week-calendar>`);
    await expectAccessible(el);
  });

  it('is accessible while loading, and shows a visible loading message', async () => {
    fake.on('/campaigns/current', { body: campaign2026, delay: 2000 });
    const el = await fixture<WeekCalendar>(html`<mm-week-calendar></mm-week-calendar>`);
    expect(text($(el, '[part="status"]'))).to.equal('Laden…');
    expect($(el, '.skeleton')!.getAttribute('aria-hidden')).to.equal('true');
    await expectAccessible(el);
  });

  it('removed while waiting for its campaign, asks for nothing more; put back, it loads its week', async () => {
    fake.on('/campaigns/current', { body: campaign2026, delay: 300 });
    fake.on('/activities', { body: page(examples.single) });
    const el = await fixture<WeekCalendar>(html`<mm-week-calendar></mm-week-calendar>`);
    const parent = el.parentElement!;
    el.remove();
    const campaignCall = () => fake.calls.find((c) => c.url.pathname.endsWith('/campaigns/current'));
    await until(() => campaignCall()?.init?.signal?.aborted === true, 3000, 'the campaign request dropped on removal');
    expect(activityCalls()).to.have.length(0);
    parent.append(el);
    await until(() => $$(el, '.act').length > 0, 3000, 'the week after it came back');
    expect(activityCalls()).to.have.length(1);
  });

  it('a type that is not allowed: no request, a neutral message without retry, one warning naming the nearest type', async () => {
    let el!: WeekCalendar;
    const seen = await ourWarnings(async () => {
      el = await fixture<WeekCalendar>(html`<mm-week-calendar type="workshops" week="2026-06-01"></mm-week-calendar>`);
      await until(() => !!$(el, '.error'), 3000, 'the neutral message');
    });
    expect(fake.calls).to.have.length(0);
    expect(text($(el, '.error [role="alert"]'))).to.contain('niet goed ingesteld');
    expect($(el, '.error button')).to.equal(null);
    expect($(el, '[part="subscribe"]'), 'no subscription to a feed that cannot fill').to.equal(null);
    expect(seen.filter((w) => w.includes('type="workshops"') && w.includes('Did you mean "workshop"?'))).to.have.length(1);
  });

  it('shows the week of the current campaign by default', async () => {
    serve(weekExamples.campaign);
    const el = await mount(html`<mm-week-calendar audience="jongeren"></mm-week-calendar>`);
    expect(fake.calls[0]!.url.pathname).to.match(/\/campaigns\/current$/);
    const q = activityCalls()[0]!.url.searchParams;
    expect(q.get('from')).to.equal('2026-06-01');
    expect(q.get('to')).to.equal('2026-06-07');
    expect(q.get('limit')).to.equal('200');
    expect(q.get('audience')).to.equal('jongeren');
    expect(titleText(el)).to.equal('Week van 1 t/m 7 juni 2026');
    expect(dayTitles(el)).to.have.length(7);
    expect(dayTitles(el)[0]).to.equal('maandag 1 juni');
    expect(dayTitles(el)[6]).to.equal('zondag 7 juni');
  });

  it('falls back to the current week when there is no current campaign', async () => {
    serve(examples.empty, { status: 404, body: { errors: [] } });
    const el = await mount(html`<mm-week-calendar now="2026-11-25"></mm-week-calendar>`);
    expect(activityCalls()[0]!.url.searchParams.get('from')).to.equal('2026-11-23');
    expect(titleText(el)).to.equal('Week van 23 t/m 29 november 2026');
  });

  it('shows the week of the `week` attribute, with the filters, without asking for the campaign', async () => {
    serve(weekExamples.campaign);
    const el = await mount(html`<mm-week-calendar week="2026-06-03" type="workshop" region="utrecht" mode="onsite" organizer="De Linde"></mm-week-calendar>`);
    expect(fake.calls.some((c) => c.url.pathname.includes('campaigns'))).to.equal(false);
    const q = activityCalls()[0]!.url.searchParams;
    expect([q.get('from'), q.get('to'), q.get('type'), q.get('region'), q.get('mode'), q.get('organizer')]).to.deep.equal([
      '2026-06-01',
      '2026-06-07',
      'workshop',
      'utrecht',
      'onsite',
      'De Linde',
    ]);
    const sub = $<HTMLAnchorElement>(el, '[part="subscribe"] a')!;
    expect(sub.href).to.match(/^webcal:/);
    expect(sub.href).to.contain('type=workshop');
    expect(text($(el, '[part="subscribe"] summary'))).to.equal('Abonneren op deze agenda');
  });

  it('set up wrongly, it shows its week title and a neutral message, not "loading" for ever', async () => {
    serve(weekExamples.campaign);
    const seen = await ourWarnings(async () => {
      const el = await mount(html`<mm-week-calendar type="wandelen"></mm-week-calendar>`);
      expect(titleText(el)).to.equal('Week van 1 t/m 7 juni 2026');
      expect(text($(el, '.state [role="alert"]'))).to.contain('niet goed ingesteld');
      expect(activityCalls()).to.have.length(0);
      await expectAccessible(el);
    });
    expect(seen.some((w) => w.includes('Did you mean "wandeling"?'))).to.equal(true);
  });

  it('follows nextCursor until the week is complete', async () => {
    const [a, b] = [makeActivity({ id: 'p1', title: 'Voorbeeld: eerste pagina' }), makeActivity({ id: 'p2', title: 'Voorbeeld: tweede pagina' })];
    fake.on('/activities', (url) => ({ body: url.searchParams.get('cursor') === 'c2' ? page([b]) : page([a], 'c2') }));
    const el = await mount(html`<mm-week-calendar week="2026-06-01"></mm-week-calendar>`);
    expect(activityCalls()).to.have.length(2);
    expect(activityCalls()[1]!.url.searchParams.get('cursor')).to.equal('c2');
    const titles = $$(el, '.open > span:first-child').map(text);
    expect(titles).to.include('Voorbeeld: eerste pagina');
    expect(titles).to.include('Voorbeeld: tweede pagina');
  });

  it('a busy week shows its complete days while the next answer page is on its way, the later days as loading', async () => {
    // Sorted by start, as the API sends them: the first page ends on Wednesday, so Monday and
    // Tuesday are complete; Wednesday may have more on the next page.
    const first = [
      makeActivity({ id: 'w1', title: 'Voorbeeld: maandagwandeling', start: '2026-06-01T10:00:00+02:00', end: '2026-06-01T11:00:00+02:00' }),
      makeActivity({ id: 'w2', title: 'Voorbeeld: dinsdagyoga', start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T11:00:00+02:00' }),
      makeActivity({ id: 'w3', title: 'Voorbeeld: woensdagochtend', start: '2026-06-03T09:00:00+02:00', end: '2026-06-03T10:00:00+02:00' }),
    ];
    const rest = [makeActivity({ id: 'w4', title: 'Voorbeeld: woensdagmiddag', start: '2026-06-03T14:00:00+02:00', end: '2026-06-03T15:00:00+02:00' })];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    fake.on('/activities', async (url) => {
      if (url.searchParams.get('cursor') !== 'c2') return { body: page(first, 'c2') };
      await held;
      return { body: page(rest) };
    });
    const el = await fixture<WeekCalendar>(html`<mm-week-calendar week="2026-06-01" now="2026-05-20"></mm-week-calendar>`);
    await until(() => $$(el, '.act').length > 0, 3000, 'the first page shown');
    const day = (n: number) => $$(el, '.day')[n]!;
    expect(text(day(0))).to.contain('Voorbeeld: maandagwandeling');
    expect(text(day(1))).to.contain('Voorbeeld: dinsdagyoga');
    // Wednesday is not whole yet: no half day, and no "no activities" for the days to come.
    for (const n of [2, 3, 6]) expect(text(day(n).querySelector('.count'))).to.equal('Laden…');
    expect(text(day(2))).not.to.contain('Voorbeeld: woensdagochtend');
    expect(text($(el, '[part="status"]'))).to.equal('Laden…');
    expect(el.getAttribute('state')).to.equal('loading');
    await expectAccessible(el);
    release();
    await settled(el);
    expect(text(day(2))).to.contain('Voorbeeld: woensdagochtend');
    expect(text(day(2))).to.contain('Voorbeeld: woensdagmiddag');
    expect(text(day(3).querySelector('.count'))).not.to.equal('Laden…');
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('moves to the previous, next and current week with the buttons, and announces it', async () => {
    serve([...weekExamples.campaign, makeActivity({ id: 'next-1', start: '2026-06-09T10:00:00+02:00', end: '2026-06-09T11:00:00+02:00' })]);
    const el = await mount(html`<mm-week-calendar now="2026-06-03"></mm-week-calendar>`);
    setTimeout(() => button(el, 'Volgende week').click());
    const ev = await oneEvent(el, 'mm-week-change');
    expect(ev.detail).to.deep.equal({ week: '2026-06-08' });
    await settled(el);
    await until(() => titleText(el) === 'Week van 8 t/m 14 juni 2026', 3000, 'next week');
    await until(() => $$(el, '.open').length === 1);
    expect(activityCalls().at(-1)!.url.searchParams.get('from')).to.equal('2026-06-08');
    await until(() => text($(el, '[role="status"]')) !== '');
    expect(text($(el, '[role="status"]'))).to.equal('Week van 8 t/m 14 juni 2026. 1 activiteit.');

    button(el, 'Vorige week').click();
    await until(() => titleText(el) === 'Week van 1 t/m 7 juni 2026');
    button(el, 'Vorige week').click();
    await until(() => titleText(el) === 'Week van 25 t/m 31 mei 2026');
    expect(activityCalls().at(-1)!.url.searchParams.get('to')).to.equal('2026-05-31');

    button(el, 'Deze week').click();
    await until(() => titleText(el) === 'Week van 1 t/m 7 juni 2026');
  });

  it('does not fire mm-week-change when the week is set by the page', async () => {
    serve(examples.single);
    const el = await mount(html`<mm-week-calendar week="2026-06-01"></mm-week-calendar>`);
    let fired = 0;
    el.addEventListener('mm-week-change', () => fired++);
    el.week = '2026-06-15';
    await until(() => titleText(el) === 'Week van 15 t/m 21 juni 2026');
    expect(fired).to.equal(0);
  });

  it('marks today visibly and with aria-current="date"', async () => {
    serve(weekExamples.campaign);
    const el = await mount(html`<mm-week-calendar now="2026-06-03"></mm-week-calendar>`);
    const current = $$(el, '[aria-current="date"]');
    expect(current).to.have.length(1);
    expect(text(current[0])).to.equal('woensdag 3 juni Vandaag');
    expect(current[0]!.closest('li')!.classList.contains('today')).to.equal(true);
    // The roving tab stop starts on today.
    expect(current[0]!.getAttribute('tabindex')).to.equal('0');
  });

  it('counts the activities of each day, shows multi-day activities on every day and cancelled ones as such', async () => {
    serve([...examples.allDayMultiDay, ...examples.cancelled, makeActivity({ id: 'tue', start: '2026-06-02T14:00:00+02:00', end: '2026-06-02T15:00:00+02:00' })]);
    const el = await mount(html`<mm-week-calendar week="2026-06-01"></mm-week-calendar>`);
    const counts = $$(el, '.count').map(text);
    expect(counts).to.deep.equal(['2 activiteiten', '2 activiteiten', '1 activiteit', 'Geen activiteiten', 'Geen activiteiten', 'Geen activiteiten', 'Geen activiteiten']);
    const days = $$(el, '.day');
    for (const i of [0, 1, 2]) {
      const card = [...days[i]!.querySelectorAll('.act')].find((c) => text(c).includes('tentoonstelling'))!;
      expect(text(card.querySelector('.when'))).to.equal('Hele dag');
    }
    expect(text(days[3])).not.to.contain('tentoonstelling');
    const cancelled = $(el, '.act.cancelled')!;
    expect(text(cancelled)).to.contain('Gaat niet door');
    expect(getComputedStyle(cancelled.querySelector('.open')!).textDecorationLine).to.contain('line-through');
    expect(text($(el, '[part="status"]'))).to.equal('3 activiteiten');
  });

  // Issue 16, point 6: a three-day exhibition read as three activities.
  for (const [lang, first, later] of [['nl', 'gaat verder', 'vervolg van maandag'], ['en', 'continues', 'continued from Monday']] as const) {
    for (const mode of ['', 'print', 'display'] as const) {
      it(`says an activity over a few days continues (${lang}${mode ? `, ${mode}` : ''})`, async () => {
        serve(examples.allDayMultiDay);
        const el = await mount(html`<mm-week-calendar week="2026-06-01" now="2026-06-01" lang=${lang} ?print=${mode === 'print'} ?display=${mode === 'display'}></mm-week-calendar>`);
        const notes = $$(el, '.act').map((c) => text(c.querySelector('.continues')));
        expect(notes).to.deep.equal([first, later, later]);
        for (const n of $$(el, '.continues')) expect(n.getBoundingClientRect().height).to.be.greaterThan(0);
      });
    }
  }

  it("every activity button's accessible name says its day and time, not its title alone", async () => {
    serve([makeActivity({ id: 'walk', title: 'Voorbeeld: wandelen in het park' }), ...examples.allDayMultiDay]);
    const el = await mount(html`<mm-week-calendar week="2026-06-01"></mm-week-calendar>`);
    const names = $$(el, 'button.open').map(text);
    expect(names).to.include('Voorbeeld: wandelen in het park, maandag 1 juni, 10:00–11:30');
    expect(names).to.include('Voorbeeld: tentoonstelling Verplaats je in mijn schoenen, dinsdag 2 juni, Hele dag, vervolg van maandag');
    await expectAccessible(el);
  });

  // Issue 14, point 9: an activity of weeks stood on every day of the week.
  it('shows an activity of weeks once, on the first day, as "loopt tot en met …"', async () => {
    serve([...examples.long, makeActivity({ id: 'tue', start: '2026-06-02T14:00:00+02:00', end: '2026-06-02T15:00:00+02:00' })]);
    const el = await mount(html`<mm-week-calendar week="2026-06-01"></mm-week-calendar>`);
    const cards = $$(el, '.act').filter((c) => text(c).includes('expositie'));
    expect(cards).to.have.length(1);
    expect($$(el, '.day').indexOf(cards[0]!.closest('.day')!)).to.equal(0);
    expect(text(cards[0]!.querySelector('.when'))).to.equal('Loopt tot en met 15 juli');
    expect($$(el, '.count').map(text).slice(0, 3)).to.deep.equal(['1 activiteit', '1 activiteit', 'Geen activiteiten']);
  });

  it('narrow, the week buttons share one row ("‹ Deze week ›") and keep their names', async () => {
    serve(weekExamples.school);
    const box = await fixture(html`<div style="inline-size:272px"><mm-week-calendar week="2026-06-01"></mm-week-calendar></div>`);
    const el = await settled(box.querySelector('mm-week-calendar')!);
    const tops = $$(el, '[part="nav"] button').map((b) => Math.round(b.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
    expect(button(el, 'Vorige week').getBoundingClientRect().height).to.be.at.least(44);
    expect(text(button(el, 'Volgende week'))).to.equal('Volgende week ›');
    await expectAccessible(el);
  });

  it('is a seven-column grid when wide and a day-by-day agenda when narrow (container queries)', async () => {
    serve(weekExamples.campaign);
    const wideBox = await fixture(html`<div style="inline-size:1000px"><mm-week-calendar week="2026-06-01"></mm-week-calendar></div>`);
    const w = await settled(wideBox.querySelector('mm-week-calendar')!);
    const narrowBox = await fixture(html`<div style="inline-size:360px"><mm-week-calendar week="2026-06-01"></mm-week-calendar></div>`);
    const n = await settled(narrowBox.querySelector('mm-week-calendar')!);
    const wideCols = getComputedStyle($(w, '.days')!).gridTemplateColumns.split(' ');
    expect(wideCols).to.have.length(7);
    expect(getComputedStyle($(n, '.days')!).display).to.equal('flex');
    const [w1, w2] = $$(w, '.day').map((d) => d.getBoundingClientRect());
    expect(w1!.top).to.equal(w2!.top);
    expect(w2!.left).to.be.greaterThan(w1!.left);
    const [n1, n2] = $$(n, '.day').map((d) => d.getBoundingClientRect());
    expect(n2!.top).to.be.greaterThan(n1!.bottom - 1);
    expect(n2!.left).to.equal(n1!.left);
    await expectAccessible(w);
    await expectAccessible(n);
  });

  it('moves between days with the arrow keys, Home and End (roving tabindex)', async () => {
    serve(weekExamples.campaign);
    const box = await fixture(html`<div style="inline-size:1000px"><mm-week-calendar week="2026-06-01" now="2026-05-01"></mm-week-calendar></div>`);
    const el = await settled(box.querySelector('mm-week-calendar')!);
    const heads = () => $$(el, '.day-title');
    expect(heads().filter((h) => h.tabIndex === 0)).to.have.length(1);
    heads()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(root(el).activeElement).to.equal(heads()[1]);
    expect(heads()[1]!.tabIndex).to.equal(0);
    expect(heads()[0]!.tabIndex).to.equal(-1);
    await sendKeys({ press: 'End' });
    expect(root(el).activeElement).to.equal(heads()[6]);
    await sendKeys({ press: 'ArrowRight' });
    expect(root(el).activeElement).to.equal(heads()[6]);
    await sendKeys({ press: 'Home' });
    expect(root(el).activeElement).to.equal(heads()[0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(root(el).activeElement).to.equal(heads()[0]);
    // Up/Down only move in the agenda layout.
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(heads()[0]);
    (box as HTMLElement).style.inlineSize = '360px';
    await new Promise((r) => requestAnimationFrame(r));
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(heads()[1]);
    await sendKeys({ press: 'ArrowUp' });
    expect(root(el).activeElement).to.equal(heads()[0]);
  });

  it('makes each day name a link to its activities (a tabbable heading has no widget role)', async () => {
    serve(weekExamples.campaign);
    const el = await mount(html`<mm-week-calendar week="2026-06-01" now="2026-05-01"></mm-week-calendar>`);
    const days = $$(el, '.day');
    const day = days.find((d) => d.querySelector('.acts button'))!;
    const link = day.querySelector<HTMLAnchorElement>('.day-title')!;
    expect(link.localName).to.equal('a');
    expect(link.closest('[role=heading]')).to.not.equal(null);
    expect($$(el, '[role=heading]').filter((h) => h.tabIndex >= 0)).to.have.length(0);
    link.focus();
    await sendKeys({ press: 'Enter' });
    // Compared as a boolean: a failing comparison of two elements makes chai print the whole
    // element tree, which crashed the test page instead of reporting the failure.
    expect(root(el).activeElement === day.querySelector('.acts button'), 'focus on the first activity').to.equal(true);
    expect(location.hash).to.equal('');
  });

  it('opens an activity in a dialog, fires mm-select, and Escape closes it and returns focus', async () => {
    serve(examples.single);
    const el = await mount(html`<mm-week-calendar week="2026-06-01"></mm-week-calendar>`);
    const open = $<HTMLButtonElement>(el, '.open')!;
    expect(open.getAttribute('aria-haspopup')).to.equal('dialog');
    open.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const ev = await oneEvent(el, 'mm-select');
    expect(ev.detail.activity.id).to.equal('act-1');
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(text(dialog)).to.contain('maandag 1 juni, 10:00–11:30');
    expect(text(dialog)).to.contain('Aanmelden');
    expect(text(dialog)).to.contain('Buurthuis De Linde, Voorbeeldstraat 1, 3511 AA Utrecht');
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open);
    await el.updateComplete;
    expect(root(el).activeElement).to.equal($(el, '.open'));
  });

  it('print: all seven days as an agenda, no buttons, links written out', async () => {
    serve(weekExamples.school);
    const box = await fixture(html`<div style="inline-size:1000px"><mm-week-calendar print week="2026-06-01"></mm-week-calendar></div>`);
    const el = await settled(box.querySelector('mm-week-calendar')!);
    expect($$(el, 'button')).to.have.length(0);
    expect(getComputedStyle($(el, '.days')!).display).to.equal('block');
    expect($$(el, '.day')).to.have.length(7);
    const register = $<HTMLAnchorElement>(el, '.print-only a')!;
    expect(getComputedStyle(register.parentElement!).display).to.equal('block');
    expect(getComputedStyle(register, '::after').content).to.equal(`" (${register.href})"`);
    expect($(el, '[part="subscribe"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('uses the print layout when the page is printed, without the attribute', async () => {
    serve(weekExamples.school);
    const box = await fixture(html`<div style="inline-size:1000px"><mm-week-calendar week="2026-06-01"></mm-week-calendar></div>`);
    const el = await settled(box.querySelector('mm-week-calendar')!);
    expect(getComputedStyle($(el, '[part="nav"]')!).display).not.to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '[part="nav"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.days')!).display).to.equal('block');
      expect(getComputedStyle($(el, '[part="subscribe"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.day')!).breakInside).to.equal('avoid');
      expect(getComputedStyle($(el, '.print-only')!).display).to.equal('block');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  describe('a day with more activities than fit', () => {
    // Twelve on Tuesday 2 June, one on Wednesday: Tuesday shows DAY_LIMIT and a button.
    const busy = [
      ...Array.from({ length: 12 }, (_, i) =>
        makeActivity({
          id: `busy-${i}`,
          title: `Voorbeeld: activiteit ${String(i + 1).padStart(2, '0')}`,
          start: `2026-06-02T${String(8 + i).padStart(2, '0')}:00:00+02:00`,
          end: `2026-06-02T${String(8 + i).padStart(2, '0')}:30:00+02:00`,
        }),
      ),
      makeActivity({ id: 'quiet', start: '2026-06-03T10:00:00+02:00', end: '2026-06-03T11:00:00+02:00' }),
    ];
    const cardsOf = (el: WeekCalendar, i: number) => $$(el, '.day')[i]!.querySelectorAll('.act').length;

    it('shows the first ones and a button for the rest that opens the day and moves focus to the first new one', async () => {
      serve(busy);
      const el = await mount(html`<mm-week-calendar week="2026-06-01"></mm-week-calendar>`);
      expect(cardsOf(el, 1)).to.equal(DAY_LIMIT);
      expect(text($$(el, '.day')[1]!.querySelector('.count'))).to.equal('12 activiteiten');
      const more = $<HTMLButtonElement>(el, '[part="more"]')!;
      expect(text(more)).to.equal(`Toon nog ${12 - DAY_LIMIT} activiteiten (dinsdag 2 juni)`);
      expect(cardsOf(el, 2)).to.equal(1);
      expect($$(el, '[part="more"]')).to.have.length(1); // not under a day that fits
      await expectAccessible(el);
      more.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => cardsOf(el, 1) === 12, 2000, 'the whole day');
      expect($(el, '[part="more"]')).to.equal(null);
      expect(root(el).activeElement?.id).to.equal(`b-2026-06-02-busy-${DAY_LIMIT}`);
      await expectAccessible(el);
    });

    it('shows every activity in print, and when the page is printed', async () => {
      serve(busy);
      const printed = await mount(html`<mm-week-calendar print week="2026-06-01"></mm-week-calendar>`);
      expect(cardsOf(printed, 1)).to.equal(12);
      // On paper a day stays whole, except one too long for a column: kept whole it would
      // leave an empty page before it.
      const [monday, tuesday] = $$(printed, '.day');
      expect([getComputedStyle(monday!).breakInside, getComputedStyle(tuesday!).breakInside]).to.deep.equal(['avoid', 'auto']);
      const el = await mount(html`<mm-week-calendar week="2026-06-01"></mm-week-calendar>`);
      expect(cardsOf(el, 1)).to.equal(DAY_LIMIT);
      dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(cardsOf(el, 1)).to.equal(12);
      dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(cardsOf(el, 1)).to.equal(DAY_LIMIT);
    });

    it('says how many more on a hallway screen, where nothing can be pressed', async () => {
      serve(busy);
      const el = await mount(html`<mm-week-calendar display week="2026-06-01" now="2026-06-02"></mm-week-calendar>`);
      expect(cardsOf(el, 0)).to.equal(DISPLAY_DAY_LIMIT);
      expect(text($(el, '.more-text'))).to.equal(`En nog ${12 - DISPLAY_DAY_LIMIT} activiteiten`);
      expect($$(el, 'button')).to.have.length(0);
    });

    it('speaks English', async () => {
      serve(busy);
      const el = await mount(html`<mm-week-calendar lang="en" week="2026-06-01"></mm-week-calendar>`);
      expect(text($(el, '[part="more"]'))).to.equal(`Show ${12 - DAY_LIMIT} more activities (Tuesday 2 June)`);
    });
  });

  it('takes the default week from the campaign of the `campaign` attribute', async () => {
    fake.on('/campaigns/werkstress-2026', { body: { ...campaign2026, slug: 'werkstress-2026', start: '2026-11-16', end: '2026-11-20' } });
    fake.on('/activities', { body: page([]) });
    const el = await mount(html`<mm-week-calendar campaign="werkstress-2026"></mm-week-calendar>`);
    expect(titleText(el)).to.equal('Week van 16 t/m 22 november 2026');
    expect(activityCalls()[0]!.url.searchParams.get('campaign')).to.equal('werkstress-2026');
  });

  it('display: today first, no buttons, large type, and refetches after the interval', async () => {
    let title = 'Voorbeeld: eerste versie';
    fake.on('/activities', () => ({
      body: page([makeActivity({ id: 'd1', title, start: '2026-06-03T10:00:00+02:00', end: '2026-06-03T11:00:00+02:00' })]),
    }));
    const el = await mount(html`<mm-week-calendar display refresh-interval="1" week="2026-06-01" now="2026-06-03"></mm-week-calendar>`);
    expect(dayTitles(el)[0]).to.equal('woensdag 3 juni Vandaag');
    expect(dayTitles(el)).to.have.length(5);
    expect($$(el, 'button')).to.have.length(0);
    expect($(el, 'dialog')).to.equal(null);
    expect(parseFloat(getComputedStyle($(el, '.wrap')!).fontSize)).to.be.at.least(16);
    expect(text($(el, '[part="status"]'))).to.match(/Bijgewerkt om \d\d:\d\d/);
    await expectAccessible(el);
    const before = activityCalls().length;
    title = 'Voorbeeld: nieuwe versie';
    await until(() => activityCalls().length > before, 5000, 'a refresh');
    await until(() => text($(el, '.act')).includes('nieuwe versie'), 3000, 'new data');
    // The timer stops when the element leaves the page.
    el.remove();
    // A refresh the timer started just before the removal may still send its request.
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    const after = activityCalls().length;
    await new Promise((r) => setTimeout(r, 1300)); // longer than the 1 s interval (a sleep on purpose: time must pass)
    expect(activityCalls().length).to.equal(after);
  });

  // Issue 16, point 5: the hallway screen fits the screen.
  describe('on a hallway screen', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));
    for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
      it(`shows the whole week without scrolling at ${width}×${height}`, async () => {
        await setViewport({ width, height });
        serve(weekExamples.campaign);
        const el = await mount(html`<mm-week-calendar display week="2026-06-01" now="2026-06-01"></mm-week-calendar>`);
        const days = $$(el, '.day');
        expect(days).to.have.length(7);
        for (const d of days) {
          const r = d.getBoundingClientRect();
          expect(r.bottom, text(d.querySelector('.day-title'))).to.be.at.most(height);
          expect(r.right).to.be.at.most(width);
          expect(r.width).to.be.greaterThan(100);
        }
        expect(el.getBoundingClientRect().bottom).to.be.at.most(height);
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
      });
    }

    it('outside the campaign shows this school week, or the next one at the weekend, with a heading that says so', async () => {
      serve([makeActivity({ id: 'nov', start: '2026-11-17T10:00:00+01:00', end: '2026-11-17T11:00:00+01:00' })]);
      const el = await mount(html`<mm-week-calendar display now="2026-11-17"></mm-week-calendar>`);
      expect(titleText(el)).to.equal('Deze week: 16 t/m 22 november 2026');
      expect($$(el, '.act')).to.have.length(1);
      const weekend = await mount(html`<mm-week-calendar display now="2026-11-21" lang="en"></mm-week-calendar>`);
      expect(titleText(weekend)).to.equal('Next week: 23 to 29 November 2026');
      const during = await mount(html`<mm-week-calendar display now="2026-06-03"></mm-week-calendar>`);
      expect(titleText(during)).to.equal('Deze week: 1 t/m 7 juni 2026');
    });

    it('keeps the last good week with the time it was loaded when the API fails', async () => {
      let fail = false;
      fake.on('/campaigns/current', { body: campaign2026 });
      fake.on('/activities', () => (fail ? { status: 503, body: { errors: [] } } : { body: page(examples.single) }));
      const el = await mount(html`<mm-week-calendar display refresh-interval="1" now="2026-06-01"></mm-week-calendar>`);
      const loaded = text($(el, '[part="status"]'));
      expect(loaded).to.match(/Bijgewerkt om \d\d:\d\d/);
      fail = true;
      await until(() => el.getAttribute('state') === 'stale', 5000, 'the failed refresh');
      expect($(el, '.error')).to.equal(null);
      expect($$(el, '.act')).to.have.length(1);
      expect(text($(el, '[part="status"]'))).to.equal(loaded.replace(' · ', ' · Mogelijk niet actueel · '));
      await expectAccessible(el);
    });
  });

  it('shows an error with a retry button that really asks again', async () => {
    fake.on('/campaigns/current', { body: campaign2026 });
    fake.on('/activities', { status: 500, body: { errors: [] } });
    const el = await mount(html`<mm-week-calendar></mm-week-calendar>`);
    expect(titleText(el)).to.equal('Week van 1 t/m 7 juni 2026');
    const err = $(el, '[part="error"]')!;
    // The sentence is the alert (state-views.ts), not the button beside it.
    expect(text(err.querySelector('[role="alert"]'))).to.contain('Er ging iets mis bij de server (fout 500)');
    await expectAccessible(el);
    serve(examples.single);
    const calls = activityCalls().length;
    // The week buttons stay usable in the error state.
    expect(button(el, 'Vorige week')).to.exist;
    button(el, 'Opnieuw proberen').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $$(el, '.open').length === 1, 3000, 'loaded after retry');
    expect(activityCalls().length).to.be.greaterThan(calls);
    // The retry button is gone; focus continues from the week title, not from the page top.
    await until(() => root(el).activeElement === $(el, '[part="title"]'), 3000, 'focus on the title');
  });

  it('shows an empty week with a way forward', async () => {
    serve([makeActivity({ id: 'later', start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T11:00:00+02:00' })]);
    const el = await mount(html`<mm-week-calendar week="2026-05-25" all-url="https://example.org/programma"></mm-week-calendar>`);
    const empty = $(el, '[part="empty"]')!;
    expect(text(empty)).to.contain('Geen activiteiten deze week');
    expect(empty.querySelector('a')!.href).to.equal('https://example.org/programma');
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '[part="empty"] button')!.click();
    await until(() => titleText(el) === 'Week van 1 t/m 7 juni 2026');
    await until(() => root(el).activeElement === $(el, '[part="title"]'), 3000, 'focus on the title');
    button(el, 'Volgende week').click();
    await until(() => $$(el, '.open').length === 1, 3000, 'the week with an activity');
  });

  it('shows stale data with "Mogelijk niet actueel" when offline', async () => {
    serve(examples.single);
    const first = await mount(html`<mm-week-calendar week="2026-06-01"></mm-week-calendar>`);
    first.remove();
    clearCache();
    fake.on('/activities', { networkError: true });
    const el = await mount(html`<mm-week-calendar week="2026-06-01"></mm-week-calendar>`);
    expect($$(el, '.open')).to.have.length(1);
    const status = $(el, '[part="status"]')!;
    expect(text(status)).to.equal('1 activiteit · Mogelijk niet actueel');
    expect(status.classList.contains('stale')).to.equal(true);
    expect(el.getAttribute('state')).to.equal('stale');
    await expectAccessible(el);
  });

  it('speaks English', async () => {
    serve(weekExamples.campaign);
    const el = await mount(html`<mm-week-calendar lang="en" now="2026-06-03"></mm-week-calendar>`);
    expect(titleText(el)).to.equal('Week of 1 to 7 June 2026');
    expect(dayTitles(el)[0]).to.equal('Monday 1 June');
    expect(dayTitles(el)[2]).to.equal('Wednesday 3 June Today');
    expect(text($(el, '[part="nav"]'))).to.contain('Previous week');
    expect(text($(el, '.act.cancelled'))).to.contain('Cancelled');
    expect(text($(el, '[part="subscribe"] summary'))).to.equal('Subscribe to this calendar');
    await expectAccessible(el);
  });

  it('keeps Amsterdam times across the daylight-saving change', async () => {
    serve(weekExamples.dst);
    const el = await mount(html`<mm-week-calendar week="2026-10-25"></mm-week-calendar>`);
    expect(titleText(el)).to.equal('Week van 19 t/m 25 oktober 2026');
    const sunday = $$(el, '.day')[6]!;
    expect(text(sunday.querySelector('.day-title'))).to.equal('zondag 25 oktober');
    expect(text(sunday.querySelector('.when'))).to.equal('02:30–03:30');
    button(el, 'Volgende week').click();
    await until(() => titleText(el) === 'Week van 26 oktober t/m 1 november 2026');
    await until(() => $$(el, '.act').length === 1);
    expect(text($(el, '.day .when'))).to.equal('09:00–10:00');
  });

  it('shows Amsterdam times whatever the time zone of the data or the browser', async () => {
    // 08:00 UTC is 10:00 in Amsterdam in June; the browser here runs in another zone.
    serve([makeActivity({ id: 'utc', start: '2026-06-01T08:00:00Z', end: '2026-06-01T09:15:00Z' }), makeActivity({ id: 'late', start: '2026-06-02T22:30:00Z', end: '2026-06-02T23:30:00Z' })]);
    const el = await mount(html`<mm-week-calendar week="2026-06-01"></mm-week-calendar>`);
    const days = $$(el, '.day');
    expect(text(days[0]!.querySelector('.when'))).to.equal('10:00–11:15');
    // 22:30 UTC on Tuesday is 00:30 on Wednesday in Amsterdam.
    expect(days[1]!.querySelector('.act')).to.equal(null);
    expect(text(days[2]!.querySelector('.when'))).to.equal('00:30–01:30');
  });

  it('fits 320 px without horizontal scrolling', async () => {
    serve(weekExamples.campaign);
    const box = await fixture<HTMLElement>(html`<div style="inline-size:320px"><mm-week-calendar week="2026-06-01"></mm-week-calendar></div>`);
    const el = await settled(box.querySelector('mm-week-calendar')!);
    const wrap = $(el, '.wrap')!;
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
    const right = box.getBoundingClientRect().right;
    expect($$(el, '.act').length, 'activity cards').to.be.greaterThan(0);
    for (const n of $$(el, 'button, a, .act, .title')) expect(n.getBoundingClientRect().right).to.be.at.most(right + 0.5);
    // Targets stay at least 44 px high.
    expect($$(el, 'button').length, 'buttons').to.be.greaterThan(0);
    for (const b of $$(el, 'button')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
  });

  // Seven columns have one fixed height: a quiet week and a busy one (8 cards a day, then
  // "Toon nog …", which would otherwise make the calendar grow) both fill the skeleton's box.
  for (const [name, items, cards] of [['a quiet week', weekExamples.school, 3], ['a busy week', manyActivities(300), 6 * DAY_LIMIT]] as const) {
  it(`does not shift the layout from loading to loaded (${name})`, async () => {
    fake.on('/campaigns/current', { body: campaign2026, delay: 100 });
    fake.on('/activities', { body: page([...items]), delay: 150 });
    let el!: WeekCalendar;
    let before = 0;
    let after = 0;
    const shift = await layoutShiftDuring(async () => {
      const box = await fixture(html`<div style="inline-size:1000px">
        <mm-week-calendar></mm-week-calendar>
        <p class="below">Tekst onder de agenda</p>
      </div>`);
      const below = box.querySelector('.below')!;
      el = box.querySelector('mm-week-calendar')!;
      await el.updateComplete;
      expect($(el, '.skeleton')).to.exist;
      before = below.getBoundingClientRect().top;
      await settled(el);
      await new Promise((r) => requestAnimationFrame(r));
      after = below.getBoundingClientRect().top;
    });
    expect($$(el, '.open')).to.have.length(cards);
    expect(after - before, 'content below moved by').to.equal(0);
    expect(shift).to.be.below(0.01);
  });
  }

  it('writes schema.org JSON-LD into the light DOM, escaped, and removes it on disconnect', async () => {
    serve([makeActivity({ id: 'lt', title: 'Voorbeeld: 1 < 2 samen' }), ...examples.cancelled]);
    const el = await mount(html`<mm-week-calendar structured-data week="2026-06-01"></mm-week-calendar>`);
    await until(() => !!el.querySelector('script'));
    const scripts = el.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).to.have.length(1);
    const json = scripts[0]!.textContent!;
    expect(json).not.to.contain('<');
    expect(json).to.contain('\\u003c');
    const events = JSON.parse(json) as { '@type': string; name: string; eventStatus: string }[];
    expect(events.map((e) => e.name)).to.have.members(['Voorbeeld: 1 < 2 samen', 'Voorbeeld: yoga op het plein']);
    expect(events.every((e) => e['@type'] === 'Event')).to.equal(true);
    el.remove();
    expect(el.querySelector('script')).to.equal(null);
  });

  it('is accessible three times on one page (a school page: pupils, parents, teachers)', async () => {
    serve(weekExamples.school);
    const box = await fixture(html`<div>
      <mm-week-calendar audience="jongeren" week="2026-06-01"></mm-week-calendar>
      <mm-week-calendar audience="ouders" week="2026-06-01"></mm-week-calendar>
      <mm-week-calendar audience="onderwijs" week="2026-06-01"></mm-week-calendar>
    </div>`);
    const els = [...box.querySelectorAll('mm-week-calendar')];
    for (const el of els) await settled(el);
    expect(activityCalls().map((c) => c.url.searchParams.get('audience'))).to.have.members(['jongeren', 'ouders', 'onderwijs']);
    await expectAccessible(box);
  });

  it('follows heading-level and hides its fallback content once upgraded', async () => {
    serve(examples.single);
    const el = await mount(html`<mm-week-calendar heading-level="3" week="2026-06-01"><a href="https://example.org/programma">Bekijk het programma</a></mm-week-calendar>`);
    expect($(el, '[part="title"]')!.getAttribute('aria-level')).to.equal('3');
    expect($(el, '.day-heading')!.getAttribute('aria-level')).to.equal('4');
    expect($(el, '.act-title')!.getAttribute('aria-level')).to.equal('5');
    expect(el.querySelector('a')!.checkVisibility()).to.equal(false);
  });
});
