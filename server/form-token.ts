/**
 * Form tokens: `<issued ms>.<nonce>.<HMAC-SHA256>` signed with the server secret. A valid
 * token proves the form was fetched from us; its age proves a person took a few seconds.
 * Each token serves one idempotency key (the store keeps its hash), so a bot cannot fetch
 * one token and send many reports with it; the nonce keeps two forms opened in the same
 * millisecond apart.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const sign = (secret: string, issued: string, nonce: string) => createHmac('sha256', secret).update(`form:${issued}.${nonce}`).digest('base64url');

export const issueToken = (secret: string, now: Date): string => {
  const issued = String(now.getTime());
  const nonce = randomBytes(12).toString('base64url');
  return `${issued}.${nonce}.${sign(secret, issued, nonce)}`;
};

export const MAX_TOKEN_AGE_MS = 24 * 3_600_000;

/** 'ok', or why not: 'invalid_token' (forged, malformed, expired) or 'too_fast'. */
export function checkToken(secret: string, token: string, now: Date, minAgeMs: number): 'ok' | 'invalid_token' | 'too_fast' {
  const m = /^(\d{13})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return 'invalid_token';
  const expected = Buffer.from(sign(secret, m[1]!, m[2]!));
  const given = Buffer.from(m[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid_token';
  const age = now.getTime() - Number(m[1]);
  if (age < -60_000 || age > MAX_TOKEN_AGE_MS) return 'invalid_token';
  return age < minAgeMs ? 'too_fast' : 'ok';
}
