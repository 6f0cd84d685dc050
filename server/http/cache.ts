/**
 * Read responses: ETag (hash of the body), 304 on If-None-Match, the public Cache-Control,
 * compression, and an in-memory cache keyed by the full URL (+ language of error texts).
 * Any write clears the cache, so an approved activity shows up in every feed at once;
 * a short TTL covers answers that depend on the clock ("open now", "upcoming").
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { toLang } from '../../src/core/i18n.js';
import { Variants, asBody, pickEncoding } from './compress.js';

export const READ_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

/** Headers of an answer that the cache keeps and sends again (the rest it sets itself). */
const KEPT_HEADERS = ['Content-Type', 'Content-Disposition'] as const;

interface Entry {
  status: number;
  /** The KEPT_HEADERS the answer had, e.g. the single .ics file's Content-Disposition. */
  headers: Record<string, string>;
  etag: string;
  variants: Variants;
  expires: number;
}

export class ResponseCache {
  private readonly map = new Map<string, Entry>();
  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 500,
  ) {}
  get(key: string, now: number): Entry | undefined {
    const e = this.map.get(key);
    if (e && e.expires > now) return e;
    if (e) this.map.delete(key);
    return undefined;
  }
  set(key: string, entry: Omit<Entry, 'expires'>, now: number): Entry {
    if (this.map.size >= this.maxEntries) this.map.delete(this.map.keys().next().value!);
    const e = { ...entry, expires: now + this.ttlMs };
    this.map.set(key, e);
    return e;
  }
  clear(): void {
    this.map.clear();
  }
  get size(): number {
    return this.map.size;
  }
}

function keptHeaders(from: Headers): Record<string, string> {
  const out: Record<string, string> = { 'Content-Type': 'application/json' };
  for (const name of KEPT_HEADERS) {
    const v = from.get(name);
    if (v !== null) out[name] = v;
  }
  return out;
}

export const etagOf = (body: Uint8Array): string => `"${createHash('sha1').update(body).digest('base64url')}"`;

function respond(e: Entry, ifNoneMatch: string | undefined, acceptEncoding: string | undefined): Response {
  const headers: Record<string, string> = {
    ...e.headers,
    ETag: e.etag,
    'Cache-Control': READ_CACHE_CONTROL,
    Vary: 'Accept-Encoding, Accept-Language',
    'Access-Control-Allow-Origin': '*',
  };
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === e.etag || t.trim() === '*')) {
    return new Response(null, { status: 304, headers });
  }
  const enc = pickEncoding(acceptEncoding, e.headers['Content-Type'] ?? null, e.variants.body.length);
  if (enc) headers['Content-Encoding'] = enc;
  return new Response(asBody(enc ? e.variants.get(enc) : e.variants.body), { status: e.status, headers });
}

/**
 * Middleware for GET read endpoints. Only 200 answers are cached; errors pass through.
 * HEAD is answered from the same entry (Hono runs the GET route for it and drops the
 * body), so it never reruns the query and carries the same headers as GET.
 */
export function cachedReads(cache: ResponseCache, now: () => number = Date.now): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const key = `${c.req.url}|${toLang(c.req.header('accept-language'))}`;
    const hit = cache.get(key, now());
    if (hit) {
      c.res = respond(hit, c.req.header('if-none-match'), c.req.header('accept-encoding'));
      return;
    }
    await next();
    if (c.res.status !== 200 || c.res.headers.get('Content-Encoding')) return;
    const body = Buffer.from(await c.res.arrayBuffer());
    const entry = cache.set(
      key,
      { status: 200, headers: keptHeaders(c.res.headers), etag: etagOf(body), variants: new Variants(body) },
      now(),
    );
    c.res = undefined;
    c.res = respond(entry, c.req.header('if-none-match'), c.req.header('accept-encoding'));
  };
}
