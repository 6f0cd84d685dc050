/** An acknowledged submission survives closing and reopening the store (PGlite data folder or PostgreSQL). */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { SubmissionReceipt } from '../../src/contract/schema.js';
import { openDb } from '../../server/db/db.js';
import { migrate } from '../../server/db/migrations.js';
import { issueToken } from '../../server/form-token.js';
import { NOW, SECRET, testApp } from './helpers/app.js';
import { openTestDb } from './helpers/db.js';
import { validSubmission } from './helpers/submission.js';

const dir = mkdtempSync(join(tmpdir(), 'mm-restart-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The same submission with the same idempotency key, before and after the restart. */
const submit = (app: ReturnType<typeof testApp>) =>
  app.request('/api/v1/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'restart-key-1' },
    body: JSON.stringify(validSubmission({ token: issueToken(SECRET, new Date(NOW.getTime() - 5000)), title: 'Blijft bewaard' })),
  });

test('a 201-acknowledged submission is still there after a restart', async () => {
  const db = await openTestDb(join(dir, 'pglite'));
  const t = testApp(db);
  const res = await submit(t);
  assert.equal(res.status, 201);
  const { reference } = (await res.json()) as SubmissionReceipt;
  await db.close();

  const reopened = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: join(dir, 'pglite') });
  try {
    assert.deepEqual(await migrate(reopened), [], 'migrations are recorded, not run twice');
    const t2 = testApp(reopened);
    const view = await t2.admin(`/submissions/${reference}`);
    assert.equal(view.status, 200);
    assert.equal(((await view.json()) as { input: { title: string } }).input.title, 'Blijft bewaard');
    const again = await submit(t2);
    assert.equal(((await again.json()) as SubmissionReceipt).reference, reference, 'idempotency survives the restart');
  } finally {
    await reopened.close();
  }
});
