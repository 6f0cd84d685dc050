/**
 * Private management links: a partner manages what they sent without an account, through a
 * link with an unguessable token (32 random bytes, base64url, 43 characters) mailed once.
 * The database keeps only its SHA-256 hash (table `manage_links`), so a copy of the
 * database cannot open anyone's page. A link works until the submission's last date has
 * ended (Amsterdam time does not matter: instants are compared).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/db.js';

/** What a token looks like; anything else is refused before the database is asked. */
export const MANAGE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const hashManageToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Makes a link for `reference` and returns its token (the only time it exists in clear). */
export async function createManageLink(tx: Queryable, reference: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.query('INSERT INTO manage_links (token_hash, reference) VALUES ($1, $2)', [hashManageToken(token), reference]);
  return token;
}

/** The reference a token belongs to, or null (malformed or unknown). */
export async function referenceOfToken(db: Queryable, token: string): Promise<string | null> {
  if (!MANAGE_TOKEN.test(token)) return null;
  const [row] = await db.query<{ reference: string }>('SELECT reference FROM manage_links WHERE token_hash = $1', [hashManageToken(token)]);
  return row?.reference ?? null;
}
