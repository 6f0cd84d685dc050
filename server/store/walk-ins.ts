import type { WalkIn } from '../../src/contract/schema.js';
import type { Queryable } from '../db/db.js';

export async function upsertWalkIn(tx: Queryable, w: WalkIn): Promise<void> {
  await tx.query(
    `INSERT INTO walk_ins (id, doc, lat, lon, audiences) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, lat = EXCLUDED.lat, lon = EXCLUDED.lon, audiences = EXCLUDED.audiences`,
    [w.id, JSON.stringify(w), w.lat, w.lon, w.audiences],
  );
}
