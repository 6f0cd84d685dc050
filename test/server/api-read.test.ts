import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { Activity, ActivityPage, Campaign, Geocode, GeocodeSuggestions, WalkInList } from '../../src/contract/schema.js';
import type { Db } from '../../server/db/db.js';
import { cdnApp, siteApp } from '../../server/origins.js';
import { NOW, testApp } from './helpers/app.js';
import { openTestDb } from './helpers/db.js';

let db: Db;
let t: ReturnType<typeof testApp>;
before(async () => {
  db = await openTestDb();
  t = testApp(db);
});
after(() => db.close());

type Page = { items: Activity[]; nextCursor: string | null };
const page = async (qs: string) => {
  const { res, body } = await t.json<Page>(`/api/v1/activities?${qs}`);
  assert.equal(res.status, 200, JSON.stringify(body));
  assert.ok(ActivityPage.safeParse(body).success, 'answer matches the shared schema');
  return body;
};

describe('campaigns', () => {
  test('current: the running campaign, else the next upcoming one', async () => {
    const { body } = await t.json<Campaign>('/api/v1/campaigns/current');
    assert.equal(body.slug, 'week-van-de-mentale-gezondheid-2027', 'on 23 Nov 2026 the next one is June 2027');
    t.setNow(new Date('2026-06-03T10:00:00+02:00'));
    t.deps.cache.clear(); // the cached answer belongs to the other "today"
    assert.equal((await t.json<Campaign>('/api/v1/campaigns/current')).body.slug, 'week-van-de-mentale-gezondheid-2026');
    t.setNow(new Date('2027-07-01T10:00:00+02:00'));
    t.deps.cache.clear();
    const none = await t.request('/api/v1/campaigns/current');
    assert.equal(none.status, 404);
    t.setNow(NOW);
    t.deps.cache.clear();
  });
  test('by slug; malformed slug 400, unknown 404', async () => {
    const { res, body } = await t.json<Campaign>('/api/v1/campaigns/week-van-de-mentale-gezondheid-2026');
    assert.equal(res.status, 200);
    assert.ok(Campaign.safeParse(body).success);
    assert.equal(body.start, '2026-06-01');
    assert.equal(body.end, '2026-06-06');
    const bad = await t.json<{ errors: { path: string; code: string; message: string }[] }>('/api/v1/campaigns/Not_A_Slug!');
    assert.equal(bad.res.status, 400);
    assert.deepEqual(bad.body.errors.map((e) => [e.path, e.code]), [['slug', 'invalid_format']]);
    assert.equal(bad.body.errors[0]!.message, 'Dit heeft niet de goede vorm.');
    const en = await t.json<{ errors: { message: string }[] }>('/api/v1/campaigns/Not_A_Slug!', { headers: { 'Accept-Language': 'en-GB,en;q=0.8' } });
    assert.equal(en.body.errors[0]!.message, 'This is not in the right format.');
    assert.equal((await t.request('/api/v1/campaigns/bestaat-niet')).status, 404);
  });
});

