/**
 * Property and fuzz tests (issue 15, points 2 and 3), seeded so every run tries the same
 * inputs and takes a few seconds:
 * - what the server stores, every widget accepts: generated URLs and titles go in through
 *   the form, are approved, and the stored activity must pass the widgets' own JSON-Schema
 *   checker (`src/contract/checkers.ts`), not only zod;
 * - no input reaches a 500: generated methods, paths, query strings, headers and bodies
 *   on every public and admin endpoint.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ActivityPage } from '../../src/contract/checkers.js';
import type { Activity, SubmissionReceipt } from '../../src/contract/schema.js';
import { ADMIN, fileApp, formToken, newKey, postForm } from './helpers/app.js';
import { validSubmission } from './helpers/submission.js';

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
      const approved = await f.t.admin(`/submissions/${reference}/approve`, { method: 'POST' });
      assert.equal(approved.status, 200);
      const { activity } = (await approved.json()) as { activity: Activity };
      const served = (await (await f.t.request(`/api/v1/activities/${activity.id}`)).json()) as Activity;
      const checked = ActivityPage.safeParse({ items: [served], nextCursor: null });
      assert.ok(checked.success, `${JSON.stringify(checked.success ? null : checked.error.issues)} for ${JSON.stringify({ url: registrationUrl, which, name })}`);
    }),
    { seed: SEED, numRuns: 100 },
  );
  assert.ok(stored > 15, `enough inputs were accepted to mean something (${stored})`);
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

type Endpoint = { method: string; path: (id: string, ref: string) => string; params: string[]; admin?: true; body?: true };
const FILTERS = ['from', 'to', 'audience', 'type', 'mode', 'region', 'campaign', 'organizer', 'q', 'limit', 'cursor'];
const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: () => '/activities', params: FILTERS },
  { method: 'GET', path: () => '/activities.ics', params: FILTERS },
  { method: 'GET', path: (id) => `/activities/${id}`, params: [] },
  { method: 'GET', path: (id) => `/activities/${id}.ics`, params: [] },
  { method: 'GET', path: () => '/walk-ins', params: ['near', 'radius', 'audience', 'openNow', 'limit'] },
  { method: 'GET', path: () => '/geocode', params: ['q'] },
  { method: 'GET', path: () => '/campaigns/current', params: [] },
  { method: 'GET', path: (id) => `/campaigns/${id}`, params: [] },
  { method: 'GET', path: () => '/schema.json', params: [] },
  { method: 'GET', path: () => '/openapi.json', params: [] },
  { method: 'GET', path: () => '/submissions/token', params: [] },
  { method: 'POST', path: () => '/submissions', params: [], body: true },
  { method: 'OPTIONS', path: () => '/submissions', params: [] },
  { method: 'GET', path: () => '/admin/submissions', params: ['status'], admin: true },
  { method: 'GET', path: (_id, ref) => `/admin/submissions/${ref}`, params: [], admin: true },
  { method: 'PATCH', path: (_id, ref) => `/admin/submissions/${ref}`, params: [], admin: true, body: true },
  { method: 'POST', path: (_id, ref) => `/admin/submissions/${ref}/approve`, params: [], admin: true },
  { method: 'POST', path: (_id, ref) => `/admin/submissions/${ref}/reject`, params: [], admin: true, body: true },
  { method: 'GET', path: () => '/admin/audit', params: [], admin: true },
];

const FIELDS = ['title', 'description', 'start', 'end', 'allDay', 'location', 'onlineUrl', 'organizer', 'contactEmail', 'registrationUrl', 'price', 'accessibility', 'campaign', 'type', 'audiences', 'mode'];
const deep = fc.integer({ min: 10, max: 14_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`);
const date = fc.date({ min: new Date(-62_000_000_000_000), max: new Date(253_000_000_000_000), noInvalidDate: true }).map((d) => d.toISOString());
const fieldValue = fc.oneof(embedded, date, fc.jsonValue({ maxDepth: 3 }), fc.constant({ name: 'Park\u0000', city: 'Utrecht\ud800', province: 'utrecht' }), deep.map((d) => ({ __raw: d })));
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

// Control characters cannot be sent in a header at all (fetch refuses them), so none here.
const headerValue = fc.oneof(
  fc.constantFrom('br', 'br;q=0', 'gzip, br;q=0', '*', 'identity', 'en', 'nl-NL,en;q=0.5', '"x"', '*', '1.2.3.4, 5.6.7.8'),
  fc.string({ unit: 'binary-ascii', maxLength: 20 }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, '')),
);

test('fuzz: no request to any public or admin endpoint gets a 5xx', async () => {
  const { body: page } = await f.t.json<{ items: Activity[] }>('/api/v1/activities?limit=1');
  const realId = page.items[0]!.id;

  const request = fc.record({
    endpoint: fc.constantFrom(...ENDPOINTS),
    id: fc.oneof(fc.constant(realId), urlValue),
    // Moderation meets a submission made from a generated form body just before (so what
    // the form accepted is then edited, approved, rejected), or a made-up reference.
    ref: fc.oneof({ arbitrary: formBody.map((b) => ({ submit: b })), weight: 3 }, { arbitrary: fc.constantFrom('MM-2026-999999', 'MM-0000-000000'), weight: 1 }, { arbitrary: urlValue, weight: 1 }),
    query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FILTERS, 'near', 'radius', 'openNow', 'status'), fc.string({ maxLength: 6 })), urlValue), { maxLength: 4 }),
    body,
    contentType: fc.constantFrom('application/json', 'application/json', 'application/json; charset=utf-8', 'text/plain', ''),
    auth: fc.oneof({ arbitrary: fc.constant(`Bearer ${ADMIN}`), weight: 4 }, { arbitrary: headerValue.map((v) => `Bearer ${v}`), weight: 1 }),
    key: fc.oneof(fc.constant(''), fc.string({ unit: 'binary-ascii', minLength: 8, maxLength: 20 }).map((s) => s.replace(/[^A-Za-z0-9]/g, 'k'))),
    extra: fc.dictionary(fc.constantFrom('Accept-Encoding', 'Accept-Language', 'If-None-Match', 'X-Forwarded-For', 'X-Moderator'), headerValue, { maxKeys: 3 }),
  });

  const started = Date.now();
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(request, async (r) => {
      const { method, path, admin, body: hasBody, params } = r.endpoint;
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
      if (r.contentType) headers['Content-Type'] = r.contentType;
      if (admin) headers.Authorization = r.auth;
      headers['Idempotency-Key'] = r.key || newKey();
      const url = `/api/v1${path(r.id, ref)}${qs ? `?${qs}` : ''}`;
      const res = await f.t.request(url, { method, headers, ...(hasBody ? { body: r.body } : {}) });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      assert.ok(res.status < 500, `${method} ${url} → ${res.status} (body ${r.body.slice(0, 300)})`);
    }),
    { seed: SEED, numRuns: 800 },
  );
  // The run reaches the ordinary answers too, not only the refusals.
  for (const status of [200, 201, 400, 401, 404, 422]) assert.ok(statuses.get(status), `${status} in ${JSON.stringify([...statuses])}`);
  assert.ok(Date.now() - started < 30_000, 'the fuzz run stays quick');
});
