import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { secretFrom } from '../../server/config.js';

const dir = mkdtempSync(join(tmpdir(), 'mm-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('secret: env wins, else generated once, kept private and reused', () => {
  const file = join(dir, 'data', 'secret');
  assert.deepEqual(secretFrom('from-env-0123456789', file), { value: 'from-env-0123456789', generated: false });
  const first = secretFrom(undefined, file);
  assert.equal(first.generated, true);
  assert.match(first.value, /^[A-Za-z0-9_-]{32}$/);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.deepEqual(secretFrom(undefined, file), { value: first.value, generated: false });
});
