/**
 * Property and fuzz tests (issue 15, points 2 and 3), seeded so every run tries the same
 * inputs and takes a few seconds:
 * - what the server stores, every widget accepts: generated URLs and titles go in through
 *   the form, are approved, and the stored activity must pass the widgets' own JSON-Schema
 *   checker (`src/contract/checkers.ts`), not only zod; so must a moderator's walk-in place
 *   (web address, phone, name) in the finder's answer, and a partner's correction from the
 *   management page once approved;
 * - no input reaches a 500: generated methods, paths, query strings, headers and bodies
 *   on every public and admin endpoint: the reads, the form, the partner's management page
 *   (its HTML forms, URL-encoded), the moderation page's submissions, audit trails,
 *   duplicates and walk-in places (with OSM opening hours).
 * `FUZZ_SEED=<n> FUZZ_RUNS=<n>` tries other inputs for the fuzz run (npm test uses the fixed seed).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ActivityPage } from '../../src/contract/checkers.js';
import { WalkInList } from '../../src/contract/walk-in-checkers.js';
import type { Activity, SubmissionReceipt } from '../../src/contract/schema.js';
import { ADMIN, fileApp, formToken, newKey, postForm } from './helpers/app.js';
import { validSubmission } from './helpers/submission.js';
import { manageTokenIn, memoryTransport, testWorker } from './helpers/mail.js';

const SEED = 15;
const f = fileApp();
const token = formToken;
const submit = (body: unknown) => postForm(f.t, body);

/** URLs as people and bots type them: odd case, spaces, missing or extra slashes, backslashes. */
const urlish = fc.oneof(
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 3 },
  {
    weight: 4,
    arbitrary: fc
    .tuple(
      fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0'),
      fc.constantFrom('http', 'https', 'HTTPS', 'HtTp', 'hTTps', 'javascript', 'ftp', 'webcal', 'data'),
      fc.constantFrom('://', ':', ':/', ':\\\\', ':\\/', ':/\\', '://\\', ':////', ': //'),
      fc.constantFrom('voorbeeld.nl', 'Voorbeeld.NL', 'bücher.nl', 'host', 'a.b', '1.2.3.4', 'user:pw@x.nl', 'x.nl:8080', 'x.nl.', 'ex ample.nl', '[::1]', '%65x.nl'),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom('', ' ', '\n', '#', '?a=1'),
    )
    .map(([pre, scheme, sep, host, path, post]) => `${pre}${scheme}${sep}${host}/${path}${post}`),
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
);
const title = fc.oneof(
  { arbitrary: fc.constant('Wandeling voor mantelzorgers'), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 3, maxLength: 140 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 3, maxLength: 150 }), weight: 1 },
);

/** Approves `reference`; the activity as served must pass the widgets' own check (`input`: the generated values, for the message). */
async function approvedPassesCheck(reference: string, input: unknown): Promise<void> {
  const approved = await f.t.admin(`/submissions/${reference}/approve`, { method: 'POST' });
  assert.equal(approved.status, 200);
  const { activity } = (await approved.json()) as { activity: Activity };
  const served = (await (await f.t.request(`/api/v1/activities/${activity.id}`)).json()) as Activity;
  const checked = ActivityPage.safeParse({ items: [served], nextCursor: null });
  assert.ok(checked.success, `${JSON.stringify(checked.success ? null : checked.error.issues)} for ${JSON.stringify(input)}`);
}

test('property: every stored activity passes the widgets’ contract check', async () => {
  let stored = 0;
  await fc.assert(
    fc.asyncProperty(urlish, fc.integer({ min: 0, max: 2 }), title, async (registrationUrl, which, name) => {
      // One URL field generated at a time keeps enough bodies valid to store.
      const body = validSubmission({ token: token(), title: name, mode: 'hybrid', registrationUrl, onlineUrl: 'https://voorbeeld.nl/live', organizer: { name: 'Voorbeeld Buurtteam', url: 'https://voorbeeld.nl' } });
      if (which === 1) body.onlineUrl = registrationUrl;
      if (which === 2) body.organizer.url = registrationUrl;
      const res = await submit(body);
      assert.ok(res.status === 201 || res.status === 422 || res.status === 400, `${res.status}`);
      if (res.status !== 201) return;
      stored++;
      const { reference } = (await res.json()) as SubmissionReceipt;
      await approvedPassesCheck(reference, { url: registrationUrl, which, name });
    }),
    { seed: SEED, numRuns: 100 },
  );
  assert.ok(stored > 15, `enough inputs were accepted to mean something (${stored})`);
});