describe('activities', () => {
  test('default: only what has not ended yet, ordered by start', async () => {
    const body = await page('limit=200');
    assert.ok(body.items.length > 50);
    for (const a of body.items) assert.ok(Date.parse(a.end) > NOW.getTime());
    const starts = body.items.map((a) => Date.parse(a.start));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });
  test('from/to select overlapping activities (dates in Amsterdam)', async () => {
    const body = await page('from=2026-06-03&to=2026-06-03&limit=200');
    assert.ok(body.items.length > 20);
    const dayStart = Date.parse('2026-06-03T00:00:00+02:00');
    const dayEnd = Date.parse('2026-06-04T00:00:00+02:00');
    for (const a of body.items) assert.ok(Date.parse(a.start) < dayEnd && Date.parse(a.end) > dayStart, a.id);
    const multi = (await page('from=2026-06-01&to=2026-06-06&limit=200')).items.concat((await page('from=2026-05-25&to=2026-06-30&limit=200')).items);
    assert.ok(multi.some((a) => Date.parse(a.end) - Date.parse(a.start) > 86_400_000), 'multi-day activities exist');
  });
  test('filters: audience, type, mode, region, campaign, organizer', async () => {
    const base = 'from=2025-01-01&to=2027-12-31&limit=200';
    const parents = (await page(`${base}&audience=ouders`)).items;
    assert.ok(parents.length > 0, 'audience=ouders finds some');
    for (const a of parents) assert.ok(a.audiences.includes('ouders') || a.audiences.includes('iedereen'));
    const types = (await page(`${base}&type=wandeling,sport`)).items;
    assert.ok(types.length > 0);
    for (const a of types) assert.ok(a.type === 'wandeling' || a.type === 'sport');
    const online = (await page(`${base}&mode=online`)).items;
    assert.ok(online.length > 0, 'mode=online finds some');
    for (const a of online) assert.equal(a.mode, 'online');
    const fr = (await page(`${base}&region=friesland`)).items;
    assert.ok(fr.length > 0);
    for (const a of fr) assert.equal(a.location?.province, 'friesland');
    // A province as people write it is that province ("Noord-Holland" gave nothing).
    const nh = (await page(`${base}&region=noord-holland`)).items.map((a) => a.id);
    assert.ok(nh.length > 0);
    for (const spelled of ['Noord-Holland', 'noord%20holland', 'NOORD_HOLLAND']) assert.deepEqual((await page(`${base}&region=${spelled}`)).items.map((a) => a.id), nh, spelled);
    assert.deepEqual((await page(`${base}&region=Frysl%C3%A2n`)).items.map((a) => a.id), fr.map((a) => a.id), 'Fryslân');
    const town = (await page(`${base}&region=LEEUWARDEN`)).items;
    assert.ok(town.length > 0);
    for (const a of town) assert.equal(a.location?.city, 'Leeuwarden');
    const week = (await page(`${base}&campaign=week-van-de-mentale-gezondheid-2026`)).items;
    assert.ok(week.length > 100);
    for (const a of week) assert.equal(a.campaign, 'week-van-de-mentale-gezondheid-2026');
    const org = (await page(`${base}&organizer=voorbeeld%20sportclub%20de%20loper`)).items;
    assert.ok(org.length > 0);
    for (const a of org) assert.equal(a.organizer.name, 'Voorbeeld Sportclub De Loper');
  });
  test('q: Dutch full-text search ignoring accents, case and word forms', async () => {
    const base = 'from=2025-01-01&to=2027-12-31&limit=200';
    const plain = (await page(`${base}&q=wandelen`)).items;
    assert.ok(plain.length > 0);
    assert.ok(plain.every((a) => /wandel/i.test(a.title + a.description)));
    const accented = (await page(`${base}&q=${encodeURIComponent('WANDÉLEN')}`)).items;
    assert.deepEqual(accented.map((a) => a.id), plain.map((a) => a.id));
    const prefix = (await page(`${base}&q=wand`)).items.map((a) => a.id);
    for (const id of plain.map((a) => a.id)) assert.ok(prefix.includes(id), 'a word start finds the whole word');
    const two = (await page(`${base}&q=${encodeURIComponent('wandelen utrecht')}`)).items;
    assert.ok(two.length > 0 && two.length < plain.length);
    assert.ok(two.every((a) => /utrecht/i.test(a.title + a.description + a.location?.city + a.organizer.name)));
    const none = (await page(`${base}&q=xylofoonorkest`)).items;
    assert.equal(none.length, 0);
  });
  test('cursor pagination walks every item once and is stable while items are added', async () => {
    const all = (await page('from=2026-06-02&to=2026-06-02&limit=200')).items;
    assert.ok(all.length > 20 && all.length < 200);
    const seen: string[] = [];
    let cursor: string | null = null;
    let first = true;
    do {
      const body: Page = await page(`from=2026-06-02&to=2026-06-02&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...body.items.map((a) => a.id));
      if (first) {
        // An activity added before the current position must not shift later pages.
        const { upsertActivity } = await import('../../server/store/activities.js');
        await db.transaction((tx) => upsertActivity(tx, { ...all[0]!, id: 'zz-added-early', start: all[0]!.start }, 'test', NOW));
        t.deps.changed();
        first = false;
      }
      cursor = body.nextCursor;
    } while (cursor);
    assert.deepEqual(seen.filter((id) => id !== 'zz-added-early'), all.map((a) => a.id));
    assert.equal(new Set(seen).size, seen.length, 'no duplicates');
    await db.query(`DELETE FROM activities WHERE id = 'zz-added-early'`);
    t.deps.changed();
  });
  test('invalid parameters are 400 with the error shape', async () => {
    for (const [qs, path, code] of [
      ['audience=katten', 'audience', 'invalid_value'],
      ['limit=0', 'limit', 'too_small'],
      ['limit=201', 'limit', 'too_big'],
      ['limit=abc', 'limit', 'invalid_type'],
      ['from=2026-13-45', 'from', 'invalid_format'],
      ['from=2026-06-05&to=2026-06-01', 'to', 'end_before_start'],
      ['cursor=bm9wZQ', 'cursor', 'invalid_cursor'],
      ['campaign=NOT%20A%20SLUG', 'campaign', 'invalid_format'],
    ] as const) {
      const { res, body } = await t.json<{ errors: { path: string; code: string; message: string }[] }>(`/api/v1/activities?${qs}`);
      assert.equal(res.status, 400, qs);
      assert.ok(body.errors.some((e) => e.path === path && e.code === code && e.message.length > 5), `${qs}: ${JSON.stringify(body)}`);
    }
  });
  test('one activity as JSON; unknown 404', async () => {
    const { body } = await t.json<Activity>('/api/v1/activities/vb-0001');
    assert.equal(body.id, 'vb-0001');
    assert.equal((await t.request('/api/v1/activities/nope')).status, 404);
  });
});

describe('ICS feeds', () => {
  const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
  test('feed: VTIMEZONE, stable UIDs, SEQUENCE, STATUS:CANCELLED, URL and LOCATION', async () => {
    const res = await t.request('/api/v1/activities.ics?from=2026-06-01&to=2026-06-06');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/calendar/);
    const cal = parse(await res.text());
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    assert.equal(tz.getFirstPropertyValue('tzid'), 'Europe/Amsterdam');
    const events = cal.getAllSubcomponents('vevent');
    assert.ok(events.length > 100);
    const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
    const json = (await page('from=2026-06-01&to=2026-06-06&limit=200')).items;
    const timed = json.find((a) => !a.allDay && a.location)!;
    const ev = byUid.get(`${timed.id}@missiementaal.nl`)!;
    assert.ok(ev, 'UID is <id>@missiementaal.nl');
    const dtstart = ev.getFirstProperty('dtstart')!;
    assert.equal(dtstart.getParameter('tzid'), 'Europe/Amsterdam');
    const start = ev.getFirstPropertyValue('dtstart') as ICAL.Time;
    assert.equal(start.toString().slice(0, 19), timed.start.slice(0, 19), 'wall time in Amsterdam');
    assert.ok(String(ev.getFirstPropertyValue('location')).includes(timed.location!.city));
    const cancelled = json.find((a) => a.status === 'cancelled')!;
    const cev = byUid.get(`${cancelled.id}@missiementaal.nl`)!;
    assert.equal(cev.getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal(cev.getFirstPropertyValue('sequence'), cancelled.sequence);
    const withUrl = json.find((a) => a.registrationUrl)!;
    assert.equal(byUid.get(`${withUrl.id}@missiementaal.nl`)!.getFirstPropertyValue('url'), withUrl.registrationUrl);
  });
  test('one event; all-day events are dates; the UID is the same on every request', async () => {
    const allDay = (await page('from=2026-01-01&to=2026-12-31&limit=200')).items.find((a) => a.allDay)!;
    const text1 = await (await t.request(`/api/v1/activities/${allDay.id}.ics`)).text();
    const ev = parse(text1).getFirstSubcomponent('vevent')!;
    assert.equal(ev.getFirstPropertyValue('uid'), `${allDay.id}@missiementaal.nl`);
    const start = ev.getFirstPropertyValue('dtstart') as ICAL.Time;
    assert.equal(start.isDate, true);
    assert.equal(start.toString(), allDay.start.slice(0, 10));
    assert.equal((await t.request('/api/v1/activities/nope.ics')).status, 404);
  });
});

describe('walk-ins and geocoding', () => {
  test('near=lat,lon: nearest first within the radius, with open state', async () => {
    const { res, body } = await t.json<{ items: { distanceKm: number; openNow: boolean; nextChange: { at: string } | null; city: string }[] }>('/api/v1/walk-ins?near=52.0907,5.1214&radius=10');
    assert.equal(res.status, 200);
    assert.ok(WalkInList.safeParse(body).success);
    assert.ok(body.items.length >= 3);
    const d = body.items.map((w) => w.distanceKm);
    assert.deepEqual(d, [...d].sort((a, b) => a - b));
    assert.ok(d.every((x) => x <= 10));
    assert.equal(body.items[0]!.city, 'Utrecht');
    assert.ok(body.items.some((w) => w.nextChange !== null));
  });
  test('near=<postcode or place> is geocoded; openNow filters; audience filters', async () => {
    const byPlace = await t.json<{ items: { city: string; openNow: boolean; audiences: string[] }[] }>('/api/v1/walk-ins?near=Groningen');
    assert.equal(byPlace.body.items[0]!.city, 'Groningen');
    const byPostcode = await t.json<{ items: { city: string }[] }>('/api/v1/walk-ins?near=9711%20AB');
    assert.equal(byPostcode.body.items[0]!.city, 'Groningen');
    const open = await t.json<{ items: { openNow: boolean }[] }>('/api/v1/walk-ins?near=Amsterdam&radius=100&openNow=true');
    assert.ok(open.body.items.length > 0);
    assert.ok(open.body.items.every((w) => w.openNow));
    const young = await t.json<{ items: { audiences: string[] }[] }>('/api/v1/walk-ins?near=Amsterdam&radius=100&audience=jongeren');
    assert.ok(young.body.items.every((w) => w.audiences.includes('jongeren') || w.audiences.includes('iedereen')));
  });
  test('missing, unknown and invalid near', async () => {
    assert.equal((await t.request('/api/v1/walk-ins')).status, 400);
    const unknown = await t.json<{ errors: { code: string }[] }>('/api/v1/walk-ins?near=Parijs');
    assert.equal(unknown.res.status, 404);
    assert.equal(unknown.body.errors[0]!.code, 'unknown_place');
    assert.equal((await t.request('/api/v1/walk-ins?near=52,5&radius=-3')).status, 400);
  });
  test('geocode: postcodes and places, never a foreign place', async () => {
    const pc = await t.json<{ lat: number; lon: number; label: string }>('/api/v1/geocode?q=3512');
    assert.equal(pc.res.status, 200);
    assert.ok(Geocode.safeParse(pc.body).success);
    assert.match(pc.body.label, /Utrecht/);
    const place = await t.json<{ lat: number; label: string }>(`/api/v1/geocode?q=${encodeURIComponent("'s-Hertogenbosch")}`);
    assert.ok(Math.abs(place.body.lat - 51.699) < 0.01);
    assert.equal((await t.json<{ label: string }>('/api/v1/geocode?q=den%20haag')).body.label, 'Den Haag');
    const paris = await t.json<{ errors: { message: string }[] }>('/api/v1/geocode?q=Paris');
    assert.equal(paris.res.status, 404);
    assert.match(paris.body.errors[0]!.message, /plaats of postcode/);
    assert.equal((await t.request('/api/v1/geocode')).status, 400);
  });
  test('geocode/suggest: places and postcodes by prefix, at most 8, cached like every read', async () => {
    const zw = await t.json<GeocodeSuggestions>('/api/v1/geocode/suggest?q=zwol');
    assert.equal(zw.res.status, 200);
    assert.ok(GeocodeSuggestions.safeParse(zw.body).success);
    assert.equal(zw.body.items[0]!.label, 'Zwolle');
    assert.match(zw.res.headers.get('cache-control') ?? '', /max-age=60/);
    assert.ok(zw.res.headers.get('etag'));
    const accents = await t.json<GeocodeSuggestions>(`/api/v1/geocode/suggest?q=${encodeURIComponent('ÉDE')}`);
    assert.equal(accents.body.items[0]!.value, 'Ede');
    const postcode = await t.json<GeocodeSuggestions>('/api/v1/geocode/suggest?q=9711');
    assert.deepEqual(postcode.body.items.map((s) => [s.kind, s.label]), [['postcode', '9711 (Groningen, ongeveer)']]);
    const many = await t.json<GeocodeSuggestions>('/api/v1/geocode/suggest?q=b');
    assert.equal(many.body.items.length, 8);
    assert.deepEqual((await t.json<GeocodeSuggestions>('/api/v1/geocode/suggest?q=Parijs')).body, { items: [] });
    assert.equal((await t.request('/api/v1/geocode/suggest')).status, 400);
    assert.equal((await t.request('/api/v1/geocode/suggest?q=a&x=1')).status, 400);
  });
});

describe('HTTP behaviour', () => {
  test('ETag, 304 and Cache-Control on reads; CORS open', async () => {
    const res = await t.request('/api/v1/activities?region=utrecht');
    const etag = res.headers.get('etag')!;
    assert.match(etag, /^".+"$/);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=600');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const again = await t.request('/api/v1/activities?region=utrecht', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
  });
  test('brotli and gzip when accepted and larger than 1 KB', async () => {
    const plain = await (await t.request('/api/v1/activities?limit=20')).text();
    const br = await t.request('/api/v1/activities?limit=20', { headers: { 'Accept-Encoding': 'gzip, br' } });
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.equal(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString(), plain);
    const gz = await t.request('/api/v1/activities?limit=20', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.equal(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString(), plain);
    const small = await t.request('/api/v1/geocode?q=Utrecht', { headers: { 'Accept-Encoding': 'br' } });
    assert.equal(small.headers.get('content-encoding'), null);
  });
  test('the response cache serves repeats and is cleared by writes', async () => {
    t.deps.cache.clear();
    await t.request('/api/v1/campaigns/week-van-de-mentale-gezondheid-2026');
    assert.equal(t.deps.cache.size, 1);
    t.deps.changed();
    assert.equal(t.deps.cache.size, 0);
  });
  test('JSON Schema and OpenAPI', async () => {
    const { body } = await t.json<{ $defs: Record<string, { properties?: Record<string, unknown> }> }>('/api/v1/schema.json');
    assert.ok(body.$defs.Activity?.properties?.title);
    assert.ok(body.$defs.SubmissionInput?.properties?.contactEmail);
    assert.ok(body.$defs.CampaignColors);
    const api = await t.json<{ openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>('/api/v1/openapi.json');
    assert.equal(api.body.openapi, '3.1.0');
    assert.ok(api.body.paths['/activities'] && api.body.paths['/submissions'] && api.body.paths['/walk-ins']);
    assert.ok(api.body.components.schemas.ActivityPage);
  });
  test('unknown API path: JSON 404', async () => {
    const { res, body } = await t.json<{ errors: { code: string }[] }>('/api/v1/nothing-here');
    assert.equal(res.status, 404);
    assert.equal(body.errors[0]!.code, 'not_found');
  });
});

describe('the CDN and partner-page origins', () => {
  const fixtures = new URL('fixtures/site', import.meta.url).pathname;
  const origins = { site: 'http://localhost:8080/', cdn: 'http://127.0.0.1:8081/cdn/', api: 'http://127.0.0.1:8082/api/v1/' };
  const site = siteApp(fixtures, origins);
  const cdn = cdnApp(new URL('fixtures/cdn', import.meta.url).pathname);
  const get = (app: { request: (u: string, i?: RequestInit) => Response | Promise<Response> }, path: string, init: RequestInit = {}) =>
    app.request(`http://localhost${path}`, init);

  test('demo pages: filled in for the three origins, with a CSP that allows exactly the CDN and the API', async () => {
    const res = await get(site, '/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/html/);
    const csp = res.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'self' http:\/\/127\.0\.0\.1:8081;/);
    assert.match(csp, /connect-src 'self' http:\/\/127\.0\.0\.1:8082;/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(res.headers.get('referrer-policy'));
    assert.match(await res.text(), /<script src="http:\/\/127\.0\.0\.1:8081\/cdn\/missie-mentaal\.js"><\/script>/);
    assert.equal((await get(site, '/school')).status, 200);
    assert.equal((await get(site, '/sub/')).status, 200);
    assert.equal((await get(site, '/cdn/missie-mentaal.js')).status, 404, 'the page origin serves no CDN files');
  });
  test('CDN: open to every origin, long cache for hashed chunks, short for the loader, right types', async () => {
    const chunk = await get(cdn, '/cdn/chunks/event-list-abc123.js');
    assert.equal(chunk.status, 200);
    assert.equal(chunk.headers.get('access-control-allow-origin'), '*');
    assert.equal(chunk.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(chunk.headers.get('content-type')!, /^text\/javascript/);
    const loader = await get(cdn, '/cdn/missie-mentaal.js');
    assert.match(loader.headers.get('cache-control')!, /max-age=300/);
    const etag = loader.headers.get('etag')!;
    assert.equal((await get(cdn, '/cdn/missie-mentaal.js', { headers: { 'If-None-Match': etag } })).status, 304);
    const gz = await get(cdn, '/cdn/chunks/event-list-abc123.js', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.equal((await get(cdn, '/index.html')).status, 404, 'the CDN serves no pages');
  });
  test('the API origin serves neither pages nor CDN files', async () => {
    assert.equal((await t.request('/')).status, 404);
    assert.equal((await t.request('/cdn/missie-mentaal.js')).status, 404);
  });
  test('path traversal is impossible', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/cdn/..%2f..%2fsecret.txt', '/sub/..%5c..%5csecret.txt', '/%00index.html', '/..%252fsecret.txt']) {
      for (const app of [site, cdn]) {
        const res = await get(app, p);
        assert.equal(res.status, 404, p);
        assert.doesNotMatch(await res.text(), /secret/, p);
      }
    }
  });
});
