/** Fills an empty database with the deterministic sample data (one transaction). */
import type { Db } from '../db/db.js';
import { sampleActivities } from '../sample/activities.js';
import { SAMPLE_CAMPAIGNS } from '../sample/campaigns.js';
import { sampleWalkIns } from '../sample/walk-ins.js';
import { upsertActivity } from './activities.js';
import { upsertCampaign } from './campaigns.js';
import { upsertWalkIn } from './walk-ins.js';

export async function seedIfEmpty(db: Db): Promise<boolean> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM campaigns');
  if (row && row.n > 0) return false;
  const now = new Date('2026-05-01T10:00:00Z');
  await db.transaction(async (tx) => {
    for (const c of SAMPLE_CAMPAIGNS) await upsertCampaign(tx, c);
    for (const a of sampleActivities()) await upsertActivity(tx, a, 'sample', now);
    for (const w of sampleWalkIns()) await upsertWalkIn(tx, w);
  });
  return true;
}