/** Phone numbers as people type them, and what they should not. */
const phone = fc.oneof(
  fc.constantFrom('030 123 45 67', '030-1234567', '+31 (0)30 123 4567', '0800-0113', '      ', '113', ' 030 123 45 67 ', '030\u00a0123 45 67', '030\u200b1234567', ''),
  fc.string({ unit: 'binary-ascii', maxLength: 22 }),
  fc.stringMatching(/^[0-9 +()-]{4,22}$/),
);
const utrechtish = '52.0908,5.1215';
/** A good walk-in place (fictional). */
const PLACE = {
  name: 'Inloophuis De Zwaluw (voorbeeld)', address: 'Zwaluwstraat 3', postcode: '3511 AB', city: 'Utrecht', lat: 52.0908, lon: 5.1215,
  audiences: ['iedereen'], peerSupport: true, phone: '030 123 45 67', url: 'https://voorbeeld.nl/zwaluw', openingHours: 'Mo-Fr 10:00-16:00; PH off',
};

test('property: every stored walk-in place passes the finder’s contract check (web address, phone, name)', async () => {
  let stored = 0;
  await fc.assert(
    fc.asyncProperty(urlish, phone, title, async (url, tel, name) => {
      const res = await f.t.admin('/walk-ins', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...PLACE, name, url, phone: tel }) });
      assert.ok(res.status === 201 || res.status === 422 || res.status === 400, `${res.status}`);
      await res.arrayBuffer();
      if (res.status !== 201) return;
      stored++;
      const list = await (await f.t.request(`/api/v1/walk-ins?near=${utrechtish}&radius=1&limit=200`)).json();
      const checked = WalkInList.safeParse(list);
      assert.ok(checked.success, `${JSON.stringify(checked.success ? null : checked.error.issues)} for ${JSON.stringify({ url, tel, name })}`);
    }),
    { seed: SEED, numRuns: 60 },
  );
  assert.ok(stored > 10, `enough places were accepted to mean something (${stored})`);
});

test('property: every correction from the management page, once approved, passes the widgets’ contract check', async () => {
  const mail = memoryTransport();
  const made = await submit(validSubmission({ token: token(), title: 'Wandeling om te corrigeren', mode: 'hybrid', onlineUrl: 'https://voorbeeld.nl/live' }));
  const { reference } = (await made.json()) as SubmissionReceipt;
  await testWorker(f.t, mail).runOnce();
  const page = `/api/v1/beheer/${manageTokenIn(mail.sent.find((m) => m.subject.includes(reference))!.text)}`;
  assert.equal((await f.t.admin(`/submissions/${reference}/approve`, { method: 'POST' })).status, 200);
  let stored = 0;
  await fc.assert(
    fc.asyncProperty(urlish, fc.constantFrom('registrationUrl', 'onlineUrl'), title, fc.oneof(fc.constant(''), urlish), async (url, field, name, city) => {
      const form = new URLSearchParams({ [field]: url, title: name, ...(city ? { location_city: city } : {}) });
      const res = await f.t.request(`${page}/wijzigen`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() });
      assert.ok(res.status === 303 || res.status === 422, `${res.status}`);
      await res.arrayBuffer();
      if (res.status !== 303 || !(res.headers.get('location') ?? '').includes('done=revised')) return;
      stored++;
      await approvedPassesCheck(reference, { url, field, name, city });
    }),
    { seed: SEED, numRuns: 40 },
  );
  assert.ok(stored > 10, `enough corrections were accepted to mean something (${stored})`);
});

// ── Fuzz: no 5xx anywhere ─────────────────────────────────────────────────────────────

