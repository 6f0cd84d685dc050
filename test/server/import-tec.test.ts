import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Db } from '../../server/db/db.js';
import { htmlToText } from '../../server/import/html-text.js';
import { importTec, mapTecEvent, tecId, type TecPage } from '../../server/import/tec.js';
import { getActivity } from '../../server/store/activities.js';
import { openTestDb } from './helpers/db.js';

const SITE = 'https://voorbeeld.example';
const NOW = new Date('2026-11-23T12:00:00Z');
const fixture = (n: number): TecPage => JSON.parse(readFileSync(new URL(`./fixtures/tec-page-${n}.json`, import.meta.url), 'utf8')) as TecPage;

/** A fetch that serves the fixture pages and records the URLs asked for. */
function fakeSite(pages: TecPage[]) {
  const asked: string[] = [];
  const fetchImpl = (async (input: string | URL | Request) => {
    const url = String(input);
    asked.push(url);
    const page = Number(new URL(url).searchParams.get('page'));
    const body = pages[page - 1];
    return body ? new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }) : new Response('{"code":"rest_invalid"}', { status: 404 });
  }) as typeof fetch;
  return { asked, fetchImpl };
}

describe('mapping one event', () => {
  const [walk, webinar] = fixture(1).events;
  const [openDay, broken] = fixture(2).events;
  test('plain text title and description, times from UTC in Amsterdam, venue, organizer, type, audience, price', () => {
    const m = mapTecEvent(walk!, SITE, NOW);
    assert.ok(m.ok);
    const a = m.activity;
    assert.equal(a.id, tecId(SITE, 101));
    assert.equal(a.title, 'Wandelen tegen somberheid – samen & buiten');
    assert.equal(a.description, 'Een rustige wandeling van een uur.\n\nKoffie na afloop € 0,–. Meld je aan via de site.');
    assert.equal(a.start, '2026-06-02T10:00:00+02:00');
    assert.equal(a.end, '2026-06-02T11:30:00+02:00');
    assert.equal(a.type, 'wandeling');
    assert.deepEqual(a.audiences, ['jongeren']);
    assert.equal(a.price, 0);
    assert.equal(a.registrationUrl, 'https://voorbeeld.example/aanmelden/101');
    assert.deepEqual(a.organizer, { name: 'Voorbeeld Welzijn Groningen', url: 'https://welzijn.voorbeeld.example/' });
    assert.deepEqual(a.location, { name: 'Stadspark Paviljoen', address: 'Parklaan 1', postcode: '9724 AA', city: 'Groningen', municipality: 'Groningen', province: 'groningen', lat: 53.2, lon: 6.55 });
    assert.equal(a.updatedAt, '2026-04-12T10:00:00+02:00');
    assert.equal(a.sample, false);
  });
  test('online event across the October clock change; price from cost_details', () => {
    const m = mapTecEvent(webinar!, SITE, NOW);
    assert.ok(m.ok);
    assert.equal(m.activity.start, '2026-10-25T01:30:00+02:00');
    assert.equal(m.activity.end, '2026-10-25T03:30:00+01:00');
    assert.equal(m.activity.mode, 'online');
    assert.equal(m.activity.location, null);
    assert.equal(m.activity.type, 'webinar');
    assert.deepEqual(m.activity.audiences, ['werkgevers']);
    assert.equal(m.activity.price, 12.5);
    assert.equal(m.activity.registrationUrl, 'https://voorbeeld.example/event/webinar-werkstress/', 'empty website falls back to the event URL');
    assert.equal(m.activity.organizer.name, 'voorbeeld.example');
  });
  test('all-day multi-day event, cancelled, province from the city, unsafe URL refused', () => {
    const m = mapTecEvent(openDay!, SITE, NOW);
    assert.ok(m.ok);
    assert.equal(m.activity.allDay, true);
    assert.equal(m.activity.start, '2026-06-05T00:00:00+02:00');
    assert.equal(m.activity.end, '2026-06-07T00:00:00+02:00');
    assert.equal(m.activity.status, 'cancelled');
    assert.equal(m.activity.location?.province, 'friesland');
    assert.equal(m.activity.location?.postcode, null);
    assert.equal(m.activity.registrationUrl, 'https://voorbeeld.example/event/open-dag/');
    assert.equal(m.activity.description, 'Kom langs en maak kennis.');
    assert.equal(m.activity.organizer.name, 'Voorbeeld Inloophuis & Co');
    assert.equal(m.activity.type, 'open-dag');
  });
  test('an event without title or dates is skipped with a reason', () => {
    const m = mapTecEvent(broken!, SITE, NOW);
    assert.equal(m.ok, false);
  });
  test('htmlToText drops scripts, decodes numeric entities, never returns markup', () => {
    assert.equal(htmlToText('<p>A&#x2019;s <em>b</em></p><style>p{}</style>'), 'A’s b');
    assert.doesNotMatch(htmlToText('&lt;script&gt;x&lt;/script&gt;'), /<\s*[a-z/]/i);
  });
});

describe('importing a site', () => {
  let db: Db;
  before(async () => {
    db = await openTestDb();
  });
  after(() => db.close());

  test('pages through next_rest_url, upserts, and a re-run changes nothing', async () => {
    const site = fakeSite([fixture(1), fixture(2)]);
    const first = await importTec(SITE, db, { fetch: site.fetchImpl, now: NOW });
    assert.deepEqual(site.asked, [`${SITE}/wp-json/tribe/events/v1/events?per_page=50&page=1`, `${SITE}/wp-json/tribe/events/v1/events?per_page=50&page=2`]);
    assert.deepEqual({ ...first, skipped: first.skipped.map((s) => s.id) }, { pages: 2, inserted: 3, updated: 0, unchanged: 0, skipped: [104], flagged: [] });
    const again = await importTec(SITE, db, { fetch: fakeSite([fixture(1), fixture(2)]).fetchImpl, now: NOW });
    assert.deepEqual([again.inserted, again.updated, again.unchanged], [0, 0, 3]);
    assert.equal((await getActivity(db, tecId(SITE, 101)))?.sequence, 0);
  });
  test('a changed event gets a higher sequence', async () => {
    const changed = fixture(1);
    changed.events[0]!.title = 'Wandelen tegen somberheid (nieuwe tijd)';
    changed.events[0]!.utc_start_date = '2026-06-02 09:00:00';
    const s = await importTec(SITE, db, { fetch: fakeSite([changed, fixture(2)]).fetchImpl, now: NOW });
    assert.deepEqual([s.inserted, s.updated, s.unchanged], [0, 1, 2]);
    const a = await getActivity(db, tecId(SITE, 101));
    assert.equal(a?.sequence, 1);
    assert.equal(a?.start, '2026-06-02T11:00:00+02:00');
    assert.equal(a?.updatedAt, '2026-11-23T13:00:00+01:00');
  });
  test('a site without the plugin is an error, not a silent success', async () => {
    await assert.rejects(importTec('https://geen-tec.example', db, { fetch: fakeSite([]).fetchImpl, now: NOW }), /HTTP 404/);
  });
});
