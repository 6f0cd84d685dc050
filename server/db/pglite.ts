import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Db, Queryable } from './db.js';

/** Opens (or creates) a PGlite data folder; `unaccent` must be passed on every open. */
export async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Db> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir, { extensions: { unaccent }, ...(loadDataDir ? { loadDataDir } : {}) });
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await q.query<T>(sql, params)).rows;
    },
  });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    query: base.query,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: () => pg.close(),
  };
}

/** A snapshot of a PGlite database, to copy a seeded database cheaply (tests, bench). */
export async function dumpPglite(dataDir: string): Promise<Blob> {
  const pg = await PGlite.create(dataDir, { extensions: { unaccent } });
  const blob = await pg.dumpDataDir('none');
  await pg.close();
  return blob;
}