const cursor = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
/** Values that broke something once (or nearly), and random text. */
const NASTY = [
  '', ' ', '0', '-1', '1e309', 'NaN', 'null', 'true', '9'.repeat(30), '0000-01-01T00:00Z', '9999-12-31', '0001-01-01', '2026-02-30',
  '2026-06-01T25:00Z', '+275760-09-13T00:00:00.000Z', cursor(['0000-01-01T00:00:00.000Z', 'x']), cursor(['+275760-09-13T00:00:00.000Z', 'a']),
  cursor(['2026-06-01T10:00:00+02:00', 'x']), cursor({}), '..', '../../etc/passwd', '\u0000', '\ud800', '\udfff', '\u202e', '\r\n', '%', '52.09,5.12',
  '91,181', 'utrecht', 'Utrecht', '3511 AB', 'jongeren,ouders', 'MM-2026-000001', 'a'.repeat(5000), 'HTTPS://X.NL', ' https://x.nl', 'https:\\\\x.nl',
];
const nasty = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.integer().map(String), weight: 1 },
);
/** Nasty text inside ordinary text, so length limits do not stop it first. */
const embedded = fc.tuple(fc.constantFrom('', 'Wandeling '), nasty, fc.constantFrom('', ' in het park en verder')).map((p) => p.join(''));
/** Raw percent-encoded bytes: broken UTF-8 included. */
const rawBytes = fc.uint8Array({ maxLength: 12 }).map((b) => [...b].map((x) => `%${x.toString(16).padStart(2, '0')}`).join(''));
/** A value as it appears in a URL: percent-encoded, or raw bytes. */
const inUrl = (v: string) => {
  try {
    return encodeURIComponent(v);
  } catch {
    return '%ED%A0%80'; // a lone surrogate has no UTF-8; send its broken bytes instead
  }
};
const urlValue = fc.oneof({ arbitrary: nasty.map(inUrl), weight: 4 }, { arbitrary: rawBytes, weight: 1 });

/** What a path is made of: an activity id, a submission reference, a walk-in id, a management-link token. */
type Ids = { id: string; ref: string; place: string; manage: string };
/** `body`: JSON (form, PATCH, reject), a walk-in place, the opening-hours check, or an HTML form (management page). */
type Endpoint = { method: string; path: (i: Ids) => string; params: string[]; admin?: true; body?: 'json' | 'place' | 'hours' | 'form' };
const FILTERS = ['from', 'to', 'audience', 'type', 'mode', 'region', 'campaign', 'organizer', 'q', 'limit', 'cursor'];
const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: () => '/activities', params: FILTERS },
  { method: 'GET', path: () => '/activities.ics', params: FILTERS },
  { method: 'GET', path: (i) => `/activities/${i.id}`, params: [] },
  { method: 'GET', path: (i) => `/activities/${i.id}.ics`, params: [] },
  { method: 'GET', path: () => '/walk-ins', params: ['near', 'radius', 'audience', 'openNow', 'limit'] },
  { method: 'HEAD', path: () => '/walk-ins', params: ['near', 'radius', 'audience', 'openNow', 'limit'] },
  { method: 'GET', path: () => '/geocode', params: ['q'] },
  { method: 'GET', path: () => '/geocode/suggest', params: ['q'] },
  { method: 'GET', path: () => '/campaigns/current', params: [] },
  { method: 'GET', path: (i) => `/campaigns/${i.id}`, params: [] },
  { method: 'GET', path: () => '/schema.json', params: [] },
  { method: 'GET', path: () => '/openapi.json', params: [] },
  { method: 'GET', path: () => '/submissions/token', params: [] },
  { method: 'POST', path: () => '/submissions', params: [], body: 'json' },
  { method: 'OPTIONS', path: () => '/submissions', params: [] },
  // The partner's management page: HTML, form-encoded posts.
  { method: 'GET', path: (i) => `/beheer/${i.manage}`, params: ['lang', 'done'] },
  { method: 'HEAD', path: (i) => `/beheer/${i.manage}`, params: ['lang', 'done'] },
  { method: 'POST', path: (i) => `/beheer/${i.manage}/wijzigen`, params: ['lang'], body: 'form' },
  { method: 'POST', path: (i) => `/beheer/${i.manage}/annuleren`, params: ['lang'], body: 'form' },
  // The moderation page's admin API.
  { method: 'GET', path: () => '/admin/submissions', params: ['status', 'q', 'page', 'size'], admin: true },
  { method: 'GET', path: (i) => `/admin/submissions/${i.ref}`, params: [], admin: true },
  { method: 'PATCH', path: (i) => `/admin/submissions/${i.ref}`, params: [], admin: true, body: 'json' },
  { method: 'POST', path: (i) => `/admin/submissions/${i.ref}/approve`, params: [], admin: true },
  { method: 'POST', path: (i) => `/admin/submissions/${i.ref}/reject`, params: [], admin: true, body: 'json' },
  { method: 'GET', path: (i) => `/admin/submissions/${i.ref}/duplicates`, params: [], admin: true },
  { method: 'GET', path: (i) => `/admin/submissions/${i.ref}/audit`, params: [], admin: true },
  { method: 'GET', path: () => '/admin/audit', params: [], admin: true },
  { method: 'GET', path: () => '/admin/walk-ins', params: ['q', 'page', 'size'], admin: true },
  { method: 'GET', path: (i) => `/admin/walk-ins/${i.place}`, params: [], admin: true },
  { method: 'POST', path: () => '/admin/walk-ins', params: [], admin: true, body: 'place' },
  { method: 'PUT', path: (i) => `/admin/walk-ins/${i.place}`, params: [], admin: true, body: 'place' },
  { method: 'POST', path: (i) => `/admin/walk-ins/${i.place}/close`, params: [], admin: true },
  { method: 'GET', path: (i) => `/admin/walk-ins/${i.place}/audit`, params: [], admin: true },
  { method: 'POST', path: () => '/admin/opening-hours/check', params: [], admin: true, body: 'hours' },
];

