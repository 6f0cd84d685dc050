import type { Context } from 'hono';
import { LONE_SURROGATE } from './query.js';

/** Deeper than any body we take (a submission is 3 levels deep); deeper ones are refused. */
export const MAX_JSON_DEPTH = 16;

// NUL and lone surrogates parse as JSON (`"\u0000"`, `"\ud800"`) but PostgreSQL's jsonb
// and text refuse them, so a stored body with one failed with a 500 further on.
const unreadable = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/**
 * The first problem of a parsed JSON value, walked without recursion (so absurd nesting
 * cannot overflow the stack here or later, in validation or hashing): `too_deep`,
 * `invalid_encoding` for a string or key no database takes, or undefined.
 */
function problemOf(value: unknown): 'too_deep' | 'invalid_encoding' | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (unreadable(v)) return 'invalid_encoding';
    } else if (typeof v === 'object' && v !== null) {
      if (depth >= MAX_JSON_DEPTH) return 'too_deep';
      for (const [k, child] of Object.entries(v)) {
        if (unreadable(k)) return 'invalid_encoding';
        stack.push([child, depth + 1]);
      }
    }
  }
  return undefined;
}

/**
 * Reads a JSON object body: strict UTF-8, valid JSON, no NUL or lone surrogates, at most
 * `MAX_JSON_DEPTH` deep, an object. Every JSON body (form and moderation) comes through here.
 */
export async function readJsonObject(c: Context): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; status: 400 | 415 | 422; code: string }> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) return { ok: false, status: 415, code: 'unsupported_media_type' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
  } catch {
    return { ok: false, status: 400, code: 'invalid_encoding' };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, code: 'invalid_json' }; // also absurd nesting (RangeError)
  }
  const problem = problemOf(body);
  if (problem) return { ok: false, status: problem === 'too_deep' ? 422 : 400, code: problem };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, status: 422, code: 'invalid_type' };
  return { ok: true, value: body as Record<string, unknown> };
}
