/** One seeded database and one app for a whole test file (opened before its tests, closed after). */
import { after, before } from 'node:test';
import type { AppOptions } from '../../../server/deps.js';
import type { Db } from '../../../server/db/db.js';
import { testApp } from './app.js';
import { openTestDb } from './db.js';

export function fileApp(options: Partial<AppOptions> = {}): { db: Db; t: ReturnType<typeof testApp> } {
  // Filled in by `before`; tests read `ctx.db` and `ctx.t` when they run.
  const ctx = {} as { db: Db; t: ReturnType<typeof testApp> };
  before(async () => {
    ctx.db = await openTestDb();
    ctx.t = testApp(ctx.db, options);
  });
  after(() => ctx.db.close());
  return ctx;
}
