/**
 * The moderation page's admin API: paging, search and counts of submissions, possible
 * duplicates, a submission's audit trail, and walk-in places added, edited and closed
 * (the nearest-places answer follows at once, every change is audited). All behind the
 * moderator's token. Runs on PGlite and on PostgreSQL (npm run test:pg).
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { AdminSubmissionPage, AdminWalkIn, AdminWalkInPage, AuditList, DuplicateList, OpeningHoursCheck } from '../../src/contract/admin.js';
import type { ApiErrorBody, SubmissionInput, SubmissionReceipt } from '../../src/contract/schema.js';
import { ADMIN_NAME, fileApp, formToken, postForm } from './helpers/app.js';
import { validSubmission } from './helpers/submission.js';

const ctx = fileApp();
const admin = async <T>(path: string, init: RequestInit = {}) => {
  const res = await ctx.t.admin(path, { ...init, headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) } });
  return { res, body: (await res.json()) as T };
};
const submit = async (overrides: Partial<SubmissionInput>) => {
  const res = await postForm(ctx.t, validSubmission({ token: formToken(), ...overrides }));
  assert.equal(res.status, 201);
  return ((await res.json()) as SubmissionReceipt).reference;
};

const refs: string[] = [];
let seeded: Promise<void> | undefined;
/** The submissions the tests read, made once (the first describe's hook), after the app is up. */
const seed = () => (seeded ??= (async () => {
  // Fictional organisers; two share a title and a date, two share an organiser.
  refs.push(await submit({ title: 'Zonnebloem koffieochtend', organizer: { name: 'Stichting Zonnebloem-voorbeeld', url: null } }));
  refs.push(await submit({ title: 'Praatgroep rouw', organizer: { name: 'Buurtteam Oost (voorbeeld)', url: null }, contactEmail: 'els.fictief@voorbeeld.nl' }));
  refs.push(await submit({ title: 'Praatgroep rouw', organizer: { name: 'Wijkcentrum West (voorbeeld)', url: null } }));
  refs.push(await submit({ title: 'Wandelen 100% buiten', organizer: { name: 'buurtteam oost (voorbeeld) ', url: null }, start: '2027-09-01T10:00:00+02:00', end: '2027-09-01T11:00:00+02:00' }));
  for (let i = 0; i < 5; i++) refs.push(await submit({ title: `Open inloop ${i}`, organizer: { name: `Inloophuis ${i} (voorbeeld)`, url: null } }));
})());

describe('submissions: paging, search and counts', () => {
  before(seed);
  test('page and size give pages of the matches, with the total and counts per status', async () => {
    const first = await admin<AdminSubmissionPage>('/submissions?status=pending&page=1&size=4');
    assert.equal(first.res.status, 200);
    AdminSubmissionPage.parse(first.body);
    assert.equal(first.body.items.length, 4);
    assert.equal(first.body.total, first.body.counts.pending);
    const second = await admin<AdminSubmissionPage>('/submissions?status=pending&page=2&size=4');
    assert.deepEqual(
      second.body.items.map((s) => s.reference).filter((r) => first.body.items.some((f) => f.reference === r)),
      [],
      'no submission on two pages',
    );
    const last = await admin<AdminSubmissionPage>(`/submissions?status=pending&page=${Math.ceil(first.body.total / 4)}&size=4`);
    assert.ok(last.body.items.length >= 1 && last.body.items.length <= 4);
  });
  test('without q/page/size the old answer: just the items', async () => {
    const { body } = await admin<Record<string, unknown>>('/submissions?status=pending');
    assert.deepEqual(Object.keys(body), ['items']);
  });
  test('q finds by title, organiser, reference and e-mail, case ignored; % is taken literally', async () => {
    const find = async (q: string) => (await admin<AdminSubmissionPage>(`/submissions?q=${encodeURIComponent(q)}`)).body.items.map((s) => s.reference);
    assert.deepEqual(await find('zonnebloem koffie'), [refs[0]]);
    assert.deepEqual(await find('WIJKCENTRUM west'), [refs[2]]);
    assert.deepEqual(await find(refs[5]!.slice(-6)), [refs[5]]);
    assert.deepEqual(await find('els.fictief@'), [refs[1]]);
    assert.deepEqual(await find('100%'), [refs[3]]);
    assert.deepEqual(await find('%'), [refs[3]]);
  });
  test('counts follow approvals and rejections', async () => {
    const before = (await admin<AdminSubmissionPage>('/submissions?page=1')).body.counts;
    assert.equal((await ctx.t.admin(`/submissions/${refs[6]}/approve`, { method: 'POST' })).status, 200);
    const rejected = await admin(`/submissions/${refs[7]}/reject`, { method: 'POST', body: JSON.stringify({ reason: 'Dit is geen activiteit voor de Week.' }) });
    assert.equal(rejected.res.status, 200);
    const after = (await admin<AdminSubmissionPage>('/submissions?page=1')).body.counts;
    assert.deepEqual(after, { pending: before.pending - 2, approved: before.approved + 1, rejected: before.rejected + 1, cancelled: before.cancelled });
  });
  test('bad paging is refused in words', async () => {
    const { res, body } = await admin<ApiErrorBody>('/submissions?page=0&size=500');
    assert.equal(res.status, 400);
    assert.deepEqual(body.errors.map((e) => [e.path, e.code]), [['page', 'too_small'], ['size', 'too_big']]);
  });
});

