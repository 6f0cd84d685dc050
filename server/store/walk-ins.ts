import type { Audience, WalkIn } from '../../src/contract/schema.js';
import type { Queryable } from '../db/db.js';

export async function upsertWalkIn(tx: Queryable, w: WalkIn): Promise<void> {
  await tx.query(
    `INSERT INTO walk_ins (id, doc, lat, lon, audiences) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, lat = EXCLUDED.lat, lon = EXCLUDED.lon, audiences = EXCLUDED.audiences`,
    [w.id, JSON.stringify(w), w.lat, w.lon, w.audiences],
  );
}

/** Walk-ins within `radiusKm` (great-circle distance), nearest first. */
export async function walkInsNear(
  db: Queryable,
  lat: number,
  lon: number,
  radiusKm: number,
  audience: Audience | undefined,
  limit: number | null,
): Promise<{ walkIn: WalkIn; distanceKm: number }[]> {
  const params: unknown[] = [lat, lon, radiusKm];
  const byAudience = audience ? `AND audiences && $${params.push([audience, 'iedereen'])}::text[]` : '';
  const limited = limit ? `LIMIT $${params.push(limit)}` : '';
  const rows = await db.query<{ doc: WalkIn; dist: number }>(
    `SELECT doc, dist FROM (
       SELECT id, doc, audiences, 2 * 6371 * asin(least(1, sqrt(
         power(sin(radians(lat - $1) / 2), 2) +
         cos(radians($1)) * cos(radians(lat)) * power(sin(radians(lon - $2) / 2), 2)))) AS dist
       FROM walk_ins) w
     WHERE dist <= $3 ${byAudience} ORDER BY dist, id ${limited}`,
    params,
  );
  return rows.map((r) => ({ walkIn: r.doc, distanceKm: Math.round(r.dist * 100) / 100 }));
}
