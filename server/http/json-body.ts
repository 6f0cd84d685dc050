import type { Context } from 'hono';

/** Reads a JSON object body: strict UTF-8, valid JSON, an object. Errors as error codes. */
export async function readJsonObject(c: Context): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; status: 400 | 415 | 422; code: string }> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) return { ok: false, status: 415, code: 'unsupported_media_type' };
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer()));
  } catch (err) {
    return { ok: false, status: 400, code: err instanceof SyntaxError ? 'invalid_json' : 'invalid_encoding' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, status: 422, code: 'invalid_type' };
  return { ok: true, value: body as Record<string, unknown> };
}
