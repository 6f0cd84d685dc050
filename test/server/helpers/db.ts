/**
 * One database per test file. PGlite: a seeded snapshot is made once (kept in the temp
 * folder, keyed by a hash of the schema and sample-data code) and loaded in about 2 s.
 * With DATABASE_URL (npm run test:pg): the public schema is dropped and rebuilt.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db } from '../../../server/db/db.js';
import { PGLITE_EXTENSIONS, openPglite } from '../../../server/db/pglite.js';
import { openPostgres } from '../../../server/db/postgres.js';
import { migrate } from '../../../server/db/migrations.js';
import { seedIfEmpty } from '../../../server/store/seed.js';
import { NOW } from './clock.js';

const root = new URL('../../../', import.meta.url).pathname;
export const usingPostgres = Boolean(process.env.DATABASE_URL);

function snapshotKey(): string {
  const h = createHash('sha256');
  const files = ['server/db/migrations.ts', 'server/store/seed.ts', 'server/store/activities.ts', 'server/store/walk-ins.ts', 'server/store/campaigns.ts'];
  for (const dir of ['server/sample']) for (const f of readdirSync(join(root, dir))) files.push(join(dir, f));
  for (const f of files.sort()) h.update(readFileSync(join(root, f)));
  return h.digest('hex').slice(0, 16);
}

/** The seeded snapshot as a Blob (made on first use in this machine's temp folder). */
export async function seededSnapshot(): Promise<Blob> {
  const file = join(tmpdir(), `mm-seed-${snapshotKey()}.tar`);
  if (!existsSync(file)) {
    const fresh = await PGlite.create('memory://', { extensions: PGLITE_EXTENSIONS });
    const wrapped = await wrapForSeed(fresh);
    await migrate(wrapped);
    await seedIfEmpty(wrapped, NOW);
    const blob = await fresh.dumpDataDir('none');
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    await fresh.close();
  }
  return new Blob([readFileSync(file)]);
}

/** A Db over a PGlite we keep a handle to (to dump it afterwards). */
async function wrapForSeed(pg: PGlite): Promise<Db> {
  return {
    kind: 'pglite',
    query: async <T>(sql: string, params: unknown[] = []) => (await pg.query<T>(sql, params)).rows,
    transaction: (fn) => pg.transaction((tx) => fn({ query: async <T>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows })),
    exec: async (sql) => void (await pg.exec(sql)),
    close: () => pg.close(),
  };
}

/** A migrated database for one test file, seeded around the test clock `NOW` (`dataDir` only for PGlite restart tests). */
export async function openTestDb(dataDir = 'memory://'): Promise<Db> {
  if (usingPostgres) {
    const db = await openPostgres(process.env.DATABASE_URL!);
    await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await migrate(db);
    await seedIfEmpty(db, NOW);
    return db;
  }
  const db = await openPglite(dataDir, await seededSnapshot());
  await migrate(db);
  return db;
}
