import { isDeepStrictEqual } from 'node:util';
import type { WalkIn } from '../../src/contract/schema.js';
import type { Db, Queryable } from '../db/db.js';
import { OsmHoursError, osmToOpeningHours } from '../import/opening-hours.js';

export async function upsertWalkIn(tx: Queryable, w: WalkIn): Promise<void> {
  await tx.query(
    `INSERT INTO walk_ins (id, doc, lat, lon, audiences) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, lat = EXCLUDED.lat, lon = EXCLUDED.lon, audiences = EXCLUDED.audiences`,
    [w.id, JSON.stringify(w), w.lat, w.lon, w.audiences],
  );
}

/**
 * Derives again the weekly slots and dated exceptions of every place that keeps its hours
 * in OSM syntax (`openingHours`), from calendar date `today` (Amsterdam): the exceptions
 * cover about six months from when they were made, so a long-running server renews them
 * (at start and daily, see main.ts). One transaction; returns how many places changed.
 */
export async function renewOpeningHours(db: Db, today: string): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ doc: WalkIn }>(`SELECT doc FROM walk_ins WHERE doc->>'openingHours' IS NOT NULL`);
    let changed = 0;
    for (const { doc } of rows) {
      let derived: Pick<WalkIn, 'hours' | 'exceptions'>;
      try {
        derived = osmToOpeningHours(doc.openingHours!, today);
      } catch (err) {
        // Checked on the way in; text a newer package version refuses keeps its last hours.
        if (err instanceof OsmHoursError) continue;
        throw err;
      }
      // jsonb keeps keys in its own order: compare values, not text.
      if (isDeepStrictEqual(derived, { hours: doc.hours, exceptions: doc.exceptions })) continue;
      await upsertWalkIn(tx, { ...doc, ...derived });
      changed++;
    }
    return changed;
  });
}
