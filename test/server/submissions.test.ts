import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Activity, type ApiErrorBody, type SubmissionReceipt } from '../../src/contract/schema.js';
import { AdminSubmissionList, AuditList } from '../../src/contract/admin.js';
import type { Db } from '../../server/db/db.js';
import { issueToken } from '../../server/form-token.js';
import { addModerator } from '../../server/store/moderators.js';
import { countSubmissions, type Submission } from '../../server/store/submissions.js';
import { ADMIN_NAME, NOW, SECRET, testApp } from './helpers/app.js';
import { openTestDb } from './helpers/db.js';
import { validSubmission } from './helpers/submission.js';

let db: Db;
let t: ReturnType<typeof testApp>;
before(async () => {
  db = await openTestDb();
  t = testApp(db, { rateLimit: false });
});
after(() => db.close());

let keyN = 0;
const newKey = () => `test-key-${Date.now()}-${++keyN}`;
const oldToken = () => issueToken(SECRET, new Date(NOW.getTime() - 10_000));
const post = (body: unknown, headers: Record<string, string> = {}, app = t) =>
  app.request('/api/v1/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('form token and submission', () => {
  test('GET token, then POST: 201 with a readable reference, stored as pending', async () => {
    const { body: tok } = await t.json<{ token: string }>('/api/v1/submissions/token');
    const before = await countSubmissions(db);
    const res = await post(validSubmission({ token: tok.token }));
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const receipt = (await res.json()) as SubmissionReceipt;
    assert.match(receipt.reference, /^MM-2026-\d{6}$/);
    assert.equal(receipt.status, 'pending');
    assert.equal(await countSubmissions(db), before + 1);
  });
  test('a token younger than the fill time is refused (too_fast); a forged one too', async () => {
    const slow = testApp(db, { rateLimit: false, minFillMs: 3000 });
    const fresh = issueToken(SECRET, NOW);
    const tooFast = await post(validSubmission({ token: fresh }), {}, slow);
    assert.equal(tooFast.status, 422);
    assert.deepEqual(((await tooFast.json()) as ApiErrorBody).errors.map((e) => [e.path, e.code]), [['token', 'too_fast']]);
    slow.setNow(new Date(NOW.getTime() + 3000));
    assert.equal((await post(validSubmission({ token: fresh }), {}, slow)).status, 201);
    const forged = await post(validSubmission({ token: `${NOW.getTime() - 10_000}.${'A'.repeat(43)}` }));
    assert.equal(((await forged.json()) as ApiErrorBody).errors[0]!.code, 'invalid_token');
    const expired = await post(validSubmission({ token: issueToken(SECRET, new Date(NOW.getTime() - 25 * 3_600_000)) }));
    assert.equal(((await expired.json()) as ApiErrorBody).errors[0]!.code, 'invalid_token');
  });
  test('a date that has passed or an unknown campaign: 422 in words, nothing stored (a new user typed 2020 and got a dead management link)', async () => {
    const before = await countSubmissions(db);
    const past = await post(
      validSubmission({
        token: oldToken(),
        start: '2020-01-01T10:00:00+01:00',
        end: '2020-01-01T11:30:00+01:00',
        recurrenceDates: [{ start: '2027-06-10T10:00:00+02:00', end: '2027-06-10T11:30:00+02:00' }, { start: '2021-03-04T10:00:00+01:00', end: '2021-03-04T11:00:00+01:00' }],
        campaign: 'week-van-de-mentale-gezondheid-1999',
      }),
    );
    assert.equal(past.status, 422);
    const errors = ((await past.json()) as ApiErrorBody).errors;
    assert.deepEqual(errors.map((e) => [e.path, e.code]), [['end', 'date_in_past'], ['recurrenceDates.1.end', 'date_in_past'], ['campaign', 'unknown_campaign']]);
    assert.match(errors[0]!.message, /al voorbij/);
    // Ending right now counts as passed; a minute from now does not.
    const edge = (ms: number) => post(validSubmission({ token: oldToken(), start: new Date(NOW.getTime() - 3_600_000).toISOString(), end: new Date(NOW.getTime() + ms).toISOString() }));
    assert.equal((await edge(0)).status, 422);
    assert.equal((await edge(60_000)).status, 201);
    assert.equal(await countSubmissions(db), before + 1);
  });
  test('honeypot filled: a normal-looking 201, nothing stored', async () => {
    const before = await countSubmissions(db);
    const res = await post(validSubmission({ token: oldToken(), website: 'https://spam.example' }));
    assert.equal(res.status, 201);
    assert.match(((await res.json()) as SubmissionReceipt).reference, /^MM-2026-\d{6}$/);
    assert.equal(await countSubmissions(db), before);
  });
  test('validation: 422 with path, code and a translated message', async () => {
    const bad = validSubmission({ token: oldToken(), title: '<b>Hoi</b>', end: '2027-06-08T09:00:00+02:00', onlineUrl: 'javascript:alert(1)', contactEmail: 'geen-mail' });
    const res = await post(bad, { 'Accept-Language': 'en' });
    assert.equal(res.status, 422);
    const { errors } = (await res.json()) as ApiErrorBody;
    const pairs = errors.map((e) => `${e.path}:${e.code}`);
    for (const p of ['title:plain_text', 'end:end_before_start', 'onlineUrl:url_scheme', 'contactEmail:invalid_email']) assert.ok(pairs.includes(p), `${p} in ${pairs}`);
    assert.equal(errors.find((e) => e.path === 'title')!.message, 'Use plain text, without HTML or code.');
    assert.equal(errors.find((e) => e.path === 'contactEmail')!.message, 'Enter a valid email address, like name@example.com.');
    const nl = (await (await post(bad)).json()) as ApiErrorBody;
    assert.equal(nl.errors.find((e) => e.path === 'title')!.message, 'Gebruik gewone tekst, zonder HTML of codes.');
  });
  test('wrong types are 422, not 500', async () => {
    const res = await post({ ...validSubmission({ token: oldToken() }), price: 'gratis', audiences: 'jongeren', allDay: 'ja', location: 5 });
    assert.equal(res.status, 422);
    const paths = ((await res.json()) as ApiErrorBody).errors.map((e) => e.path);
    for (const p of ['price', 'audiences', 'allDay', 'location']) assert.ok(paths.includes(p), p);
    assert.equal((await post([1, 2])).status, 422);
    assert.equal((await post('null')).status, 422);
  });
  test('protocol errors: content type 415, broken JSON 400, key missing 400, body over 32 KB 413', async () => {
    const noJson = await t.request('/api/v1/submissions', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': newKey() }, body: '{}' });
    assert.equal(noJson.status, 415);
    assert.equal((await post('{"title": ')).status, 400);
    const noKey = await t.request('/api/v1/submissions', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(validSubmission({ token: oldToken() })) });
    assert.equal(noKey.status, 400);
    assert.equal(((await noKey.json()) as ApiErrorBody).errors[0]!.path, 'Idempotency-Key');
    const before = await countSubmissions(db);
    const huge = await post(validSubmission({ token: oldToken(), description: 'x'.repeat(40_000) }));
    assert.equal(huge.status, 413);
    assert.equal(((await huge.json()) as ApiErrorBody).errors[0]!.code, 'too_large');
    assert.equal(await countSubmissions(db), before);
  });
  test('preflight for the form is open', async () => {
    const res = await t.request('/api/v1/submissions', { method: 'OPTIONS', headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'POST' } });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-allow-headers')!, /Idempotency-Key/);
    const read = await t.request('/api/v1/activities', { method: 'OPTIONS', headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' } });
    assert.equal(read.status, 204);
    assert.equal(read.headers.get('access-control-allow-origin'), '*');
    const admin = await t.request('/api/v1/admin/submissions', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' } });
    assert.equal(admin.headers.get('access-control-allow-origin'), null, 'no CORS for admin');
  });
});

describe('idempotency', () => {
  test('same key and body: the same answer, one record; different body: 422 idempotency_conflict', async () => {
    const key = newKey();
    const body = validSubmission({ token: oldToken(), title: 'Idempotente wandeling' });
    const before = await countSubmissions(db);
    const a = await post(body, { 'Idempotency-Key': key });
    const b = await post(body, { 'Idempotency-Key': key });
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.deepEqual(await b.json(), await a.json());
    assert.equal(b.headers.get('idempotent-replayed'), 'true');
    assert.equal(await countSubmissions(db), before + 1);
    const c = await post({ ...body, title: 'Een andere titel' }, { 'Idempotency-Key': key });
    assert.equal(c.status, 422);
    assert.equal(((await c.json()) as ApiErrorBody).errors[0]!.code, 'idempotency_conflict');
  });
  test('ten racing requests with one key store one record and all get the same reference', async () => {
    const key = newKey();
    const body = validSubmission({ token: oldToken(), title: 'Race om de wandeling' });
    const before = await countSubmissions(db);
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(body, { 'Idempotency-Key': key })));
    assert.ok(answers.every((r) => r.status === 201));
    const refs = new Set(await Promise.all(answers.map(async (r) => ((await r.json()) as SubmissionReceipt).reference)));
    assert.equal(refs.size, 1);
    assert.equal(await countSubmissions(db), before + 1);
  });
});

