/**
 * The smallest database surface the server needs, implemented for PGlite (embedded,
 * default) and for node-postgres (when DATABASE_URL is set). Every query goes through
 * `query` with positional parameters; SQL casts bigint/numeric results to int/float8 so
 * both drivers return the same JavaScript types.
 */
export type { Db, Queryable, Row } from './types.js';
import type { Db } from './types.js';

export interface OpenOptions {
  /** postgres://… switches to node-postgres; otherwise PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; `memory://` for a throw-away database. */
  dataDir?: string;
}

export async function openDb(opts: OpenOptions): Promise<Db> {
  if (opts.databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(opts.databaseUrl);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(opts.dataDir ?? './data/pglite');
}
