/**
 * Issue 14, points 1, 2 and 4: one activity leaves the project in many shapes (JSON, the
 * `.ics` feed and single `.ics`, Google / Outlook.com / Microsoft 365 links, JSON-LD, the
 * widgets' days) and every shape must say the same thing. The inputs are what partners
 * really send through the form: all-day activities ending at 23:59, at 00:00 the next day
 * or on their start; a hybrid talk; an online webinar. Names are fictional.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import type { Activity, SubmissionInput } from '../../src/contract/schema.js';
import { activityDays, calendarLinks, eventJsonLd } from '../../src/core/activities.js';
import { addDays } from '../../src/core/dates.js';
import { sampleActivities } from '../../server/sample/activities.js';
import { cancelDates } from '../../server/store/revisions.js';
import { issueToken } from '../../server/form-token.js';
import { NOW, SECRET } from './helpers/app.js';
import { fileApp } from './helpers/file-app.js';
import { validSubmission } from './helpers/submission.js';

const file = fileApp({ rateLimit: false });

let n = 0;
/** Through the form and the moderation page, as a partner's activity really arrives. */
async function publish(input: Partial<SubmissionInput>): Promise<Activity> {
  return (await publishSubmission(input)).activity;
}
async function publishSubmission(input: Partial<SubmissionInput>): Promise<{ reference: string; activity: Activity }> {
  const res = await file.t.request('/api/v1/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `calendar-outputs-${++n}` },
    body: JSON.stringify(validSubmission({ ...input, token: issueToken(SECRET, new Date(NOW.getTime() - 10_000)) })),
  });
  const body = (await res.json()) as { reference: string };
  assert.equal(res.status, 201, JSON.stringify(body));
  const ok = await file.t.admin(`/submissions/${body.reference}/approve`, { method: 'POST' });
  assert.equal(ok.status, 200, await ok.clone().text());
  const { activity } = (await ok.json()) as { activity: Activity };
  return { reference: body.reference, activity: (await file.t.json<Activity>(`/api/v1/activities/${activity.id}`)).body };
}

/** The events of a calendar, its VTIMEZONE registered so that times convert to instants. */
function parseIcs(text: string): ICAL.Component[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return cal.getAllSubcomponents('vevent');
}
const ics = async (a: Activity) => parseIcs(await (await file.t.request(`/api/v1/activities/${a.id}.ics`)).text())[0]!;
const param = (url: string, name: string) => new URL(url).searchParams.get(name);
const base = 'https://api.voorbeeld.nl/api/v1';

const openDay = {
  title: 'Open dag inloophuis De Kapstok (voorbeeld)',
  type: 'open-dag' as const,
  allDay: true,
  location: { name: 'Inloophuis De Kapstok (voorbeeld)', address: 'Voorbeeldstraat 12', postcode: '8011 AB', city: 'Zwolle', municipality: 'Zwolle', province: 'overijssel' as const, lat: null, lon: null },
};

// The shapes partners send for "all day Tuesday 8 June 2027" and for "Thursday to Saturday".
const SHAPES: [what: string, input: Partial<SubmissionInput>, first: string, last: string][] = [
  ['end 23:59 the same day', { start: '2027-06-08T00:00:00+02:00', end: '2027-06-08T23:59:00+02:00' }, '2027-06-08', '2027-06-08'],
  ['end 00:00 the next day', { start: '2027-06-08T00:00:00+02:00', end: '2027-06-09T00:00:00+02:00' }, '2027-06-08', '2027-06-08'],
  ['end equal to the start', { start: '2027-06-08T00:00:00+02:00', end: '2027-06-08T00:00:00+02:00' }, '2027-06-08', '2027-06-08'],
  ['three days, end 23:59:59 on the last', { start: '2027-06-10T00:00:00+02:00', end: '2027-06-12T23:59:59+02:00' }, '2027-06-10', '2027-06-12'],
  ['a time of day on a whole-day activity', { start: '2027-06-10T09:00:00+02:00', end: '2027-06-11T17:00:00+02:00' }, '2027-06-10', '2027-06-11'],
];

