import type { Context } from 'hono';

/** Reads a JSON object body: strict UTF-8, valid JSON, an object. Errors as error codes. */
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
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, status: 422, code: 'invalid_type' };
  return { ok: true, value: body as Record<string, unknown> };
}
