import type { Audience, WalkIn } from '../../src/contract/schema.js';
import type { Queryable } from '../db/db.js';

export async function upsertWalkIn(tx: Queryable, w: WalkIn): Promise<void> {
  await tx.query(
    `INSERT INTO walk_ins (id, doc, lat, lon, audiences) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, lat = EXCLUDED.lat, lon = EXCLUDED.lon, audiences = EXCLUDED.audiences`,
    [w.id, JSON.stringify(w), w.lat, w.lon, w.audiences],
  );
}

/**
 * Walk-ins within `radiusKm` of (`lat`, `lon`) (WGS84 degrees), nearest first, at most
 * `limit` (null: all within the radius). Distances are great-circle kilometres on a sphere
 * of radius 6371 km, rounded to 10 m.
 *
 * The GiST index on `ll_to_earth(lat, lon)` (migration 005) does the work: `earth_box`
 * keeps it to the radius and `<->` (straight-line distance through the earth, which ranks
 * like the great-circle distance) walks it nearest first, so only `limit` rows are read.
 * earthdistance's sphere is 6378.168 km; the box is scaled to it so it holds every place
 * within `radiusKm` on ours, and the exact distance below drops the box's corners.
 */
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
       SELECT id, doc, 2 * 6371 * asin(least(1, sqrt(
         power(sin(radians(lat - $1::float8) / 2), 2) +
         cos(radians($1::float8)) * cos(radians(lat)) * power(sin(radians(lon - $2::float8) / 2), 2)))) AS dist
       FROM walk_ins
       WHERE earth_box(ll_to_earth($1::float8, $2::float8), $3::float8 / 6371 * earth()) @> ll_to_earth(lat, lon) ${byAudience}
       ORDER BY ll_to_earth(lat, lon) <-> ll_to_earth($1::float8, $2::float8) ${limited}) w
     WHERE dist <= $3::float8 ORDER BY dist, id`,
    params,
  );
  return rows.map((r) => ({ walkIn: r.doc, distanceKm: Math.round(r.dist * 100) / 100 }));
}
