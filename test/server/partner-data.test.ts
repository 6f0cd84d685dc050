/**
 * Issue 14, point 5: partner data is cleaned on the way in, by one normaliser that the
 * form endpoint, the moderation edits and the TEC import share. The TEC fixtures are shaped
 * like the plugin's REST output (`/wp-json/tribe/events/v1/events`): a current version
 * (6.x: UTC fields, statuses, `X-TEC-TotalPages`) and an older one (no UTC fields, a
 * fixed-offset site zone "UTC+1", pages only in the headers). Names are fictional.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Activity } from '../../src/contract/schema.js';
import type { AdminSubmission } from '../../src/contract/admin.js';
import { htmlToText } from '../../server/import/html-text.js';
import { importReport, importTec, mapTecEvent, tecId, type TecPage } from '../../server/import/tec.js';
import { postcodeOf, priceOf } from '../../server/normalise.js';
import { getActivity } from '../../server/store/activities.js';
import { issueToken } from '../../server/form-token.js';
import { NOW, SECRET } from './helpers/app.js';
import { fileApp } from './helpers/file-app.js';
import { validSubmission } from './helpers/submission.js';

const load = (name: string): TecPage => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as TecPage;
const TEC6 = 'https://www.welzijn-voorbeeld.nl';
const TEC4 = 'https://jeugdwerk-voorbeeld.nl';

/** A WordPress site: pages by number, TEC's paging headers, 400 past the last page (as TEC answers). */
function site(pages: TecPage[], total = pages.length) {
  const asked: string[] = [];
  const fetchImpl = (async (input: string | URL | Request) => {
    const url = new URL(String(input));
    asked.push(url.href);
    const body = pages[Number(url.searchParams.get('page')) - 1];
    if (!body) return new Response('{"code":"rest_invalid_param","message":"Invalid parameter(s): page"}', { status: 400 });
    const headers = { 'Content-Type': 'application/json; charset=UTF-8', 'X-TEC-Total': String(total * 7), 'X-TEC-TotalPages': String(total) };
    return new Response(JSON.stringify(body), { headers });
  }) as typeof fetch;
  return { asked, fetchImpl };
}

describe('one normaliser (point 5)', () => {
  test('Dutch postcodes in every spelling people type become 1234 AB', () => {
    for (const typed of ['3511AB', '3511ab', '3511 ab', ' 3511  AB ', '3511-AB', '3511.ab', '3511 Ab']) assert.equal(postcodeOf(typed), '3511 AB', typed);
    for (const not of ['0511 AB', '351 AB', '3511', 'B-1000', '3511 ABC', '']) assert.equal(postcodeOf(not), null, not);
  });
  test('cost texts in Dutch and English become a price (the lowest amount)', () => {
    const cases: [string, number | null][] = [
      ['Gratis', 0], ['gratis toegang', 0], ['Free', 0], ['€ 5,00', 5], ['€5', 5], ['5 – 10', 5], ['€5 - €10', 5], ['vanaf € 7,50', 7.5],
      ['12.50', 12.5], ['€ 1.250,00', 1250], ['&euro; 3,50', 3.5], ['Gratis (vrije gift € 5 welkom)', 0], ['Vrije gift', null], ['', null],
    ];
    for (const [text, price] of cases) assert.equal(priceOf(text), price, text);
  });
  test('HTML text: every named and numeric entity decoded (also double-encoded), markup stripped', () => {
    assert.equal(htmlToText('Caf&eacute; &ndash; &hellip; &rsquo;s &euml;n &#8364;&nbsp;5 &#x1F49A; &frac12; &Ccedil;&atilde;o &amp;amp; &AElig;'), 'Café – … ’s ën € 5 💚 ½ Ção & Æ');
    assert.equal(htmlToText('<p>Rust&hellip;</p><!-- wp:paragraph --><p>Meer &lt;b&gt;info&lt;/b&gt;</p>'), 'Rust…\nMeer info');
  });
});

const file = fileApp({ rateLimit: false });

