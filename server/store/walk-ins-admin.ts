/**
 * Walk-in places as the moderators keep them: list and search, add, edit and close. A
 * closed place moves from `walk_ins` (what the API and its in-memory index answer from) to
 * `walk_ins_closed` with when and by whom, so it leaves the answers at once and its last
 * version stays. Every change writes an audit entry (`details.walkInId`) in the same
 * transaction. The caller validates against the contract and calls `deps.changed()`.
 */
import { isDeepStrictEqual } from 'node:util';
import type { AdminWalkIn, AuditAction } from '../../src/contract/admin.js';
import type { WalkIn } from '../../src/contract/schema.js';
import { toIsoOffset } from '../../src/core/dates.js';
import type { Db, Queryable } from '../db/db.js';
import type { Moderator } from './moderators.js';
import { containsPattern } from './moderation.js';
import { upsertWalkIn } from './walk-ins.js';

interface Row {
  doc: WalkIn;
  closed_at: Date | null;
}
const toAdmin = (r: Row): AdminWalkIn => ({ walkIn: r.doc, closedAt: r.closed_at ? toIsoOffset(new Date(r.closed_at)) : null });

// Open and closed places in one list; the columns the search reads are in `doc`.
const ALL = `(SELECT doc, NULL::timestamptz AS closed_at FROM walk_ins UNION ALL SELECT doc, closed_at FROM walk_ins_closed) AS w`;
const MATCH = `(doc->>'name' ILIKE $1 OR doc->>'address' ILIKE $1 OR doc->>'postcode' ILIKE $1 OR doc->>'city' ILIKE $1 OR doc->>'id' ILIKE $1)`;

/** One page (from 1) of places matching `q` (name, address, postcode, city, id), open ones first, by name. */
export async function searchWalkIns(db: Queryable, q: string | undefined, page: number, size: number): Promise<{ items: AdminWalkIn[]; total: number }> {
  const params = [containsPattern(q ?? '')];
  const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ALL} WHERE ${MATCH}`, params);
  const rows = await db.query<Row>(
    `SELECT doc, closed_at FROM ${ALL} WHERE ${MATCH} ORDER BY closed_at IS NOT NULL, lower(doc->>'name'), doc->>'id' LIMIT $2 OFFSET $3`,
    [...params, size, (page - 1) * size],
  );
  return { items: rows.map(toAdmin), total: count?.n ?? 0 };
}

export async function getAdminWalkIn(db: Queryable, id: string): Promise<AdminWalkIn | null> {
  const [row] = await db.query<Row>(`SELECT doc, closed_at FROM ${ALL} WHERE doc->>'id' = $1`, [id]);
  return row ? toAdmin(row) : null;
}

async function audit(tx: Queryable, who: Moderator, action: AuditAction, details: { walkInId: string } & Record<string, unknown>): Promise<void> {
  await tx.query('INSERT INTO audit (who, moderator_id, action, reference, details) VALUES ($1, $2, $3, NULL, $4)', [who.name, who.id, action, JSON.stringify(details)]);
}

export type WalkInWrite = { ok: true; walkIn: AdminWalkIn } | { ok: false; reason: 'exists' | 'not_found' | 'closed' };

/** Adds a new place (its id must be new, also among closed places). */
export async function addWalkIn(db: Db, w: WalkIn, who: Moderator): Promise<WalkInWrite> {
  return db.transaction(async (tx) => {
    if (await getAdminWalkIn(tx, w.id)) return { ok: false, reason: 'exists' } as const;
    await upsertWalkIn(tx, w);
    await audit(tx, who, 'walk-in-add', { walkInId: w.id, name: w.name });
    return { ok: true, walkIn: { walkIn: w, closedAt: null } } as const;
  });
}

/** Replaces an open place; the audit names the fields that changed. */
export async function editWalkIn(db: Db, w: WalkIn, who: Moderator): Promise<WalkInWrite> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ doc: WalkIn }>('SELECT doc FROM walk_ins WHERE id = $1 FOR UPDATE', [w.id]);
    if (!row) return { ok: false, reason: (await getAdminWalkIn(tx, w.id)) ? 'closed' : 'not_found' } as const;
    const fields = (Object.keys({ ...row.doc, ...w }) as (keyof WalkIn)[]).filter((k) => !isDeepStrictEqual(row.doc[k], w[k]));
    await upsertWalkIn(tx, w);
    await audit(tx, who, 'walk-in-edit', { walkInId: w.id, fields });
    return { ok: true, walkIn: { walkIn: w, closedAt: null } } as const;
  });
}

/** Closes an open place: it leaves the API's answers and stays, closed, for the moderators. */
export async function closeWalkIn(db: Db, id: string, who: Moderator, now: Date): Promise<WalkInWrite> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ doc: WalkIn }>('DELETE FROM walk_ins WHERE id = $1 RETURNING doc', [id]);
    if (!row) return { ok: false, reason: (await getAdminWalkIn(tx, id)) ? 'closed' : 'not_found' } as const;
    await tx.query('INSERT INTO walk_ins_closed (id, doc, closed_at, closed_by) VALUES ($1, $2, $3, $4)', [id, JSON.stringify(row.doc), now.toISOString(), who.name]);
    await audit(tx, who, 'walk-in-close', { walkInId: id, name: row.doc.name });
    return { ok: true, walkIn: { walkIn: row.doc, closedAt: toIsoOffset(now) } } as const;
  });
}
