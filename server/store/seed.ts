/**
 * Sample data generated around `now` (one transaction). The same date gives the same data,
 * so tests pin it with their clock; the server passes its own, and the demo has a coming
 * national week on any date.
 */
import type { Db } from '../db/db.js';
import { dateKey } from '../../src/core/dates.js';
import { sampleActivities } from '../sample/activities.js';
import { sampleCampaigns } from '../sample/campaigns.js';
import { sampleWalkIns } from '../sample/walk-ins.js';
import { upsertActivity } from './activities.js';
import { upsertCampaign } from './campaigns.js';
import { upsertWalkIn } from './walk-ins.js';

/**
 * Seeds an empty database; renews the sample campaigns and activities of a database seeded
 * so long ago that its last sample campaign is over (a demo left running for months).
 * What partners and moderators added stays. True when it wrote sample data.
 */
export async function seedIfEmpty(db: Db, now = new Date()): Promise<boolean> {
  const today = dateKey(now);
  const [row] = await db.query<{ n: number; last: string | null }>(
    `SELECT count(*)::int AS n, max(end_date) FILTER (WHERE (doc->>'sample')::boolean)::text AS last FROM campaigns`,
  );
  const stale = Boolean(row && row.n > 0 && row.last !== null && row.last < today);
  if (row && row.n > 0 && !stale) return false;
  await db.transaction(async (tx) => {
    if (stale) {
      await tx.query(`DELETE FROM activities WHERE source = 'sample'`);
      await tx.query(`DELETE FROM campaigns WHERE (doc->>'sample')::boolean`);
    }
    for (const c of sampleCampaigns(today)) await upsertCampaign(tx, c);
    for (const a of sampleActivities(today)) await upsertActivity(tx, a, 'sample', now);
    if (!stale) for (const w of sampleWalkIns()) await upsertWalkIn(tx, w);
  });
  return true;
}