const FIELDS = ['title', 'description', 'start', 'end', 'allDay', 'location', 'onlineUrl', 'organizer', 'contactEmail', 'registrationUrl', 'price', 'accessibility', 'campaign', 'type', 'audiences', 'mode', 'recurrenceDates', 'lang'];
const deep = fc.integer({ min: 10, max: 14_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`);
const date = fc.date({ min: new Date(-62_000_000_000_000), max: new Date(253_000_000_000_000), noInvalidDate: true }).map((d) => d.toISOString());
/** More dates of one activity: near the first one (so some are valid), anywhere, repeated, too many. */
const nearDate = fc.integer({ min: -40, max: 400 }).map((days) => new Date(Date.parse('2027-06-08T10:00:00+02:00') + days * 86_400_000).toISOString());
const recurrence = fc.array(fc.oneof(fc.tuple(nearDate, fc.integer({ min: -2, max: 30 })).map(([start, h]) => ({ start, end: new Date(Date.parse(start) + h * 3_600_000).toISOString() })), fc.record({ start: date, end: date })), { maxLength: 12 });
const fieldValue = fc.oneof(embedded, date, fc.jsonValue({ maxDepth: 3 }), fc.constant({ name: 'Park\u0000', city: 'Utrecht\ud800', province: 'utrecht' }), deep.map((d) => ({ __raw: d })), recurrence);
/** Changed fields, as JSON (a `__raw` value is spliced in as written: deep nesting). */
const changes = fc.dictionary(fc.constantFrom(...FIELDS), fieldValue, { maxKeys: 3 });
const asJson = (o: Record<string, unknown>) => JSON.stringify(o).replace(/\{"__raw":"([[\]]*)"\}/g, '$1');
/** A form body: a real one with some fields changed, honeypot filled or not, token fresh or not. */
const formBody = fc.tuple(changes, fc.boolean(), fc.boolean()).map(([c, honeypot, fresh]) =>
  asJson({ ...validSubmission({ token: fresh ? token() : 'x', website: honeypot ? 'https://spam.example' : '' }), ...c }),
);
const body = fc.oneof(
  { arbitrary: formBody, weight: 4 },
  { arbitrary: changes.map(asJson), weight: 3 }, // a moderator's PATCH
  { arbitrary: embedded.map((reason) => JSON.stringify({ reason })), weight: 1 },
  { arbitrary: fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string({ unit: 'binary', maxLength: 60 }), deep, fc.constant('{')), weight: 1 },
);

/** Opening hours in OSM syntax as moderators (and typos) write them. */
const osm = fc.oneof(
  fc.constantFrom(
    'Mo-Fr 10:00-16:00; PH off', '24/7', 'sunrise-sunset', '(sunrise+01:00)-(sunset-01:00)', 'dawn-dusk', 'Fr 20:00-02:00', 'Mo-Su 10:00+',
    'Dec 24 10:00-15:00 "Kerstavond"', 'week 1-53/2 Mo 10:00-12:00', 'Mo[1] 10:00-12:00', 'Mo[-1] 10:00-12:00', 'easter +1 day off', 'SH off', 'PH 10:00-12:00',
    '1900 Jan 01 10:00-11:00', '2026 Jan 01-2099 Dec 31 10:00-11:00', 'Mo 10:00-12:00 unknown "bel eerst"', 'Mo-Fr 08:00-12:00,13:00-17:30; Sa 08:00-12:00; PH off',
    'Mo 00:00-48:00', 'Mo 25:00-26:00', 'Jan-Dec Mo 10:00-12:00 || "op afspraak"', 'Mo-Fr 10:00-16:00 open; Tu off; We closed "dicht"', '', ' ', ';', '||',
  ),
  embedded,
);
const WALK_IN_FIELDS = ['name', 'description', 'organizer', 'address', 'postcode', 'city', 'province', 'lat', 'lon', 'phone', 'url', 'audiences', 'peerSupport', 'openingHours', 'kind', 'free', 'appointment', 'wheelchair', 'sample', 'hours', 'id'];
/** A moderator's walk-in place: a good one with up to three fields changed. */
const placeBody = fc
  .dictionary(fc.constantFrom(...WALK_IN_FIELDS), fc.oneof(fieldValue, urlish, osm, fc.double()), { maxKeys: 3 })
  .map((c) => asJson({ ...PLACE, ...c }));
const hoursBody = fc.oneof(osm.map((value) => JSON.stringify({ value })), fieldValue.map((value) => asJson({ value })), body);
const MANAGE_FIELDS = ['title', 'description', 'start_0', 'end_0', 'start_1', 'end_9', 'location_name', 'location_address', 'location_postcode', 'location_city', 'onlineUrl', 'registrationUrl', 'price', 'accessibility', 'date', 'confirm', 'website', 'token'];
const manageValue = fc.oneof(embedded, urlish, date, date.map((d) => d.slice(0, 16)), date.map((d) => d.slice(0, 10)), fc.constantFrom('yes', 'all', '12,50', '-1', '1e309', '2026-06-01T10:00', '2026-06-01'));
/** A form as the management page posts it (URL-encoded), fields repeated or not, or raw broken bytes. */
const formEncoded = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.tuple(fc.constantFrom(...MANAGE_FIELDS), manageValue), { maxLength: 5 }).map((pairs) => pairs.map(([k, v]) => `${k}=${inUrl(v)}`).join('&')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...MANAGE_FIELDS), rawBytes).map(([k, v]) => `${k}=${v}&date=all&confirm=yes`) },
  { weight: 1, arbitrary: body },
);

// Control characters cannot be sent in a header at all (fetch refuses them), so none here.
const headerValue = fc.oneof(
  fc.constantFrom('br', 'br;q=0', 'gzip, br;q=0', '*', 'identity', 'en', 'nl-NL,en;q=0.5', '"x"', '*', '1.2.3.4, 5.6.7.8'),
  fc.string({ unit: 'binary-ascii', maxLength: 20 }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, '')),
);

test('fuzz: no request to any public or admin endpoint gets a 5xx', async () => {
  const { body: page } = await f.t.json<{ items: Activity[] }>('/api/v1/activities?limit=1');
  const realId = page.items[0]!.id;
  const { body: places } = await f.t.json<{ items: { id: string }[] }>('/api/v1/walk-ins?near=52.09,5.12&limit=3');
  const realPlaces = places.items.map((w) => w.id);
  // Management links of a few submissions, from the confirmation e-mails.
  const mail = memoryTransport();
  for (let i = 0; i < 4; i++) await submit(validSubmission({ token: token(), title: `Wandeling voor beheer ${i}` }));
  await testWorker(f.t, mail).runOnce();
  const manageTokens = mail.sent.filter((m) => m.text.includes('/beheer/')).map((m) => manageTokenIn(m.text));
  assert.ok(manageTokens.length >= 4, 'management links to try');

  const request = fc.record({
    endpoint: fc.constantFrom(...ENDPOINTS),
    id: fc.oneof(fc.constant(realId), urlValue),
    place: fc.oneof(fc.constantFrom(...realPlaces), urlValue),
    manage: fc.oneof({ arbitrary: fc.constantFrom(...manageTokens), weight: 4 }, { arbitrary: urlValue, weight: 1 }),
    // Moderation meets a submission made from a generated form body just before (so what
    // the form accepted is then edited, approved, rejected), or a made-up reference.
    ref: fc.oneof({ arbitrary: formBody.map((b) => ({ submit: b })), weight: 3 }, { arbitrary: fc.constantFrom('MM-2026-999999', 'MM-0000-000000'), weight: 1 }, { arbitrary: urlValue, weight: 1 }),
    query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FILTERS, 'near', 'radius', 'openNow', 'status', 'lang', 'done', 'page', 'size'), fc.string({ maxLength: 6 })), urlValue), { maxLength: 4 }),
    body,
    walkIn: placeBody,
    hours: hoursBody,
    form: formEncoded,
    contentType: fc.constantFrom('application/json', 'application/json', 'application/json; charset=utf-8', 'text/plain', ''),
    formType: fc.oneof(
      { arbitrary: fc.constantFrom('application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=utf-8'), weight: 6 },
      { arbitrary: fc.constantFrom('multipart/form-data; boundary=x', 'application/json', ''), weight: 1 },
    ),
    auth: fc.oneof({ arbitrary: fc.constant(`Bearer ${ADMIN}`), weight: 4 }, { arbitrary: headerValue.map((v) => `Bearer ${v}`), weight: 1 }),
    key: fc.oneof(fc.constant(''), fc.string({ unit: 'binary-ascii', minLength: 8, maxLength: 20 }).map((s) => s.replace(/[^A-Za-z0-9]/g, 'k'))),
    extra: fc.dictionary(fc.constantFrom('Accept-Encoding', 'Accept-Language', 'If-None-Match', 'X-Forwarded-For', 'X-Moderator', 'Origin', 'Sec-Fetch-Site'), headerValue, { maxKeys: 3 }),
  });

  const started = Date.now();
  const statuses = new Map<number, number>();
  const tried = new Set<Endpoint>();
  await fc.assert(
    fc.asyncProperty(request, async (r) => {
      const { method, path, admin, body: kind, params } = r.endpoint;
      tried.add(r.endpoint);
      let ref = typeof r.ref === 'string' ? r.ref : 'MM-2026-999999';
      if (typeof r.ref !== 'string') {
        const made = await submit(r.ref.submit);
        statuses.set(made.status, (statuses.get(made.status) ?? 0) + 1);
        assert.ok(made.status < 500, `POST /submissions → ${made.status} (body ${r.ref.submit.slice(0, 300)})`);
        if (made.status === 201) ref = ((await made.json()) as SubmissionReceipt).reference;
        else await made.arrayBuffer();
      }
      // Mostly the endpoint's own parameters (else most requests stop at unknown_parameter).
      const qs = r.query
        .filter((_q, i) => params.length || i % 4 === 3)
        .map(([k, v], i) => `${inUrl(params.length && i % 4 !== 3 ? params[k.length % params.length]! : k)}=${v}`)
        .join('&');
      const headers: Record<string, string> = { ...r.extra };
      const contentType = kind === 'form' ? r.formType : r.contentType;
      if (contentType) headers['Content-Type'] = contentType;
      if (admin) headers.Authorization = r.auth;
      headers['Idempotency-Key'] = r.key || newKey();
      const url = `/api/v1${path({ id: r.id, ref, place: r.place, manage: r.manage })}${qs ? `?${qs}` : ''}`;
      const sent = kind === 'place' ? r.walkIn : kind === 'hours' ? r.hours : kind === 'form' ? r.form : r.body;
      const res = await f.t.request(url, { method, headers, ...(kind ? { body: sent } : {}) });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      assert.ok(res.status < 500, `${method} ${url} → ${res.status} (body ${kind ? sent.slice(0, 300) : ''})`);
    }),
    { seed: Number(process.env.FUZZ_SEED ?? SEED), numRuns: Number(process.env.FUZZ_RUNS ?? 800) },
  );
  // The run reaches the ordinary answers too, not only the refusals.
  assert.equal(tried.size, ENDPOINTS.length, 'every endpoint was tried');
  for (const status of [200, 201, 303, 400, 401, 404, 409, 422]) assert.ok(statuses.get(status), `${status} in ${JSON.stringify([...statuses])}`);
  assert.ok(Date.now() - started < 30_000, 'the fuzz run stays quick');
});