describe('one model of an all-day activity (point 1)', () => {
  for (const [what, input, first, last] of SHAPES) {
    test(`${what}: JSON, .ics, links, JSON-LD and the widgets agree on ${first}–${last}`, async () => {
      const a = await publish({ ...openDay, ...input });
      const after = (d: string) => new Date(Date.parse(`${d}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      // The contract: first and last day inclusive, and one stored form of start/end.
      assert.equal(a.firstDay, first);
      assert.equal(a.lastDay, last);
      assert.equal(a.start.slice(0, 19), `${first}T00:00:00`);
      assert.equal(a.end.slice(0, 19), `${after(last)}T00:00:00`);
      // iCalendar: DATE values with an exclusive end, never a zero-length event.
      const ev = await ics(a);
      const s = ev.getFirstPropertyValue('dtstart') as ICAL.Time;
      const e = ev.getFirstPropertyValue('dtend') as ICAL.Time;
      assert.equal(s.isDate && e.isDate, true, 'DATE values');
      assert.equal(s.toString(), first);
      assert.equal(e.toString(), after(last));
      // The links send dates, the end exclusive (as add-to-calendar-button does).
      const links = calendarLinks(base, a);
      assert.equal(param(links.google, 'dates'), `${first.replace(/-/g, '')}/${after(last).replace(/-/g, '')}`);
      assert.equal(param(links.google, 'ctz'), null, 'no time zone on dates');
      for (const ms of [links.outlook, links.office365]) {
        assert.equal(param(ms, 'startdt'), first);
        assert.equal(param(ms, 'enddt'), after(last));
        assert.equal(param(ms, 'allday'), 'true');
      }
      // schema.org: dates, the last day inclusive.
      const ld = eventJsonLd(a);
      assert.equal(ld.startDate, first);
      assert.equal(ld.endDate, last);
      // The widgets list it under exactly those days.
      const days = activityDays(a);
      assert.equal(days[0], first);
      assert.equal(days.at(-1), last);
    });
  }
});

describe('calendar links as the receiving apps read them (point 2)', () => {
  test('Google, Outlook.com and Microsoft 365; spaces are %20; hybrid and online carry the online address', async () => {
    const hybrid = await publish({
      title: 'Lezing: rouw en verlies bij jongeren',
      type: 'lezing',
      mode: 'hybrid',
      onlineUrl: 'https://voorbeeld.nl/live/rouw-en-verlies',
      registrationUrl: 'https://voorbeeld.nl/aanmelden?activiteit=rouw en verlies',
      start: '2027-06-09T19:30:00+02:00',
      end: '2027-06-09T21:00:00+02:00',
    });
    const links = calendarLinks(base, hybrid);
    assert.match(links.google, /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&/);
    assert.match(links.outlook, /^https:\/\/outlook\.live\.com\/calendar\/0\/action\/compose\?rru=addevent&/);
    assert.match(links.office365, /^https:\/\/outlook\.office\.com\/calendar\/0\/action\/compose\?rru=addevent&/);
    for (const url of [links.google, links.outlook, links.office365]) {
      assert.ok(!new URL(url).search.includes('+'), `no + for a space: ${url}`);
      assert.ok(new URL(url).search.includes('Lezing%3A%20rouw%20en%20verlies'), url);
    }
    assert.equal(param(links.google, 'dates'), '20270609T173000Z/20270609T190000Z');
    assert.equal(param(links.outlook, 'startdt'), '2027-06-09T17:30:00Z');
    assert.equal(param(links.outlook, 'enddt'), '2027-06-09T19:00:00Z');
    assert.equal(param(links.outlook, 'allday'), null);
    assert.match(param(links.google, 'location')!, /Parkpaviljoen.*Utrecht/);
    for (const text of [param(links.google, 'details'), param(links.outlook, 'body'), param(links.office365, 'body')]) {
      assert.ok(text!.includes('https://voorbeeld.nl/live/rouw-en-verlies'), 'hybrid: the online address is in the entry');
    }
    const icsText = String((await ics(hybrid)).getFirstPropertyValue('description'));
    assert.ok(icsText.includes('https://voorbeeld.nl/live/rouw-en-verlies'), 'and in the .ics');

    const webinar = await publish({
      title: 'Webinar: slapen en piekeren',
      type: 'webinar',
      mode: 'online',
      location: null,
      onlineUrl: 'https://voorbeeld.nl/webinar/slapen',
    });
    const w = calendarLinks(base, webinar);
    assert.equal(param(w.google, 'location'), 'https://voorbeeld.nl/webinar/slapen');
    assert.ok(param(w.outlook, 'body')!.includes('https://voorbeeld.nl/webinar/slapen'));
  });
});

// Google Search Central, "Event (Event, EducationEvent) structured data": required name,
// startDate, location (Place with address, or VirtualLocation with url); recommended
// description, endDate, eventAttendanceMode, eventStatus, organizer (name, url), offers
// (price, priceCurrency, availability, url). `image` and `performer` are recommended too,
// but activities have neither; inventing them would mislead.
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
type Ld = Record<string, unknown>;

function googleEventProblems(ld: Ld, a: Activity): string[] {
  const p: string[] = [];
  const need = (ok: unknown, what: string) => void (ok ? 0 : p.push(what));
  need(ld['@type'] === 'Event' && ld['@context'] === 'https://schema.org', '@type/@context');
  need(typeof ld.name === 'string' && ld.name, 'name');
  need(typeof ld.description === 'string' && ld.description, 'description');
  const dateRe = a.allDay ? DATE : DATETIME;
  need(dateRe.test(String(ld.startDate)), `startDate ${String(ld.startDate)}`);
  need(dateRe.test(String(ld.endDate)), `endDate ${String(ld.endDate)}`);
  need(String(ld.endDate) >= String(ld.startDate).slice(0, String(ld.endDate).length), 'endDate after startDate');
  const locations = ([] as Ld[]).concat((ld.location as Ld | Ld[] | undefined) ?? []);
  const place = locations.find((l) => l['@type'] === 'Place');
  const virtual = locations.find((l) => l['@type'] === 'VirtualLocation');
  const mode = { onsite: 'Offline', online: 'Online', hybrid: 'Mixed' }[a.mode];
  need(ld.eventAttendanceMode === `https://schema.org/${mode}EventAttendanceMode`, 'eventAttendanceMode');
  if (a.mode !== 'online') {
    const addr = place?.address as Ld | undefined;
    need(place && place.name && addr?.['@type'] === 'PostalAddress' && addr.addressLocality && addr.addressCountry === 'NL', 'Place with PostalAddress');
    need(addr?.addressRegion && (!a.location?.postcode || addr.postalCode === a.location.postcode), 'addressRegion and postalCode');
  } else need(!place, 'no Place for online');
  if (a.mode !== 'onsite') need(virtual && /^https:\/\//.test(String(virtual.url)), 'VirtualLocation with url');
  else need(!virtual, 'no VirtualLocation for onsite');
  need(ld.eventStatus === `https://schema.org/${a.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`, 'eventStatus');
  const org = ld.organizer as Ld | undefined;
  need(org?.['@type'] === 'Organization' && org.name === a.organizer.name, 'organizer');
  const offer = ld.offers as Ld | undefined;
  if (a.price !== null) {
    need(offer?.['@type'] === 'Offer' && offer.price === a.price && offer.priceCurrency === 'EUR', 'offers price');
    need(String(offer?.availability).startsWith('https://schema.org/'), 'offers availability');
    if (a.price === 0) need(ld.isAccessibleForFree === true, 'free');
  }
  if (a.registrationUrl) need(offer?.url === a.registrationUrl, 'offers url');
  return p;
}

describe('schema.org Event as Google requires it (point 4)', () => {
  test('every sample activity has Google’s required and recommended Event properties', () => {
    const all = sampleActivities('2026-11-23');
    const modes = new Set(all.map((a) => `${a.mode}/${a.status}/${a.allDay}/${a.price === 0}`));
    assert.ok(modes.size >= 10, 'the sample has every mode, status, all-day and free');
    for (const a of all) {
      const problems = googleEventProblems(eventJsonLd(a), a);
      assert.deepEqual(problems, [], `${a.id} (${a.mode}, ${a.status}, allDay ${a.allDay}): ${problems.join(', ')}`);
    }
  });
  test('through the API too: what the widgets read gives the same Event', async () => {
    const { body } = await file.t.json<{ items: Activity[] }>('/api/v1/activities?from=2027-06-07&to=2027-06-12&limit=200');
    assert.ok(body.items.length > 10);
    for (const a of body.items) assert.deepEqual(googleEventProblems(eventJsonLd(a), a), [], a.id);
  });
});

describe('every sample activity in the .ics feed (issue 14, done when)', () => {
  test('parses and round-trips start and end: sample activities and partners\' (all-day, multi-day, one per date, cancelled by the organiser)', async () => {
    // What partners add next to the sample: several dates in one form (one activity per date),
    // all day in each shape the form and the API send, and dates the organiser cancelled.
    const openDays = await publishSubmission({
      ...openDay,
      start: '2027-06-10T00:00:00+02:00',
      end: '2027-06-12T23:59:00+02:00',
      recurrenceDates: [
        { start: '2027-06-17T00:00:00+02:00', end: '2027-06-17T00:00:00+02:00' },
        { start: '2027-06-24T00:00:00+02:00', end: '2027-06-26T00:00:00+02:00' },
      ],
    });
    const walks = await publishSubmission({
      start: '2027-06-14T19:00:00+02:00',
      end: '2027-06-14T20:30:00+02:00',
      recurrenceDates: [{ start: '2027-06-21T19:00:00+02:00', end: '2027-06-21T20:30:00+02:00' }],
    });
    for (const [p, start] of [[openDays, '2027-06-17T00:00:00+02:00'], [walks, '2027-06-21T19:00:00+02:00']] as const) {
      assert.equal(await cancelDates(file.db, p.reference, [Date.parse(start)], NOW), true);
    }
    type Page = { items: Activity[]; nextCursor: string | null };
    const items: Activity[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const next: Page = (await file.t.json<Page>(`/api/v1/activities?from=2024-01-01&to=2030-12-31&limit=200${cursor ? `&cursor=${cursor}` : ''}`)).body;
      items.push(...next.items);
      cursor = next.nextCursor;
    }
    const text = await (await file.t.request('/api/v1/activities.ics?from=2024-01-01&to=2030-12-31&limit=1000')).text();
    // RFC 5545 3.1: lines end in CRLF and are folded at 75 octets.
    const lines = text.split('\r\n');
    assert.equal(lines.pop(), '', 'ends with CRLF');
    assert.deepEqual(lines.filter((l) => l.includes('\n') || l.includes('\r') || Buffer.byteLength(l) > 75), []);
    const events = new Map(parseIcs(text).map((e) => [String(e.getFirstPropertyValue('uid')), e]));
    assert.ok(items.length >= 400 && events.size === items.length, `${events.size} events for ${items.length} activities`);
    const ids = new Set(items.map((a) => a.id));
    const [o, w] = [openDays.activity.id, walks.activity.id];
    assert.ok([o, `${o}-2`, `${o}-3`, w, `${w}-2`].every((id) => ids.has(id)), 'every date of the partners\' activities is in the feed');
    const kinds = new Set(items.map((a) => `${a.allDay ? 'all-day' : 'timed'} ${a.allDay && a.firstDay !== a.lastDay ? 'multi-day' : ''} ${a.status}`));
    for (const kind of ['all-day multi-day scheduled', 'all-day  scheduled', 'all-day  cancelled', 'timed  cancelled']) assert.ok(kinds.has(kind), kind);
    for (const a of items) {
      const ev = events.get(`${a.id}@missiementaal.nl`)!;
      const s = ev.getFirstPropertyValue('dtstart') as ICAL.Time;
      const e = ev.getFirstPropertyValue('dtend') as ICAL.Time;
      assert.equal(ev.getFirstPropertyValue('status'), a.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED', a.id);
      if (a.allDay) {
        assert.ok(s.isDate && e.isDate, `${a.id}: DATE values`);
        assert.equal(s.toString(), a.firstDay, a.id);
        assert.equal(e.toString(), addDays(a.lastDay!, 1), `${a.id}: the day after the last`);
      } else {
        assert.equal(s.toUnixTime(), Date.parse(a.start) / 1000, a.id);
        assert.equal(e.toUnixTime(), Date.parse(a.end) / 1000, a.id);
      }
    }
  });
});