describe('rate limit', () => {
  test('10 per 10 minutes per address, then 429 with Retry-After and the error shape', async () => {
    const limited = testApp(db, { trustProxy: true });
    const headers = { 'X-Forwarded-For': '203.0.113.9' };
    for (let i = 0; i < 10; i++) assert.notEqual((await post({}, headers, limited)).status, 429, `request ${i + 1}`);
    const res = await post({}, headers, limited);
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers.get('retry-after')) > 0);
    assert.equal(((await res.json()) as ApiErrorBody).errors[0]!.code, 'rate_limited');
    assert.notEqual((await post({}, { 'X-Forwarded-For': '203.0.113.10' }, limited)).status, 429, 'another address is not limited');
    limited.setNow(new Date(NOW.getTime() + 10 * 60_000 + 1000));
    assert.notEqual((await post({}, headers, limited)).status, 429, 'the window slides');
  });
});

describe('moderation', () => {
  let reference = '';
  // A moderator from the database (as `npm run moderator -- add` makes them); the
  // X-Moderator header she also sends names someone else and must be ignored.
  let sanne: Record<string, string> = {};
  before(async () => {
    const { token } = await addModerator(db, 'Sanne');
    sanne = { Authorization: `Bearer ${token}`, 'X-Moderator': 'Mallory' };
    const res = await post(validSubmission({ token: oldToken(), title: 'Moderatie-wandeling in Utrecht' }));
    reference = ((await res.json()) as SubmissionReceipt).reference;
  });

  test('no or wrong token: 401; no CORS header on admin', async () => {
    const none = await t.request('/api/v1/admin/submissions');
    assert.equal(none.status, 401);
    assert.equal(none.headers.get('access-control-allow-origin'), null);
    const wrong = await t.request('/api/v1/admin/submissions', { headers: { Authorization: 'Bearer nope' } });
    assert.equal(wrong.status, 401);
    const ok = await t.admin('/submissions?status=pending');
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('access-control-allow-origin'), null);
    assert.equal(ok.headers.get('cache-control'), 'no-store');
  });
  test('list by status and view one', async () => {
    const list = await (await t.admin('/submissions?status=pending')).json();
    assert.ok(AdminSubmissionList.safeParse(list).success, 'matches the shared admin schema');
    const { items } = list as { items: Submission[] };
    assert.ok(items.some((s) => s.reference === reference));
    assert.ok(items.every((s) => s.status === 'pending'));
    const one = (await (await t.admin(`/submissions/${reference}`)).json()) as Submission;
    assert.equal(one.input.title, 'Moderatie-wandeling in Utrecht');
    assert.equal('token' in one.input, false, 'the form token is not stored');
    assert.equal((await t.admin('/submissions?status=weird')).status, 400);
    assert.equal((await t.admin('/submissions/MM-2026-999999')).status, 404);
  });
  test('edit: validated, unknown fields refused', async () => {
    const patch = (body: unknown) =>
      t.admin(`/submissions/${reference}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', ...sanne }, body: JSON.stringify(body) });
    const ok = await patch({ title: 'Wandeling in het Wilhelminapark' });
    assert.equal(ok.status, 200);
    assert.equal(((await ok.json()) as Submission).input.title, 'Wandeling in het Wilhelminapark');
    assert.equal((await patch({ title: '<script>' })).status, 422);
    assert.equal((await patch({ status: 'approved' })).status, 422);
  });
  test('approve: the activity appears in every feed at once', async () => {
    const feed = '/api/v1/activities?from=2027-06-08&to=2027-06-08&limit=200';
    const before = (await t.json<{ items: Activity[] }>(feed)).body.items.length; // now cached
    const res = await t.admin(`/submissions/${reference}/approve`, { method: 'POST', headers: sanne });
    assert.equal(res.status, 200);
    const { activity } = (await res.json()) as { activity: Activity };
    assert.equal(activity.title, 'Wandeling in het Wilhelminapark');
    assert.equal(activity.sample, false);
    const after = (await t.json<{ items: Activity[] }>(feed)).body.items;
    assert.equal(after.length, before + 1);
    assert.ok(after.some((a) => a.id === activity.id));
    const ics = await (await t.request('/api/v1/activities.ics?from=2027-06-08&to=2027-06-08')).text();
    assert.ok(ics.includes(`UID:${activity.id}@missiementaal.nl`));
    const found = await t.json<{ items: Activity[] }>('/api/v1/activities?from=2027-01-01&q=wilhelminapark');
    assert.deepEqual(found.body.items.map((a) => a.id), [activity.id]);
  });
  test('re-approving after an edit raises SEQUENCE; reject cancels the published activity', async () => {
    await t.admin(`/submissions/${reference}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ price: 5 }) });
    const again = (await (await t.admin(`/submissions/${reference}/approve`, { method: 'POST' })).json()) as { activity: Activity };
    assert.equal(again.activity.sequence, 1);
    assert.equal(again.activity.price, 5);
    const noReason = await t.admin(`/submissions/${reference}/reject`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(noReason.status, 422);
    const rej = await t.admin(`/submissions/${reference}/reject`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reason: 'Dubbel gemeld' }) });
    assert.equal(rej.status, 200);
    assert.equal(((await rej.json()) as { submission: Submission }).submission.reason, 'Dubbel gemeld');
    const { body } = await t.json<Activity>(`/api/v1/activities/${again.activity.id}`);
    assert.equal(body.status, 'cancelled');
    assert.equal(body.sequence, 2);
  });
  test('audit trail: who, what, when, details', async () => {
    const body = await (await t.admin('/audit')).json();
    assert.ok(AuditList.safeParse(body).success, 'matches the shared audit schema');
    const { items } = body as { items: { who: string; action: string; at: string; reference: string; details: Record<string, unknown> }[] };
    const mine = items.filter((e) => e.reference === reference).reverse();
    assert.deepEqual(mine.map((e) => `${e.who}:${e.action}`), ['Sanne:edit', 'Sanne:approve', `${ADMIN_NAME}:edit`, `${ADMIN_NAME}:approve`, `${ADMIN_NAME}:reject`]);
    assert.equal(mine[4]!.details.reason, 'Dubbel gemeld');
    assert.match(mine[0]!.at, /^\d{4}-\d{2}-\d{2}T/);
  });
});
