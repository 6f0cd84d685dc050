import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/activity-form/mm-activity-form.js';
import type { ActivityForm } from '../src/activity-form/activity-form.js';
import { timing } from '../src/activity-form/send.js';
import { clearCache } from '../src/core/api.js';
import { fakeFetch, until, type FakeFetch } from './helpers/fake-fetch.js';
import { expectAccessible } from './helpers/accessible.js';
import { ourWarnings } from './helpers/console.js';
import { receipt, walk } from './fixtures/submissions.js';
import { week2026 } from './fixtures/campaigns.js';
import { emptyValues, type FormValues } from '../src/activity-form/fields.js';
import { saveDraft } from '../src/activity-form/draft.js';

const API = 'https://api.example.test/api/v1/';
const CAMPAIGN = 'week-mentale-gezondheid-2026';
/** The moment the tests fill in the form: a month before the 2026 week their dates are in. */
const NOW = '2026-05-01T12:00:00+02:00';
const root = (el: ActivityForm) => el.shadowRoot!;
const $ = <T extends Element = HTMLInputElement>(el: ActivityForm, sel: string) => root(el).querySelector<T>(sel)!;
const text = (el: Element) => (el.shadowRoot?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();

async function form(attrs: { lang?: string; campaign?: string; organizer?: string } = {}): Promise<ActivityForm> {
  const el = await fixture<ActivityForm>(html`<mm-activity-form
    api=${API}
    lang=${attrs.lang ?? 'nl'}
    campaign=${attrs.campaign ?? CAMPAIGN}
    organizer=${attrs.organizer ?? ''}
    privacy-url="https://www.voorbeeld.nl/privacy"
    now=${NOW}
  ></mm-activity-form>`);
  await el.updateComplete;
  return el;
}

/** Type into a field as a user does: the value, then an input event. */
async function type(el: ActivityForm, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event(input.localName === 'select' ? 'change' : 'input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function click(el: ActivityForm, sel: string): Promise<void> {
  $<HTMLElement>(el, sel).click();
  await el.updateComplete;
}

/** Fill the form with `values` through its fields. */
async function fill(el: ActivityForm, v: Partial<FormValues> = walk): Promise<void> {
  for (const k of ['title', 'description'] as const) if (v[k] !== undefined) await type(el, k, v[k]);
  if (v.type) await type(el, 'type', v.type);
  for (const a of v.audiences ?? []) await click(el, `input[name=audiences][value=${a}]`);
  if (v.allDay) await click(el, '#all-day');
  for (const [i, d] of (v.dates ?? []).entries()) {
    if (i > 0) await click(el, '.add-date');
    await type(el, `date-${i}`, d.day);
    if (v.allDay) {
      if (d.lastDay) await type(el, `lastday-${i}`, d.lastDay);
    } else {
      await type(el, `start-${i}`, d.start);
      await type(el, `end-${i}`, d.end);
    }
  }
  if (v.mode) await click(el, `input[name=mode][value=${v.mode}]`);
  const ids: [keyof FormValues, string][] = [
    ['locName', 'loc-name'], ['locAddress', 'loc-address'], ['locPostcode', 'loc-postcode'], ['locCity', 'loc-city'], ['onlineUrl', 'online-url'],
    ['orgName', 'org-name'], ['orgUrl', 'org-url'], ['contactName', 'contact-name'], ['contactEmail', 'contact-email'], ['registrationUrl', 'registration-url'],
  ];
  for (const [k, id] of ids) if (typeof v[k] === 'string') await type(el, id, v[k] as string);
  if (v.priceKind) await click(el, `input[name=priceKind][value=${v.priceKind}]`);
  if (v.price) await type(el, 'price', v.price);
  if (v.consent) await click(el, '#consent');
}

const submit = (el: ActivityForm) => click(el, 'button[type=submit]');
const errorOf = (el: ActivityForm, id: string) => root(el).getElementById(`${id}-error`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const posts = (api: FakeFetch) => api.calls.filter((c) => c.init?.method === 'POST');
const bodyOf = (call: { init?: RequestInit }) => JSON.parse(String(call.init?.body)) as Record<string, unknown>;
const keyOf = (call: { init?: RequestInit }) => (call.init?.headers as Record<string, string>)['Idempotency-Key'];
const sent = (el: ActivityForm) => until(() => el.getAttribute('state') === 'sent', 3000, 'the confirmation');

describe('mm-activity-form', () => {
  let api: FakeFetch;
  beforeEach(() => {
    clearCache();
    localStorage.clear();
    timing.minFillMs = 0;
    api = fakeFetch()
      .on('/submissions/token', { body: { token: 'token-1' } })
      .on('/submissions', { status: 201, body: receipt })
      .on(`/campaigns/${CAMPAIGN}`, { body: { ...week2026, slug: CAMPAIGN } })
      .on('/geocode', { body: { lat: 52.09, lon: 5.12, label: '3512 AB (Utrecht, ongeveer)', province: 'utrecht' } });
  });
  afterEach(() => api.restore());

  it('is accessible when empty, in Dutch, with labels above the fields and the organiser filled in', async () => {
    const el = await form({ organizer: 'Stichting Voorbeeld' });
    expect(text(el)).to.contain('Meld je activiteit aan');
    expect($<HTMLFormElement>(el, 'form').noValidate).to.equal(true);
    expect($(el, '#org-name').value).to.equal('Stichting Voorbeeld');
    expect($(el, '#contact-email').autocomplete).to.equal('email');
    expect(text(el)).to.contain('Dit komt niet in de agenda');
    await expectAccessible(el);
  });

  it('names the campaign the report belongs to (from the API, not the slug)', async () => {
    api.on(`/campaigns/${week2026.slug}`, { body: week2026 });
    const el = await form({ campaign: week2026.slug });
    await until(() => !!root(el).querySelector('.campaign'), 2000, 'the campaign');
    expect(text($(el, '.campaign'))).to.contain(week2026.name);
  });

  it('with a campaign the API does not know, tells the webmaster and sends the report without one (nothing lost)', async () => {
    let el!: ActivityForm;
    const seen = await ourWarnings(async (warnings) => {
      el = await form({ campaign: 'week-van-de-mentale-gezondheid-1999' });
      await until(() => warnings.some((w) => w.includes('without a campaign')), 2000, 'the warning for the webmaster');
    });
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('campaign="week-van-de-mentale-gezondheid-1999"').and.contain('without a campaign');
    await fill(el);
    await submit(el);
    await sent(el);
    expect(bodyOf(posts(api)[0]!).campaign).to.equal(null);
  });

  it('without campaign, names and sends the current campaign', async () => {
    api.on('/campaigns/current', { body: week2026 });
    const el = await fixture<ActivityForm>(html`<mm-activity-form api=${API} now=${NOW}></mm-activity-form>`);
    await until(() => !!root(el).querySelector('.campaign'), 2000, 'the campaign');
    expect(text($(el, '.campaign'))).to.contain(week2026.name);
    await fill(el);
    await submit(el);
    await sent(el);
    expect(bodyOf(posts(api)[0]!).campaign).to.equal(week2026.slug);
  });

  it("without campaign, an activity outside the current campaign's days is sent without one (a December walk is not part of the June week)", async () => {
    api.on('/campaigns/current', { body: week2026 });
    const el = await fixture<ActivityForm>(html`<mm-activity-form api=${API} now=${NOW}></mm-activity-form>`);
    await until(() => !!root(el).querySelector('.campaign'), 2000, 'the campaign');
    await fill(el, { ...walk, dates: [{ ...walk.dates![0]!, day: '2026-12-02' }] });
    expect(!!root(el).querySelector('.campaign'), 'the form no longer says it is part of the week').to.equal(false);
    await submit(el);
    await sent(el);
    expect(bodyOf(posts(api)[0]!).campaign).to.equal(null);
  });

  it('refuses a date that has ended, next to its field, and sends nothing (a new user typed 2020)', async () => {
    const el = await form();
    await fill(el, { ...walk, dates: [walk.dates![0]!, { day: '2020-01-02', start: '10:00', end: '11:30', lastDay: '' }] });
    await submit(el);
    expect(errorOf(el, 'end-1')).to.contain('Deze datum is al voorbij');
    expect(errorOf(el, 'end-0')).to.equal('');
    expect(posts(api)).to.have.length(0);
    // An all-day activity today has not ended: it lasts until midnight.
    el.now = '2026-06-02T20:00:00+02:00';
    await type(el, 'date-1', '2026-06-03');
    await click(el, '#all-day');
    await submit(el);
    await sent(el);
  });

  it('adds https:// to a web address typed without it', async () => {
    const el = await form();
    await fill(el, { ...walk, orgUrl: 'voorbeeldstad.nl/agenda' });
    await submit(el);
    await sent(el);
    expect((bodyOf(posts(api)[0]!).organizer as { url: string }).url).to.equal('https://voorbeeldstad.nl/agenda');
  });

  it('is in English with lang="en"', async () => {
    const el = await form({ lang: 'en' });
    expect(text(el)).to.contain('Register your activity');
    await submit(el);
    expect(text(el)).to.contain('There is a problem');
    expect(errorOf(el, 'title')).to.contain('Enter the name of the activity.');
    await expectAccessible(el);
  });

  it('on an empty submit shows an error summary that takes focus, links to each field, and marks the fields', async () => {
    const el = await form();
    await submit(el);
    const summary = $<HTMLElement>(el, '.error-summary');
    expect(root(el).activeElement).to.equal(summary);
    expect(text(summary)).to.contain('Er is een probleem');
    const links = [...summary.querySelectorAll('a')].map((a) => a.hash);
    expect(links.slice(0, 5)).to.deep.equal(['#title', '#description', '#type', '#audiences', '#date-0']);
    expect(links).to.include.members(['#mode', '#org-name', '#contact-email', '#price-kind', '#consent']);
    const title = $(el, '#title');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-describedby')).to.equal('title-hint title-error');
    expect(errorOf(el, 'title')).to.equal('Fout: Vul de naam van de activiteit in.');
    // Clicking a link focuses its field.
    summary.querySelector<HTMLAnchorElement>('a[href="#contact-email"]')!.click();
    expect(root(el).activeElement).to.equal($(el, '#contact-email'));
    expect(posts(api)).to.have.length(0);
    await expectAccessible(el);
  });

  it('checks every rule of the contract, with a message per field', async () => {
    const el = await form();
    await fill(el, { ...walk, title: 'Wa', description: 'Te kort', locPostcode: '35', contactEmail: 'sam@', orgUrl: 'javascript:alert(1)', priceKind: 'paid', price: 'veel' });
    await type(el, 'end-0', '13:00');
    await submit(el);
    expect(errorOf(el, 'title')).to.contain('minstens 3 tekens');
    expect(errorOf(el, 'description')).to.contain('minstens 20 tekens');
    expect(errorOf(el, 'end-0')).to.contain('De eindtijd moet na de begintijd liggen.');
    expect(errorOf(el, 'loc-postcode')).to.contain('Vul een postcode in zoals 1234 AB.');
    expect(errorOf(el, 'contact-email')).to.contain('Vul een geldig e-mailadres in');
    expect(errorOf(el, 'org-url')).to.contain('begint met https://');
    expect(errorOf(el, 'price')).to.contain('als een bedrag');
    // Nothing the user typed is cleared.
    expect($(el, '#title').value).to.equal('Wa');
    expect($(el, '#loc-postcode').value).to.equal('35');
    await type(el, 'title', 'Wandeling <b>vet</b>');
    await type(el, 'price', '10001');
    await submit(el);
    expect(errorOf(el, 'title')).to.contain('gewone tekst');
    expect(errorOf(el, 'price')).to.contain('hoogstens 10.000 euro');
  });

  it('checks lengths, one-line text, web addresses and the date window too', async () => {
    const el = await form();
    await fill(el, { ...walk, title: 'Wandelen\tin het park', registrationUrl: 'ftp://voorbeeld.nl/aanmelden', dates: [{ day: '1999-06-02', start: '14:00', end: '15:00', lastDay: '' }] });
    await type(el, 'description', 'x'.repeat(5001));
    await type(el, 'accessibility', 'y'.repeat(1001));
    await submit(el);
    expect(errorOf(el, 'title')).to.contain('op één regel');
    expect(errorOf(el, 'description')).to.contain('hoogstens 5000 tekens');
    expect(errorOf(el, 'registration-url')).to.contain('begint met https://');
    expect(errorOf(el, 'accessibility')).to.contain('te lang');
    expect(errorOf(el, 'date-0')).to.contain('tussen het jaar 2000 en 2100');
    expect(posts(api)).to.have.length(0);
  });

  it('asks for the place on site, the link online, both when hybrid, and checks the last day of an all-day activity', async () => {
    const el = await form();
    await fill(el, { ...walk, mode: 'hybrid', locName: '', locAddress: '', locCity: '', allDay: true, dates: [{ day: '2026-06-05', start: '', end: '', lastDay: '2026-06-03' }] });
    await submit(el);
    expect(errorOf(el, 'loc-name')).to.contain('Vul de naam van de locatie in.');
    expect(errorOf(el, 'loc-address')).to.contain('straat en het huisnummer');
    expect(errorOf(el, 'loc-city')).to.contain('Vul de plaats in.');
    expect(errorOf(el, 'online-url')).to.contain('Vul de link naar de online activiteit in.');
    expect(errorOf(el, 'lastday-0')).to.contain('De laatste dag moet na de eerste dag liggen.');
    await click(el, 'input[name=mode][value=online]');
    expect($(el, '#loc-name')).to.equal(null);
    await type(el, 'online-url', 'https://meet.voorbeeld.nl/wandelen');
    await type(el, 'lastday-0', '2026-06-06');
    await submit(el);
    expect([...root(el).querySelectorAll('.error-summary a')].map((a) => (a as HTMLAnchorElement).hash)).to.deep.equal([]);
    await sent(el);
    const body = bodyOf(posts(api)[0]!);
    expect(body).to.include({ mode: 'online', allDay: true, onlineUrl: 'https://meet.voorbeeld.nl/wandelen', location: null });
    expect(body.start).to.equal('2026-06-05T00:00:00+02:00');
    expect(body.end).to.equal('2026-06-06T23:59:00+02:00');
  });

  it('takes an evening that ends at midnight as ending at the end of its day', async () => {
    const el = await form();
    await fill(el, { ...walk, dates: [{ day: '2026-06-05', start: '20:00', end: '00:00', lastDay: '' }] });
    await submit(el);
    await sent(el);
    expect(bodyOf(posts(api)[0]!)).to.include({ start: '2026-06-05T20:00:00+02:00', end: '2026-06-06T00:00:00+02:00' });
  });

  it('takes up to 10 dates of the same activity and sends them as recurrence dates', async () => {
    const el = await form();
    const dates = Array.from({ length: 10 }, (_, i) => ({ day: `2026-06-${String(i + 1).padStart(2, '0')}`, start: '10:00', end: '11:00', lastDay: '' }));
    await fill(el, { ...walk, dates });
    expect($(el, '.add-date')).to.equal(null);
    expect(text(el)).to.contain('Je kunt 10 datums aanmelden');
    await type(el, 'end-3', '09:00');
    await submit(el);
    expect(errorOf(el, 'end-3')).to.contain('na de begintijd');
    expect(text($(el, '.error-summary'))).to.contain('Datum 4: De eindtijd moet na de begintijd liggen.');
    await type(el, 'end-3', '11:00');
    await submit(el);
    await sent(el);
    const body = bodyOf(posts(api)[0]!);
    expect(body.recurrenceDates).to.have.length(9);
    expect((body.recurrenceDates as { start: string }[])[8]!.start).to.equal('2026-06-10T10:00:00+02:00');
  });

  it('after the first submit checks a field again when the user leaves it', async () => {
    const el = await form();
    await submit(el);
    expect(errorOf(el, 'title')).to.not.equal('');
    $(el, '#title').focus();
    await type(el, 'title', 'Wandelen in het park');
    // Still shown while typing; gone on leaving the field.
    expect(errorOf(el, 'title')).to.not.equal('');
    $(el, '#description').focus();
    await el.updateComplete;
    expect(errorOf(el, 'title')).to.equal('');
    expect(errorOf(el, 'description')).to.not.equal('');
  });

  it('does not lose a click when leaving a field makes its message go away', async () => {
    const el = await form();
    await submit(el);
    $(el, '#description').focus();
    await type(el, 'description', 'Een rustige wandeling van een uur. (voorbeeld)');
    // The description's message goes when it is left: the box below must still get the click.
    $(el, 'input[name=audiences][value=ouders]').scrollIntoView({ block: 'center' });
    const box = $(el, 'input[name=audiences][value=ouders]').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await until(() => errorOf(el, 'description') === '', 1000, 'the message to go');
    await el.updateComplete;
    expect($(el, 'input[name=audiences][value=ouders]').checked).to.equal(true);
  });

  it('after the first submit checks a box, a radio or a choice at once, and drops the messages of fields that went away', async () => {
    const el = await form();
    await click(el, 'input[name=mode][value=onsite]');
    await submit(el);
    expect(errorOf(el, 'loc-name')).to.not.equal('');
    await type(el, 'type', 'wandeling');
    expect(errorOf(el, 'type')).to.equal('');
    await click(el, 'input[name=audiences][value=ouders]');
    expect(errorOf(el, 'audiences')).to.equal('');
    await click(el, 'input[name=mode][value=online]');
    expect([...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')].map((a) => a.hash)).to.not.include('#loc-name');
    expect(errorOf(el, 'mode')).to.equal('');
  });

  it('counts the characters of the description as the user types', async () => {
    const el = await form();
    await type(el, 'description', 'Twintig tekens lang!');
    expect($(el, '.count').textContent).to.equal('Je kunt nog 4980 tekens typen');
    await type(el, 'description', 'x'.repeat(5002));
    expect($(el, '.count').textContent).to.equal('Je hebt 2 tekens te veel');
  });

  it('fills in the province from the postcode, and leaves a province the user chose', async () => {
    const el = await form();
    await click(el, 'input[name=mode][value=onsite]');
    await type(el, 'loc-postcode', '3512 ab');
    $(el, '#loc-postcode').dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await until(() => $<HTMLSelectElement>(el, '#loc-province').value === 'utrecht', 2000, 'the province');
    expect(api.calls.some((c) => c.url.pathname.endsWith('/geocode') && c.url.searchParams.get('q') === '3512 ab')).to.equal(true);
    await type(el, 'loc-province', 'gelderland');
    await type(el, 'loc-postcode', '3512 AC');
    $(el, '#loc-postcode').dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    // The answer (utrecht) comes and must change nothing: wait for the question, then a sleep on
    // purpose for its answer to land (it would have filled in the province by then).
    await until(() => api.calls.some((c) => c.url.pathname.endsWith('/geocode') && c.url.searchParams.get('q') === '3512 AC'), 2000, 'the second postcode asked for');
    await new Promise((r) => setTimeout(r, 50));
    expect($<HTMLSelectElement>(el, '#loc-province').value).to.equal('gelderland');
  });

  it('keeps the draft as the user types and restores it with a notice; "Begin opnieuw" empties the form', async () => {
    const first = await form();
    await type(first, 'title', 'Wandelen in het park');
    await click(first, 'input[name=audiences][value=ouders]');
    first.remove();
    const el = await form();
    expect($(el, '#title').value).to.equal('Wandelen in het park');
    expect($(el, 'input[value=ouders]').checked).to.equal(true);
    expect(text($(el, '.notice'))).to.contain('We hebben teruggezet wat je eerder invulde');
    await expectAccessible(el);
    await click(el, '.notice button');
    expect($(el, '#title').value).to.equal('');
    expect($(el, '.notice')).to.equal(null);
    expect(localStorage.getItem(`mm:form-draft:${CAMPAIGN}`)).to.equal(null);
    // Another campaign has its own draft.
    const other = await form({ campaign: 'andere-campagne' });
    expect($(other, '.notice')).to.equal(null);
  });

  it('sends a restored draft with the key kept in it; "Begin opnieuw" starts a report with a new key', async () => {
    saveDraft(CAMPAIGN, { ...emptyValues(), ...walk }, 'draft-key-0001');
    const el = await form();
    await submit(el);
    await sent(el);
    expect(keyOf(posts(api)[0]!)).to.equal('draft-key-0001');
    saveDraft(CAMPAIGN, { ...emptyValues(), ...walk }, 'draft-key-0002');
    const again = await form();
    await click(again, '.notice button');
    await fill(again);
    await submit(again);
    await sent(again);
    expect(keyOf(posts(api)[1]!)).to.not.be.oneOf(['draft-key-0001', 'draft-key-0002']);
  });

  it('sends the report once with its key, token and language, confirms with the reference and fires mm-submitted', async () => {
    const el = await form();
    await fill(el);
    const event = oneEvent(el, 'mm-submitted');
    await submit(el);
    const e = await event;
    expect(e.detail).to.deep.equal({ reference: 'MM-2026-000042' });
    expect(e.bubbles && e.composed).to.equal(true);
    await sent(el);
    const [post] = posts(api);
    const body = bodyOf(post!);
    expect(body).to.include({ title: walk.title, type: 'wandeling', mode: 'onsite', lang: 'nl', token: 'token-1', campaign: CAMPAIGN, website: '', contactName: 'Sam de Vries', price: 0 });
    expect(body.start).to.equal('2026-06-02T14:00:00+02:00');
    expect(body.location).to.deep.include({ name: 'Buurthuis De Voorbeeldlinde', postcode: '3512 AB', city: 'Utrecht' });
    expect(keyOf(post!)).to.match(/^[A-Za-z0-9_.:-]{8,100}$/);
    const heading = $<HTMLElement>(el, '.done-heading');
    expect(root(el).activeElement).to.equal(heading);
    expect(text(el)).to.contain('MM-2026-000042');
    expect(text(el)).to.contain('binnen 2 werkdagen');
    expect(text(el)).to.contain('wijzigen of afzeggen');
    expect(text(el)).to.contain('Buurthuis De Voorbeeldlinde');
    expect(localStorage.getItem(`mm:form-draft:${CAMPAIGN}`)).to.equal(null);
    await expectAccessible(el);
  });

  it('shows a busy button while sending and sends once on a double click', async () => {
    api.on('/submissions', { status: 201, body: receipt, delay: 300 });
    const el = await form();
    await fill(el);
    await submit(el);
    await submit(el);
    const button = $<HTMLButtonElement>(el, 'button[type=submit]');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.contain('Bezig met versturen');
    expect(el.getAttribute('state')).to.equal('sending');
    await expectAccessible(el);
    await sent(el);
    expect(posts(api)).to.have.length(1);
  });

  it('puts the server field errors (422) on their fields', async () => {
    api.on('/submissions', {
      status: 422,
      body: { errors: [{ path: 'organizer.name', code: 'plain_text', message: 'x' }, { path: 'recurrenceDates.0.end', code: 'end_before_start', message: 'x' }] },
    });
    const el = await form();
    await fill(el, { ...walk, dates: [...walk.dates!, { day: '2026-06-03', start: '10:00', end: '11:00', lastDay: '' }] });
    await submit(el);
    await until(() => !!root(el).querySelector('.error-summary'), 2000, 'the summary');
    expect(errorOf(el, 'org-name')).to.contain('gewone tekst');
    expect(errorOf(el, 'end-1')).to.contain('na de begintijd');
    expect(root(el).activeElement).to.equal($(el, '.error-summary'));
  });

  for (const code of ['too_fast', 'invalid_token', 'token_used']) {
    it(`renews the form token and sends again by itself on ${code}`, async () => {
      timing.minFillMs = 20;
      let n = 0;
      api.on('/submissions/token', () => ({ body: { token: `token-${++n}` } }));
      let tries = 0;
      api.on('/submissions', () => (++tries === 1 ? { status: 422, body: { errors: [{ path: 'token', code, message: 'x' }] } } : { status: 201, body: receipt }));
      const el = await form();
      await fill(el);
      await submit(el);
      await sent(el);
      const [a, b] = posts(api);
      expect(posts(api)).to.have.length(2);
      expect(keyOf(a!)).to.equal(keyOf(b!));
      expect(bodyOf(b!).token).to.equal(code === 'too_fast' ? 'token-1' : 'token-2');
      expect(root(el).querySelector('.error-summary')).to.equal(null);
    });
  }

  it('says in words when to try again after too many reports (429)', async () => {
    api.on('/submissions', { status: 429, headers: { 'retry-after': '30' }, body: { errors: [{ path: '', code: 'rate_limited', message: 'x' }] } });
    const el = await form();
    await fill(el);
    await submit(el);
    await until(() => !!root(el).querySelector('.failure'), 2000, 'the message');
    expect(text($(el, '.failure'))).to.contain('Probeer het over 30 seconden opnieuw');
    expect($(el, '#title').value).to.equal(walk.title);
  });

  it('keeps everything when the network fails, offers to try again, and sends once more with the same key when back online', async () => {
    let tries = 0;
    api.on('/submissions', () => (++tries === 1 ? { networkError: true } : { status: 201, body: receipt }));
    const el = await form();
    await fill(el);
    // The webmaster learns once, in the console, that the API could not be reached.
    const seen = await ourWarnings(async () => {
      await submit(el);
      await until(() => el.getAttribute('state') === 'error', 2000, 'the failure');
    });
    expect(seen.join()).to.contain('could not reach');
    const failure = $<HTMLElement>(el, '.failure');
    expect(text(failure)).to.contain('Je melding is nog niet verstuurd');
    expect(text(failure)).to.contain('Je raakt niets kwijt');
    expect(failure.querySelector('button')!.textContent).to.contain('Opnieuw versturen');
    expect(root(el).activeElement).to.equal(failure.querySelector('p'));
    expect($(el, '#title').value).to.equal(walk.title);
    expect(localStorage.getItem(`mm:form-draft:${CAMPAIGN}`)).to.contain(walk.title);
    await expectAccessible(el);
    window.dispatchEvent(new Event('online'));
    await sent(el);
    const [a, b] = posts(api);
    expect(posts(api)).to.have.length(2);
    expect(keyOf(b!)).to.equal(keyOf(a!));
    // Once: another online event sends nothing more (a sleep on purpose: time for a request that must not come).
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 50));
    expect(posts(api)).to.have.length(2);
  });

  it('the server down while the browser is online: it says when it tries again, and sends by itself (same key), without taking focus', async () => {
    let tries = 0;
    api.on('/submissions', () => (++tries <= 2 ? { status: 503, body: { errors: [] } } : { status: 201, body: receipt }));
    const saved = timing.retrySeconds;
    timing.retrySeconds = [0.2, 20];
    try {
      const el = await form();
      await fill(el);
      await ourWarnings(() => submit(el));
      await until(() => el.getAttribute('state') === 'error', 2000, 'the failure');
      expect(text($(el, '.failure'))).to.contain('We proberen het over 0.2 seconden nog een keer vanzelf.');
      await expectAccessible(el);
      // The visitor goes on typing while it waits: the try by itself keeps their focus there.
      $(el, '#title').focus();
      await until(() => tries === 2 && /over 20 seconden/.test(text($(el, '.failure'))), 3000, 'the second try, by itself');
      expect(root(el).activeElement?.id).to.equal('title');
      $<HTMLButtonElement>(el, '.failure button').click();
      await sent(el);
      expect(posts(api)).to.have.length(3);
      expect(new Set(posts(api).map(keyOf)).size).to.equal(1);
    } finally {
      timing.retrySeconds = saved;
    }
  });

  it('never submits a form of the host page around it on Enter', async () => {
    const host = await fixture<HTMLFormElement>(html`<form action="/elders"><mm-activity-form api=${API} campaign=${CAMPAIGN}></mm-activity-form></form>`);
    let submits = 0;
    host.addEventListener('submit', (e) => {
      submits++;
      e.preventDefault();
    });
    const el = host.querySelector('mm-activity-form')!;
    await el.updateComplete;
    $(el, '#title').focus();
    await sendKeys({ type: 'Wandelen' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(submits).to.equal(0);
    expect($(el, '#title').value).to.equal('Wandelen');
  });

  it('has a honeypot that people do not see, hear or reach', async () => {
    const el = await form();
    const trap = $(el, '#website');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    expect(trap.closest('[aria-hidden=true]')).to.not.equal(null);
    expect(trap.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
  });
});
