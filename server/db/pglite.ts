import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { StartupError } from '../config.js';
import type { Db, Queryable } from './types.js';

/**
 * The extensions our migrations create. PGlite loads an extension's code only when it is
 * passed at open, so every open of a data folder, new or existing, must pass all of them:
 * one list, for the server and the tests' snapshots alike.
 */
export const PGLITE_EXTENSIONS = { unaccent };

/**
 * PGlite opens a damaged folder with a WebAssembly abort or "failed to initialize": one
 * sentence that names the folder and what to do helps the operator more than that stack.
 */
async function create(dataDir: string, loadDataDir?: Blob): Promise<PGlite> {
  try {
    const pg = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS, ...(loadDataDir ? { loadDataDir } : {}) });
    await pg.query('SELECT 1');
    return pg;
  } catch (err) {
    if (dataDir.startsWith('memory://')) throw err;
    // PGlite's own text ("Aborted(). Build with -sASSERTIONS…") helps nobody here.
    throw new StartupError(
      `The database folder ${dataDir} cannot be opened: it is damaged or was written by another PGlite version; stop the server, restore the folder from a backup (or move it aside to start with an empty database) and start again.`,
    );
  }
}

/** Opens (or creates) a PGlite data folder, with PGLITE_EXTENSIONS. */
export async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Db> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pg = await create(dataDir, loadDataDir);
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
  const pg = await create(dataDir);
  const blob = await pg.dumpDataDir('none');
  await pg.close();
  return blob;
}