describe('possible duplicates and the audit trail of a submission', () => {
  before(seed);
  test('same organiser (case and spaces ignored), or same title on an overlapping date', async () => {
    const ofRouw = await admin<DuplicateList>(`/submissions/${refs[1]}/duplicates`);
    DuplicateList.parse(ofRouw.body);
    assert.deepEqual(ofRouw.body.items.map((s) => s.reference).sort(), [refs[2], refs[3]].sort());
    const ofZonnebloem = await admin<DuplicateList>(`/submissions/${refs[0]}/duplicates`);
    assert.deepEqual(ofZonnebloem.body.items, []);
  });
  test('the audit trail names who did what, oldest first', async () => {
    await admin(`/submissions/${refs[8]}`, { method: 'PATCH', body: JSON.stringify({ title: 'Open inloop met koffie' }) });
    await ctx.t.admin(`/submissions/${refs[8]}/approve`, { method: 'POST' });
    const { body } = await admin<AuditList>(`/submissions/${refs[8]}/audit`);
    AuditList.parse(body);
    assert.deepEqual(body.items.map((e) => [e.who, e.action, e.reference]), [[ADMIN_NAME, 'edit', refs[8]], [ADMIN_NAME, 'approve', refs[8]]]);
    assert.deepEqual(body.items[0]!.details, { fields: ['title'] });
  });
});

const utrecht = '52.0907,5.1214';
const near = async () =>
  (await ctx.t.json<{ items: { id: string; name: string }[] }>(`/api/v1/walk-ins?near=${utrecht}&radius=1&limit=200`)).body.items;
const place = {
  name: 'Inloophuis De Vlinder (voorbeeld)',
  address: 'Vlinderstraat 7',
  postcode: '3511 AB',
  city: 'Utrecht',
  lat: 52.0908,
  lon: 5.1215,
  audiences: ['iedereen'],
  peerSupport: true,
  phone: '030 123 45 67',
  url: 'https://voorbeeld.nl/vlinder',
  openingHours: 'Mo-Fr 10:00-16:00; PH off',
};