describe('submissions and moderation use it', () => {

  test('the form: postcode spelled 1234 AB, province from the place, region in brackets understood', async () => {
    const location = { name: 'Buurthuis De Voorbeeldhoek', address: 'Oefenlaan 3', postcode: '7551jd', city: 'Hengelo (Gld)', municipality: null, province: null, lat: null, lon: null };
    const res = await file.t.request('/api/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'partner-data-1' },
      body: JSON.stringify(validSubmission({ location, token: issueToken(SECRET, new Date(NOW.getTime() - 10_000)) })),
    });
    const body = (await res.json()) as { reference: string };
    assert.equal(res.status, 201, JSON.stringify(body));
    const stored = (await (await file.t.admin(`/submissions/${body.reference}`)).json()) as AdminSubmission;
    assert.deepEqual([stored.input.location?.postcode, stored.input.location?.city, stored.input.location?.province], ['7551 JD', 'Hengelo', 'gelderland']);

    // A moderator's edit goes through the same normaliser: a province from the postcode.
    const edit = await file.t.admin(`/submissions/${body.reference}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ location: { ...location, postcode: '8011-ab', city: 'Voorbeelddorp', province: null } }),
    });
    const edited = (await edit.json()) as AdminSubmission;
    assert.equal(edit.status, 200, JSON.stringify(edited));
    assert.deepEqual([edited.input.location?.postcode, edited.input.location?.province], ['8011 AB', 'overijssel']);
    const approved = (await (await file.t.admin(`/submissions/${body.reference}/approve`, { method: 'POST' })).json()) as { activity: Activity };
    assert.equal(approved.activity.location?.postcode, '8011 AB', 'stored, shown and exported that way');
  });

  test('a moderator moving an activity to another place: the province (and municipality) of the new place, not the old one', async () => {
    const res = await file.t.request('/api/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'partner-data-2' },
      body: JSON.stringify(validSubmission({ token: issueToken(SECRET, new Date(NOW.getTime() - 10_000)) })),
    });
    const { reference } = (await res.json()) as { reference: string };
    const before = (await (await file.t.admin(`/submissions/${reference}`)).json()) as AdminSubmission;
    assert.equal(before.input.location?.province, 'utrecht');
    // As the moderation page sends it: the old location with the fields typed over it.
    const edit = await file.t.admin(`/submissions/${reference}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ location: { ...before.input.location, address: 'Voorbeeldstraat 12', postcode: '8011ab', city: 'Zwolle' } }),
    });
    const edited = (await edit.json()) as AdminSubmission;
    assert.equal(edit.status, 200, JSON.stringify(edited));
    assert.deepEqual([edited.input.location?.postcode, edited.input.location?.province, edited.input.location?.municipality], ['8011 AB', 'overijssel', null]);
  });
});

