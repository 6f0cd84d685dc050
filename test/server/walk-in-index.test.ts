import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { WalkInResult } from '../../src/contract/schema.js';
import type { Db } from '../../server/db/db.js';
import { sampleWalkIns } from '../../server/sample/walk-ins.js';
import { WalkInIndex } from '../../server/store/walk-in-index.js';
import { upsertWalkIn } from '../../server/store/walk-ins.js';
import { openTestDb } from './helpers/db.js';

let db: Db;
before(async () => {
  db = await openTestDb();
});
after(() => db.close());

const NOW = new Date('2026-11-25T12:00:00+01:00'); // a Wednesday
const near = async (index: WalkInIndex, limit: number | null = 5, now = NOW, onlyOpen = false) =>
  JSON.parse(await index.nearJson(52.0907, 5.1214, 10, undefined, limit, now, onlyOpen)) as WalkInResult[];

test('nearest first within the radius, the same fields as the database holds plus distance and open state', async () => {
  const index = new WalkInIndex(db);
  const items = await near(index, null);
  assert.ok(items.length >= 3);
  const d = items.map((w) => w.distanceKm);
  assert.deepEqual(d, [...d].sort((a, b) => a - b));
  assert.ok(d.every((x) => x <= 10));
  const [row] = await db.query<{ doc: object }>('SELECT doc FROM walk_ins WHERE id = $1', [items[0]!.id]);
  const { distanceKm: _d, openNow: _o, nextChange: _n, ...doc } = items[0]!;
  assert.deepEqual(doc, row!.doc);
  assert.equal((await near(index, 2)).length, 2);
  assert.ok((await near(index, null, NOW, true)).every((w) => w.openNow));
});

test('kept in step with the database: at once after a write here (recheck), within checkEveryMs after another writer', async () => {
  let clock = 0;
  const index = new WalkInIndex(db, 5_000, () => clock);
  const before = await near(index, null);
  const added = { ...sampleWalkIns()[0]!, id: 'vb-index-test', lat: 52.0907, lon: 5.1214 };
  await upsertWalkIn(db, added); // another process, as far as the index knows
  assert.equal((await near(index, null)).length, before.length, 'not yet checked');
  clock = 5_000;
  await near(index, null); // starts the check; this answer still comes from the old index
  await new Promise((r) => setTimeout(r, 50));
  const after = await near(index, null);
  assert.equal(after[0]!.id, 'vb-index-test', 'the fingerprint moved, so it reloaded');
  await db.query(`DELETE FROM walk_ins WHERE id = 'vb-index-test'`);
  index.recheck(); // what deps.changed() does after a write through this server
  assert.equal((await near(index, null)).length, before.length, 'the fingerprint moved: reloaded before answering');
  index.recheck();
  const same = await near(index, null);
  assert.deepEqual(same, await near(index, null), 'nothing moved: the same index answers');
});

test('the open state is computed again after its next change, also when the clock goes back', async () => {
  const index = new WalkInIndex(db);
  const at = async (iso: string) => (await near(index, 1, new Date(iso)))[0]!;
  const first = await at('2026-11-25T12:00:00+01:00');
  assert.ok(first.nextChange);
  const change = new Date(first.nextChange.at);
  const after = await at(new Date(change.getTime() + 60_000).toISOString());
  assert.equal(after.openNow, !first.openNow);
  const back = await at('2026-11-25T12:00:00+01:00');
  assert.deepEqual([back.openNow, back.nextChange], [first.openNow, first.nextChange]);
});

test('an empty table answers an empty list', async () => {
  const empty = new WalkInIndex({ query: async (sql: string) => (sql.includes('count(') ? [{ f: '0:0' }] : []) } as unknown as Db);
  assert.deepEqual(await near(empty), []);
});