describe('walk-in places', () => {
  let id = '';
  test('add: checked against the contract, hours derived, in the nearest-places answer at once', async () => {
    await near(); // the index is loaded before the write
    const { res, body } = await admin<AdminWalkIn>('/walk-ins', { method: 'POST', body: JSON.stringify(place) });
    assert.equal(res.status, 201);
    AdminWalkIn.parse(body);
    id = body.walkIn.id;
    assert.match(id, /^inloophuis-de-vlinder-voorbeeld-[a-z0-9]{1,4}$/);
    assert.equal(body.walkIn.province, 'utrecht', 'the province follows from the city');
    assert.equal(body.walkIn.hours.length, 5);
    assert.ok((await near()).some((w) => w.id === id));
  });
  test('a bad place is refused field by field, and bad opening hours by name', async () => {
    const { res, body } = await admin<ApiErrorBody>('/walk-ins', { method: 'POST', body: JSON.stringify({ ...place, postcode: '35 AB', lat: 40, openingHours: 'Mo-Fr 10:00-' }) });
    assert.equal(res.status, 422);
    assert.deepEqual(body.errors.map((e) => e.path), ['openingHours']);
    const second = await admin<ApiErrorBody>('/walk-ins', { method: 'POST', body: JSON.stringify({ ...place, postcode: '35 AB', lat: 40 }) });
    assert.deepEqual(second.body.errors.map((e) => [e.path, e.code]).sort(), [['lat', 'too_small'], ['postcode', 'invalid_format']]);
    assert.ok(second.body.errors.every((e) => e.message.length > 10), 'every error in words');
    const extra = await admin<ApiErrorBody>('/walk-ins', { method: 'POST', body: JSON.stringify({ ...place, hours: [] }) });
    assert.deepEqual(extra.body.errors.map((e) => [e.path, e.code]), [['hours', 'unrecognized_keys']]);
  });
  test('edit: the answer follows at once; the audit names the fields', async () => {
    const { res } = await admin<AdminWalkIn>(`/walk-ins/${id}`, { method: 'PUT', body: JSON.stringify({ ...place, name: 'Inloophuis De Rups (voorbeeld)' }) });
    assert.equal(res.status, 200);
    assert.equal((await near()).find((w) => w.id === id)?.name, 'Inloophuis De Rups (voorbeeld)');
  });
  test('search and paging list open places first', async () => {
    const { body } = await admin<AdminWalkInPage>('/walk-ins?q=rups&page=1&size=5');
    AdminWalkInPage.parse(body);
    assert.deepEqual(body.items.map((w) => w.walkIn.id), [id]);
    const all = await admin<AdminWalkInPage>('/walk-ins?size=3');
    assert.equal(all.body.items.length, 3);
    assert.ok(all.body.total > 3);
  });
  test('close: gone from the answer, kept (closed) for the moderators, no second close or edit', async () => {
    const { res, body } = await admin<AdminWalkIn>(`/walk-ins/${id}/close`, { method: 'POST' });
    assert.equal(res.status, 200);
    assert.ok(body.closedAt);
    assert.ok(!(await near()).some((w) => w.id === id));
    const kept = await admin<AdminWalkIn>(`/walk-ins/${id}`);
    assert.equal(kept.body.walkIn.name, 'Inloophuis De Rups (voorbeeld)');
    assert.ok(kept.body.closedAt);
    assert.equal((await ctx.t.admin(`/walk-ins/${id}/close`, { method: 'POST' })).status, 409);
    assert.equal((await admin(`/walk-ins/${id}`, { method: 'PUT', body: JSON.stringify(place) })).res.status, 409);
    assert.equal((await ctx.t.admin('/walk-ins/onbekend-1/close', { method: 'POST' })).status, 404);
  });
  test('every change is in the audit trail, with who', async () => {
    const { body } = await admin<AuditList>(`/walk-ins/${id}/audit`);
    assert.deepEqual(body.items.map((e) => [e.who, e.action]), [[ADMIN_NAME, 'walk-in-add'], [ADMIN_NAME, 'walk-in-edit'], [ADMIN_NAME, 'walk-in-close']]);
    assert.deepEqual(body.items[1]!.details, { walkInId: id, fields: ['name'] });
  });
  test('the live check of opening hours', async () => {
    const good = await admin<OpeningHoursCheck>('/opening-hours/check', { method: 'POST', body: JSON.stringify({ value: 'Mo-Fr 10:00-17:00; PH off' }) });
    assert.deepEqual(good.body, { ok: true, message: null });
    const bad = await admin<OpeningHoursCheck>('/opening-hours/check', { method: 'POST', body: JSON.stringify({ value: 'Mo-Fr 10:00-' }) });
    assert.equal(bad.body.ok, false);
    assert.ok(bad.body.message);
  });
});

describe('auth', () => {
  for (const [method, path] of [
    ['GET', '/submissions?page=1'],
    ['GET', '/submissions/MM-2026-000001/duplicates'],
    ['GET', '/submissions/MM-2026-000001/audit'],
    ['GET', '/walk-ins'],
    ['POST', '/walk-ins'],
    ['PUT', '/walk-ins/x'],
    ['POST', '/walk-ins/x/close'],
    ['POST', '/opening-hours/check'],
  ] as const) {
    test(`${method} ${path} needs a moderator's token`, async () => {
      const res = await ctx.t.request(`/api/v1/admin${path}`, { method, headers: { Authorization: 'Bearer not-a-token' } });
      assert.equal(res.status, 401);
    });
  }
});

describe('the page /moderatie/ on the API origin', () => {
  test('served with a strict CSP, no-store, noindex, no referrer, no frames; its script bundled', async () => {
    const page = await ctx.t.request('/moderatie/');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'; connect-src 'self'.*frame-ancestors 'none'/);
    assert.equal(page.headers.get('cache-control'), 'no-store');
    assert.match(page.headers.get('x-robots-tag') ?? '', /noindex/);
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    assert.match(await page.text(), /<script type="module" src="\.\/app\.js"><\/script>/);
    const script = await ctx.t.request('/moderatie/app.js');
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
    const code = await script.text();
    assert.ok(code.includes('mm-moderatie-token') && code.includes('/api/v1/'), 'the bundle of moderation/main.ts');
    assert.ok(!/\beval\(|new Function\(/.test(code), 'nothing a strict CSP refuses');
    assert.equal((await ctx.t.request('/moderatie')).headers.get('location'), '/moderatie/');
  });
});
