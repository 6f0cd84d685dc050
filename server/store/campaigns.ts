import { Campaign } from '../../src/contract/schema.js';
import type { Queryable } from '../db/db.js';

/**
 * Stores a campaign after checking it against the contract, the way every other write is
 * checked: colours below WCAG AA contrast (`low_contrast`), markup in its text and the like
 * are refused here with a ZodError, not shown on 3,000 partner sites.
 */
export async function upsertCampaign(tx: Queryable, campaign: Campaign): Promise<void> {
  const c = Campaign.parse(campaign);
  await tx.query(
    `INSERT INTO campaigns (slug, start_date, end_date, doc) VALUES ($1, $2, $3, $4)
     ON CONFLICT (slug) DO UPDATE SET start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date, doc = EXCLUDED.doc`,
    [c.slug, c.start, c.end, JSON.stringify(c)],
  );
}

export async function getCampaign(db: Queryable, slug: string): Promise<Campaign | null> {
  const [row] = await db.query<{ doc: Campaign }>('SELECT doc FROM campaigns WHERE slug = $1', [slug]);
  return row?.doc ?? null;
}

/** The campaign running on `today` (Amsterdam date key), else the next one to start. */
export async function currentCampaign(db: Queryable, today: string): Promise<Campaign | null> {
  const [row] = await db.query<{ doc: Campaign }>(
    `SELECT doc FROM campaigns WHERE end_date >= $1::date
     ORDER BY (start_date <= $1::date) DESC, start_date, slug LIMIT 1`,
    [today],
  );
  return row?.doc ?? null;
}
