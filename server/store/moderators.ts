/**
 * Moderators are people: each has a personal bearer token for /api/v1/admin, shown once
 * when it is made and stored only as its SHA-256 hash (a leaked database holds no usable
 * token). The audit trail names the person whose token was used, never a header the
 * client chose. Created and revoked with `npm run moderator -- add "Name"` / `revoke <id>`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { line } from '../../src/contract/schema.js';
import type { Queryable } from '../db/db.js';

export interface Moderator {
  /** Null for a moderator given to `createApp` in memory (tests, bench). */
  id: number | null;
  name: string;
}

/** A person's name as the audit shows it: one line of plain text. */
export const ModeratorName = line(2, 80);

/** The name of the moderator `npm start` makes when there is none yet. */
export const LOCAL_DEVELOPER = 'Ontwikkelaar (lokaal)';

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** 256 random bits; the prefix tells a leaked token apart in logs and secret scanners. */
const newToken = (): string => `mm_mod_${randomBytes(32).toString('base64url')}`;

/** Adds a moderator; the token is returned here once and never again. */
export async function addModerator(db: Queryable, name: string): Promise<Moderator & { id: number; token: string }> {
  const parsed = ModeratorName.safeParse(name.normalize('NFC').trim());
  if (!parsed.success) throw new Error(`Not a usable name (2–80 characters of plain text on one line): ${JSON.stringify(name)}`);
  const token = newToken();
  const [row] = await db.query<{ id: number }>('INSERT INTO moderators (name, token_hash) VALUES ($1, $2) RETURNING id', [parsed.data, hashToken(token)]);
  return { id: row!.id, name: parsed.data, token };
}

/** Revokes by id; true when an active moderator was revoked. */
export async function revokeModerator(db: Queryable, id: number): Promise<boolean> {
  const rows = await db.query<{ id: number }>('UPDATE moderators SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id', [id]);
  return rows.length > 0;
}

export async function listModerators(db: Queryable): Promise<{ id: number; name: string; createdAt: Date; revokedAt: Date | null }[]> {
  const rows = await db.query<{ id: number; name: string; created_at: Date; revoked_at: Date | null }>(
    'SELECT id, name, created_at, revoked_at FROM moderators ORDER BY id',
  );
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: new Date(r.created_at), revokedAt: r.revoked_at && new Date(r.revoked_at) }));
}

/** The active moderator a bearer token belongs to, or null. */
export async function moderatorByToken(db: Queryable, token: string): Promise<Moderator | null> {
  const [row] = await db.query<Moderator & { id: number }>('SELECT id, name FROM moderators WHERE token_hash = $1 AND revoked_at IS NULL', [hashToken(token)]);
  return row ?? null;
}

/**
 * `npm start` on a fresh database: with no moderator at all, one for the developer at
 * this machine, so the moderation API works out of the box. Its token is returned once to
 * be printed; null when any moderator (active or revoked) exists.
 */
export async function firstModerator(db: Queryable): Promise<(Moderator & { token: string }) | null> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM moderators');
  return row!.n > 0 ? null : addModerator(db, LOCAL_DEVELOPER);
}
