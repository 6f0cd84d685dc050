/**
 * Moderators are people (issue 15, point 6): personal tokens, stored hashed, made and
 * revoked with `npm run moderator`; the audit names the token's person, never a header;
 * names in any script stored as they are. The shared admin token is gone.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test } from 'node:test';
import type { SubmissionReceipt } from '../../src/contract/schema.js';
import type { AuditEntry } from '../../src/contract/admin.js';
import { LOCAL_DEVELOPER, addModerator, firstModerator, revokeModerator } from '../../server/store/moderators.js';
import { fileApp, formToken, postForm } from './helpers/app.js';
import { openTestDb, usingPostgres } from './helpers/db.js';
import { validSubmission } from './helpers/submission.js';

const run = promisify(execFile);
const f = fileApp();

async function newReference(): Promise<string> {
  const res = await postForm(f.t, validSubmission({ token: formToken() }));
  return ((await res.json()) as SubmissionReceipt).reference;
}
const as = (token: string, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${token}`, ...extra });

test('the first start makes one moderator for the developer; later starts make none', async () => {
  const first = await firstModerator(f.db);
  assert.equal(first?.name, LOCAL_DEVELOPER);
  assert.equal((await f.t.request('/api/v1/admin/submissions', { headers: as(first!.token) })).status, 200, 'its token works at once');
  assert.equal(await firstModerator(f.db), null);
});

test('tokens are personal and stored only as their SHA-256 hash', async () => {
  const { id, token } = await addModerator(f.db, 'Fatima El Amrani');
  assert.match(token, /^mm_mod_[A-Za-z0-9_-]{43}$/);
  const rows = await f.db.query<{ token_hash: string }>('SELECT token_hash FROM moderators WHERE id = $1', [id]);
  assert.equal(rows[0]!.token_hash, createHash('sha256').update(token).digest('hex'));
  const everything = JSON.stringify(await f.db.query('SELECT * FROM moderators'));
  assert.ok(!everything.includes(token), 'the token itself is nowhere in the table');
});

test('the audit names the token’s person, in any script, never the X-Moderator header', async () => {
  const name = 'Zoë Ğündüz-Ødegård 🌷 山田';
  const { token } = await addModerator(f.db, name);
  const ref = await newReference();
  const res = await f.t.request(`/api/v1/admin/submissions/${ref}/approve`, { method: 'POST', headers: as(token, { 'X-Moderator': 'Iemand Anders' }) });
  assert.equal(res.status, 200);
  const { items } = (await (await f.t.admin('/audit')).json()) as { items: AuditEntry[] };
  const entry = items.find((e) => e.reference === ref)!;
  assert.equal(entry.who, name);
  const stored = await f.db.query<{ who: string; moderator_id: number | null }>(`SELECT who, moderator_id FROM audit WHERE reference = $1`, [ref]);
  assert.equal(Buffer.from(stored[0]!.who, 'utf8').toString('utf8'), name);
  assert.ok(stored[0]!.moderator_id !== null, 'linked to the moderator row');
});

test('every other admin write names the token’s person too: edit, reject, and walk-in places added, edited and closed', async () => {
  const name = 'Sanne Fictief-Ünal';
  const { token } = await addModerator(f.db, name);
  const headers = as(token, { 'X-Moderator': 'Iemand Anders', 'Content-Type': 'application/json' });
  const send = async (path: string, method: string, body?: unknown) => {
    const res = await f.t.request(`/api/v1/admin${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    assert.ok(res.status < 300, `${method} ${path} → ${res.status}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const ref = await newReference();
  await send(`/submissions/${ref}`, 'PATCH', { title: 'Wandeling voor mantelzorgers, aangepast' });
  await send(`/submissions/${ref}/reject`, 'POST', { reason: 'Dit is geen activiteit voor de campagne.' });
  const place = { name: 'Inloophuis De Spreeuw (voorbeeld)', address: 'Spreeuwstraat 4', postcode: '3511 AB', city: 'Utrecht', lat: 52.09, lon: 5.12, audiences: ['iedereen'], peerSupport: true };
  const { walkIn } = (await send('/walk-ins', 'POST', place)) as { walkIn: { id: string } };
  await send(`/walk-ins/${walkIn.id}`, 'PUT', { ...place, name: 'Inloophuis De Spreeuw (voorbeeld, nieuw)' });
  await send(`/walk-ins/${walkIn.id}/close`, 'POST');
  const trail = [
    ...((await send(`/submissions/${ref}/audit`, 'GET')).items as AuditEntry[]),
    ...((await send(`/walk-ins/${walkIn.id}/audit`, 'GET')).items as AuditEntry[]),
  ];
  assert.deepEqual(trail.map((e) => [e.action, e.who]), [['edit', name], ['reject', name], ['walk-in-add', name], ['walk-in-edit', name], ['walk-in-close', name]]);
  const linked = await f.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit WHERE moderator_id IS NOT NULL AND who = $1`, [name]);
  assert.equal(linked[0]!.n, 5, 'each linked to the moderator row');
});

test('a revoked token, a made-up one and the old shared token no longer open /admin', async () => {
  const { id, token } = await addModerator(f.db, 'Tijdelijke Hulp');
  assert.equal((await f.t.request('/api/v1/admin/submissions', { headers: as(token) })).status, 200);
  assert.equal(await revokeModerator(f.db, id), true);
  assert.equal((await f.t.request('/api/v1/admin/submissions', { headers: as(token) })).status, 401);
  assert.equal(await revokeModerator(f.db, id), false, 'revoking twice changes nothing');
  assert.equal((await f.t.request('/api/v1/admin/submissions', { headers: as('mm_mod_bestaatniet') })).status, 401);
  await assert.rejects(addModerator(f.db, 'Regel\neen'), /usable name/);
  // main.ts no longer reads MM_ADMIN_TOKEN or data/admin-token (it only warns that it is unused).
  const main = readFileSync(new URL('../../server/main.ts', import.meta.url), 'utf8');
  assert.ok(!main.includes('admin-token') && !/adminToken/.test(main), 'no shared admin token at start');
});

test('npm run moderator -- add / list / revoke (the CLI)', { skip: usingPostgres && 'the CLI test uses a PGlite folder' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mm-moderator-'));
  try {
    await (await openTestDb(join(dir, 'pglite'))).close();
    const cli = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'scripts/moderator.ts', ...args], { env: { ...process.env, MM_DATA_DIR: dir, DATABASE_URL: '' } });
    // A name from the command line in UTF-8 is stored as it is (the old X-Moderator header
    // was read as Latin-1 and garbled it).
    const added = await cli('add', 'Anouk Jänssen-Ødegård');
    const token = /^(mm_mod_\S+)$/m.exec(added.stdout)![1]!;
    const id = /moderator (\d+) "Anouk Jänssen-Ødegård" added/.exec(added.stdout)![1]!;
    const listed = (await cli('list')).stdout;
    assert.match(listed, new RegExp(`^${id}\\tAnouk Jänssen-Ødegård\\tactive$`, 'm'));
    assert.ok(!listed.includes(token), 'list never shows a token');
    assert.match((await cli('revoke', id)).stdout, /revoked/);
    assert.match((await cli('list')).stdout, new RegExp(`^${id}\\tAnouk Jänssen-Ødegård\\trevoked `, 'm'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
