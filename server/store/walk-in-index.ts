/**
 * The walk-in places in memory behind a spatial index (kdbush, searched nearest first by
 * geokdbush), so `GET /walk-ins` costs a tree walk instead of a database round trip: the
 * embedded PGlite is one thread, and even an indexed query there costs milliseconds.
 *
 * Kept in step with the database, which stays the source of truth, by a cheap fingerprint
 * of the table (row count and newest row version, `xmin`; about 5 ms for 10,000 rows in
 * PGlite), so the index reloads (about 0.5 s for 10,000 places) only when the walk-ins moved:
 * - after every write through this server (`deps.changed()` calls `recheck()`; most writes
 *   are activities) the next question waits for the fingerprint, so the read cache, cleared
 *   by the same write, never keeps an answer from before it;
 * - writes by another process (`npm run import:walk-ins` against a shared PostgreSQL) are
 *   noticed within `checkEveryMs` (checked beside answering), as the read cache lags too.
 */
import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';
import type { Audience, WalkIn } from '../../src/contract/schema.js';
import { toIsoOffset } from '../../src/core/dates.js';
import { openState, type OpenState } from '../../src/core/opening-hours.js';
import type { Queryable } from '../db/db.js';

interface Entry {
  walkIn: WalkIn;
  /** `walkIn` as JSON, made once: the answer is assembled from these (see `nearJson`). */
  json: string;
  /** The last open state with the span of instants (ms) it holds for: [from, until). */
  state?: { from: number; until: number; value: OpenState; json: string };
}

interface Loaded {
  fingerprint: string;
  entries: Entry[];
  /** null while the table is empty (kdbush wants at least one point). */
  tree: KDBush | null;
}

/** When nothing changes in the look-ahead, recompute the state at least this often. */
const STATE_MAX_AGE_MS = 3_600_000;

export class WalkInIndex {
  private loaded: Promise<Loaded> | null = null;
  private checking: Promise<void> | null = null;
  private checkedAt = 0;
  private mustCheck = false;
  private rechecking: Promise<void> | null = null;

  constructor(
    private readonly db: Queryable,
    private readonly checkEveryMs = 5_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Forget the index; the next question reloads it. */
  invalidate(): void {
    this.loaded = null;
  }

  /** Something was written: the next question first compares the fingerprint. */
  recheck(): void {
    this.mustCheck = true;
  }

  /** Loads the index now (at start), so no visitor waits for it. */
  async preload(): Promise<void> {
    await this.current();
  }

  /**
   * Walk-ins within `radiusKm` of (`lat`, `lon`) (WGS84 degrees), nearest first, at most
   * `limit` (null: all within the radius), for `audience` (or "iedereen"), only those open
   * at `now` with `onlyOpen`: the JSON text of `WalkInResult[]` (the place's fields, then
   * `distanceKm`: great-circle kilometres on a sphere of 6371 km, rounded to 10 m; then
   * `openNow` and `nextChange` at `now`, with its Amsterdam offset). Built from text made
   * once per place and per open state: serialising about 1 KB per place and formatting
   * dates again for every request was most of the cost of an answer.
   */
  async nearJson(
    lat: number,
    lon: number,
    radiusKm: number,
    audience: Audience | undefined,
    limit: number | null,
    now: Date,
    onlyOpen = false,
  ): Promise<string> {
    const found = await this.search(lat, lon, radiusKm, audience, limit, now, onlyOpen);
    return `[${found.map(({ e, distanceKm, state }) => `${e.json.slice(0, -1)},"distanceKm":${distanceKm},${state.json}}`).join(',')}]`;
  }

  private async search(lat: number, lon: number, radiusKm: number, audience: Audience | undefined, limit: number | null, now: Date, onlyOpen: boolean) {
    const { entries, tree } = await this.current();
    if (!tree) return [];
    const t = now.getTime();
    const fits = (i: number) => {
      const e = entries[i]!;
      if (audience && !e.walkIn.audiences.some((a) => a === audience || a === 'iedereen')) return false;
      return !onlyOpen || this.stateOf(e, t).value.openNow;
    };
    return around(tree, lon, lat, limit ?? Infinity, radiusKm, fits).map((i) => {
      const e = entries[i as number]!;
      return { e, distanceKm: Math.round(distance(lon, lat, e.walkIn.lon, e.walkIn.lat) * 100) / 100, state: this.stateOf(e, t) };
    });
  }

  /**
   * The open state holds from the moment it was computed until its next change, so one
   * computation serves every request in between (the clock may also go back, in tests).
   */
  private stateOf(e: Entry, t: number): NonNullable<Entry['state']> {
    const s = e.state;
    if (s && s.from <= t && t < s.until) return s;
    const value = openState(e.walkIn, new Date(t));
    const next = value.nextChange && { at: toIsoOffset(value.nextChange.at), opens: value.nextChange.opens };
    const json = `"openNow":${value.openNow},"nextChange":${JSON.stringify(next)}`;
    return (e.state = { from: t, until: Math.min(value.nextChange?.at.getTime() ?? Infinity, t + STATE_MAX_AGE_MS), value, json });
  }

  private async current(): Promise<Loaded> {
    if (this.mustCheck && this.loaded) {
      this.mustCheck = false;
      const loaded = this.loaded;
      this.rechecking = Promise.all([loaded, this.fingerprint()])
        .then(([l, f]) => {
          if (f !== l.fingerprint && this.loaded === loaded) this.invalidate();
        })
        .finally(() => (this.rechecking = null));
    }
    // Questions that arrive during that check wait for it too: none answers from before the write.
    if (this.rechecking) await this.rechecking;
    const loaded = this.loaded;
    if (!loaded) {
      const loading = this.load();
      this.loaded = loading;
      // A failed load (database away) is not kept: the next request tries again.
      loading.catch(() => {
        if (this.loaded === loading) this.loaded = null;
      });
      return loading;
    }
    if (this.clock() - this.checkedAt >= this.checkEveryMs && !this.checking) {
      // Answer from what we have; a moved fingerprint swaps the index for later requests.
      this.checkedAt = this.clock();
      this.checking = Promise.all([loaded, this.fingerprint()])
        .then(([l, f]) => {
          if (f !== l.fingerprint && this.loaded === loaded) this.invalidate();
        })
        .catch(() => undefined)
        .finally(() => (this.checking = null));
    }
    return loaded;
  }

  private async fingerprint(): Promise<string> {
    const [row] = await this.db.query<{ f: string }>(
      `SELECT count(*)::int || ':' || coalesce(max(xmin::text::bigint), 0)::text AS f FROM walk_ins`,
    );
    return row!.f;
  }

  private async load(): Promise<Loaded> {
    this.checkedAt = this.clock();
    const fingerprint = await this.fingerprint();
    const rows = await this.db.query<{ doc: WalkIn }>('SELECT doc FROM walk_ins ORDER BY id');
    const tree = rows.length ? new KDBush(rows.length) : null;
    for (const r of rows) tree!.add(r.doc.lon, r.doc.lat);
    tree?.finish();
    return { fingerprint, entries: rows.map((r) => ({ walkIn: r.doc, json: JSON.stringify(r.doc) })), tree };
  }
}
