/** Activities: upsert with sequence bookkeeping, and the filtered, cursor-paged list. */
import { createHash } from 'node:crypto';
import { ID, provinceOf } from '../../src/contract/vocabulary.js';
import { inDateWindow, type Activity, type ActivityType, type Audience, type Mode } from '../../src/contract/schema.js';
import { toIsoOffset } from '../../src/core/dates.js';
import { normaliseTiming } from '../../src/core/calendar.js';
import type { Queryable } from '../db/db.js';

export interface ActivityFilters {
  from?: Date | undefined;
  to?: Date | undefined;
  audiences?: Audience[] | undefined;
  types?: ActivityType[] | undefined;
  modes?: Mode[] | undefined;
  region?: string | undefined;
  campaign?: string | undefined;
  organizer?: string | undefined;
  q?: string | undefined;
  limit: number;
  cursor?: { start: string; id: string } | undefined;
}

/** What changes the calendar entry: everything but the bookkeeping fields. */
function contentHash(a: Activity): string {
  const { updatedAt: _u, sequence: _s, ...content } = a;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Inserts or updates an activity. When its content changed, `sequence` goes up by one and
 * `updatedAt` becomes `now` (calendar clients only take updates with a higher SEQUENCE).
 * Returns 'inserted', 'updated' or 'unchanged'. Run it inside a transaction (it locks the row).
 */
export async function upsertActivity(
  tx: Queryable,
  a: Activity,
  source: string,
  now: Date,
): Promise<'inserted' | 'updated' | 'unchanged'> {
  // Every write comes through here (form, moderation, import, sample data): one stored form of time.
  a = normaliseTiming(a);
  const hash = contentHash(a);
  const [old] = await tx.query<{ sequence: number; content_hash: string }>(
    'SELECT sequence, content_hash FROM activities WHERE id = $1 FOR UPDATE',
    [a.id],
  );
  if (old && old.content_hash === hash) return 'unchanged';
  const doc: Activity = old ? { ...a, sequence: Math.max(old.sequence + 1, a.sequence), updatedAt: toIsoOffset(now) } : a;
  const loc = doc.location;
  await tx.query(
    `INSERT INTO activities (id, doc, start_at, end_at, type, mode, audiences, campaign, organizer,
       province, municipality, city, sequence, content_hash, source)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, start_at = EXCLUDED.start_at, end_at = EXCLUDED.end_at,
       type = EXCLUDED.type, mode = EXCLUDED.mode, audiences = EXCLUDED.audiences, campaign = EXCLUDED.campaign,
       organizer = EXCLUDED.organizer, province = EXCLUDED.province, municipality = EXCLUDED.municipality,
       city = EXCLUDED.city, sequence = EXCLUDED.sequence, content_hash = EXCLUDED.content_hash, source = EXCLUDED.source`,
    [
      doc.id, JSON.stringify(doc), doc.start, doc.end, doc.type, doc.mode, doc.audiences, doc.campaign,
      doc.organizer.name.toLowerCase(), loc?.province ?? null, loc?.municipality?.toLowerCase() ?? null,
      loc?.city.toLowerCase() ?? null, doc.sequence, hash, source,
    ],
  );
  return old ? 'updated' : 'inserted';
}

/**
 * Search-as-you-type: every word (letters and digits only, so to_tsquery cannot fail on
 * syntax) must match as a prefix after stemming: "wand" finds "wandeling". Null when the
 * text has no words (then websearch_to_tsquery handles it).
 */
export function prefixQuery(q: string): string | null {
  const words = q.normalize('NFC').match(/[\p{L}\p{N}]+/gu)?.slice(0, 8);
  return words?.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

export async function getActivity(db: Queryable, id: string): Promise<Activity | null> {
  const [row] = await db.query<{ doc: Activity }>('SELECT doc FROM activities WHERE id = $1', [id]);
  return row?.doc ?? null;
}

export const encodeCursor = (a: Activity): string =>
  Buffer.from(JSON.stringify([new Date(a.start).toISOString(), a.id])).toString('base64url');

const CURSOR_START = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function decodeCursor(s: string): { start: string; id: string } | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    // Only what encodeCursor writes: an ISO instant in the date window (a forged year 0 or
    // +275760 parses in JavaScript but fails in PostgreSQL) and an activity id.
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && CURSOR_START.test(v[0]) && inDateWindow(Date.parse(v[0])) && ID.test(v[1])) {
      return { start: v[0], id: v[1] };
    }
  } catch {
    // fall through: not a cursor we made
  }
  return null;
}

/**
 * Approved activities matching every filter, ordered by (start, id). Keyset pagination on
 * that pair keeps pages stable while activities are added. `from`/`to` select activities
 * that overlap the interval. An audience filter also matches activities for 'iedereen'.
 */
export async function listActivities(db: Queryable, f: ActivityFilters): Promise<{ items: Activity[]; nextCursor: string | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  if (f.from) where.push(`end_at > ${p(f.from.toISOString())}`);
  if (f.to) where.push(`start_at < ${p(f.to.toISOString())}`);
  if (f.audiences?.length) where.push(`audiences && ${p([...f.audiences, 'iedereen'])}::text[]`);
  if (f.types?.length) where.push(`type = ANY(${p(f.types)}::text[])`);
  if (f.modes?.length) where.push(`mode = ANY(${p(f.modes)}::text[])`);
  if (f.region) {
    const province = provinceOf(f.region);
    if (province) where.push(`province = ${p(province)}`);
    else {
      const r = p(f.region.toLowerCase());
      where.push(`(municipality = ${r} OR city = ${r})`);
    }
  }
  if (f.campaign) where.push(`campaign = ${p(f.campaign)}`);
  if (f.organizer) where.push(`organizer = ${p(f.organizer.toLowerCase())}`);
  if (f.q) {
    const prefix = prefixQuery(f.q);
    where.push(prefix ? `search @@ to_tsquery('mm_dutch', ${p(prefix)})` : `search @@ websearch_to_tsquery('mm_dutch', ${p(f.q)})`);
  }
  if (f.cursor) where.push(`(start_at, id) > (${p(f.cursor.start)}::timestamptz, ${p(f.cursor.id)})`);
  const sql = `SELECT doc FROM activities ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY start_at, id LIMIT ${p(f.limit + 1)}`;
  const rows = await db.query<{ doc: Activity }>(sql, params);
  const items = rows.slice(0, f.limit).map((r) => r.doc);
  return { items, nextCursor: rows.length > f.limit ? encodeCursor(items[items.length - 1]!) : null };
}