describe('TEC import from realistic REST output', () => {

  test('mapping a current-version event: text decoded, postcode, province from "Hengelo (Ov)", price from "€ 5,00"', () => {
    const m = mapTecEvent(load('tec6-page-1').events[0]!, TEC6, NOW);
    assert.ok(m.ok, JSON.stringify(m));
    const a = m.activity;
    assert.equal(a.title, 'Mindfulness & ontspanning – voor ouders');
    assert.equal(a.description, 'Even niets hoeven… Een avond over rust in je hoofd, voor ouders van tieners.\n\nZo’n avond start met thee. Café open vanaf 19:00 uur. Kosten: € 5,00 💚\n\nMeer info…');
    assert.equal(a.organizer.name, 'Voorbeeld Welzijn Twente & Co');
    assert.deepEqual([a.location?.postcode, a.location?.city, a.location?.province], ['7551 JD', 'Hengelo', 'overijssel']);
    assert.equal(a.price, 5);
    assert.equal(a.start, '2026-06-02T19:30:00+02:00');
  });

  test('an older plugin with a "UTC+1" site zone and no UTC fields: converted, not skipped', () => {
    const [evening] = load('tec4-page-1').events;
    const [winter, webinar] = load('tec4-page-2').events;
    const m = mapTecEvent(evening!, TEC4, NOW);
    assert.ok(m.ok, JSON.stringify(m));
    // 19:30 at UTC+1 is 18:30 UTC: 20:30 on Amsterdam's summer clock.
    assert.equal(m.activity.start, '2026-06-04T20:30:00+02:00');
    assert.equal(m.activity.end, '2026-06-04T22:00:00+02:00');
    assert.deepEqual([m.activity.location?.postcode, m.activity.location?.province, m.activity.price], ['8011 AB', 'overijssel', 0]);
    const w = mapTecEvent(winter!, TEC4, NOW);
    assert.ok(w.ok);
    assert.equal(w.activity.start, '2026-01-15T16:00:00+01:00', 'in winter UTC+1 is Amsterdam time');
    assert.equal(w.activity.price, 5);
    const o = mapTecEvent(webinar!, TEC4, NOW);
    assert.ok(o.ok);
    assert.equal(o.activity.start, '2026-06-06T17:00:00+02:00', 'UTC-5');
    assert.equal(o.activity.mode, 'online');
  });

  test('import: only published events, implausible dates refused, long ones flagged, addresses kept, a report', async () => {
    const s = site([load('tec6-page-1'), load('tec6-page-2')]);
    const first = await importTec(TEC6, file.db, { fetch: s.fetchImpl, now: NOW });
    assert.equal(first.pages, 2);
    assert.deepEqual(
      first.skipped.map((k) => [k.id, k.reason.replace(/ \(.*/, '').replace(/\d+ days/, 'N days')]),
      [[202, 'not published'], [203, 'not published'], [204, 'implausible dates: ends N days after it starts']],
    );
    assert.deepEqual([first.inserted, first.updated, first.unchanged], [5, 0, 0], 'event 201 on both pages is stored once');
    assert.deepEqual(first.flagged.map((f) => f.id), [205, 207]);
    assert.match(first.flagged[0]!.reason, /runs 57 days, until 2026-07-16/);

    const byId = async (n: number) => (await getActivity(file.db, tecId(TEC6, n)))!;
    assert.equal((await byId(206)).location?.province, 'overijssel', 'an unknown village gets its province from the coordinates');
    const village = (await byId(207)).location!;
    assert.deepEqual([village.name, village.address, village.city, village.province], ['Boerderij De Voorbeeldhoeve', 'Landweg 12', 'Voorbeeldgehucht', null], 'no province: the address stays');
    const film = await byId(208);
    assert.deepEqual([film.title, film.price, film.location?.city, film.location?.province, film.location?.postcode], ['Filmavond ‘Binnenstebuiten’ met nagesprek', 5, 'Bergen', 'noord-holland', '1861 KL']);
    assert.equal((await byId(205)).allDay, true);

    const report = importReport(TEC6, first);
    assert.match(report, /imported 5, updated 0, unchanged 0, skipped 3, to check 2/);
    assert.match(report, /skipped event 202: not published \(status draft\)/);
    assert.match(report, /check event 207: no province found for Voorbeeldgehucht/);

    // The same site written another way, with one event changed: an update, no duplicate.
    const p1 = load('tec6-page-1');
    p1.events[0]!.title = 'Mindfulness en ontspanning voor ouders (nieuwe zaal)';
    const again = await importTec('http://welzijn-voorbeeld.nl/', file.db, { fetch: site([p1, load('tec6-page-2')]).fetchImpl, now: NOW });
    assert.deepEqual([again.inserted, again.updated, again.unchanged], [0, 1, 4]);
    assert.equal((await byId(201)).sequence, 1);
  });

  test('an older plugin without next_rest_url: pages from the X-TEC-TotalPages header', async () => {
    const s = site([load('tec4-page-1'), load('tec4-page-2')]);
    const r = await importTec(TEC4, file.db, { fetch: s.fetchImpl, now: NOW });
    assert.equal(s.asked.length, 2);
    assert.equal(r.pages, 2);
    assert.deepEqual([r.inserted, r.skipped.length], [3, 0]);
  });
});
