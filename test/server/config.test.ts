import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, test } from 'node:test';
import { StartupError, mailSettingsFromEnv, secretFrom, writeFileAtomic } from '../../server/config.js';
import { openPglite } from '../../server/db/pglite.js';
import { openTestDb, usingPostgres } from './helpers/db.js';

const dir = mkdtempSync(join(tmpdir(), 'mm-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const run = promisify(execFile);

test('secret: env wins, else generated once, kept private and reused', () => {
  const file = join(dir, 'data', 'secret');
  assert.deepEqual(secretFrom('from-env-0123456789', file), { value: 'from-env-0123456789', generated: false });
  const first = secretFrom(undefined, file);
  assert.equal(first.generated, true);
  assert.match(first.value, /^[A-Za-z0-9_-]{32}$/);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.deepEqual(secretFrom(undefined, file), { value: first.value, generated: false });
  assert.deepEqual(readdirSync(join(dir, 'data')), ['secret'], 'no temporary file left beside it');
});

test('an empty, truncated or damaged secret file stops the start with a clear message', () => {
  const file = join(dir, 'bad', 'secret');
  mkdirSync(join(dir, 'bad'));
  for (const content of ['', '\n', 'abc123\n', `${'x'.repeat(31)}\n`, `${'x'.repeat(31)}\u0000\n`]) {
    writeFileSync(file, content);
    assert.throws(() => secretFrom(undefined, file), (e: Error) => e instanceof StartupError && e.message.includes(file) && /backup/.test(e.message), JSON.stringify(content));
    assert.equal(readFileSync(file, 'utf8'), content, 'the file is left for the operator to look at');
  }
  assert.throws(() => secretFrom('kort', file), /MM_SECRET is shorter than 16/);
});

test('secrets are written whole: a temporary file, then a rename', () => {
  const file = join(dir, 'atomic', 'secret');
  writeFileAtomic(file, 'first\n');
  writeFileAtomic(file, 'second\n');
  assert.equal(readFileSync(file, 'utf8'), 'second\n');
  assert.deepEqual(readdirSync(join(dir, 'atomic')), ['secret']);
  assert.equal(statSync(file).mode & 0o777, 0o600);
});

test('a damaged PGlite folder: one sentence naming the folder and what to do', { skip: usingPostgres && 'PGlite only' }, async () => {
  const data = join(dir, 'damaged');
  const folder = join(data, 'pglite');
  await (await openTestDb(folder)).close();
  truncateSync(join(folder, 'global', 'pg_control'), 10);
  await assert.rejects(openPglite(folder), (e: Error) => e instanceof StartupError && e.message.includes(folder) && /restore the folder from a backup/.test(e.message));
  // What `npm start` prints: one line, no stack, exit code 1.
  const started = await run(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, MM_DATA_DIR: data, DATABASE_URL: '', PORT: '0' } }).then(
    () => assert.fail('the server started on a damaged folder'),
    (e: { code: number; stderr: string }) => e,
  );
  assert.equal(started.code, 1);
  const lines = started.stderr.trim().split('\n').filter((l) => !l.startsWith('(node:'));
  assert.equal(lines.length, 1, started.stderr);
  assert.match(lines[0]!, /^\[server\] cannot start: The database folder .*damaged\/pglite cannot be opened/);
});

test('e-mail settings: defaults for a developer, a malformed address or URL stops the start with one sentence', () => {
  const local = 'http://127.0.0.1:8082/api/v1/';
  assert.deepEqual(mailSettingsFromEnv({}, local), {
    moderatorEmail: null,
    from: 'Missie Mentaal <noreply@missiementaal.nl>',
    apiBase: local,
    activityUrl: `${local}activities/{id}.ics`,
  });
  const set = mailSettingsFromEnv({ MM_MODERATOR_EMAIL: ' team@voorbeeld.nl ', MM_PUBLIC_API_URL: 'https://api.voorbeeld.nl/api/v1', MM_ACTIVITY_URL: 'https://voorbeeld.nl/agenda/#{id}' }, local);
  assert.equal(set.moderatorEmail, 'team@voorbeeld.nl');
  assert.equal(set.apiBase, 'https://api.voorbeeld.nl/api/v1/');
  assert.equal(set.activityUrl, 'https://voorbeeld.nl/agenda/#{id}');
  for (const env of [{ MM_MODERATOR_EMAIL: 'team@voorbeeld.nl, ander@voorbeeld.nl' }, { MM_MODERATOR_EMAIL: 'team@voorbeeld.nl\r\nBcc: x@y.nl' }, { MM_MAIL_FROM: 'geen adres' }, { MM_PUBLIC_API_URL: 'javascript:alert(1)' }]) {
    assert.throws(() => mailSettingsFromEnv(env, local), StartupError, JSON.stringify(env));
  }
});
