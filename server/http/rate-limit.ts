/** A sliding-window rate limit per client address, in memory (one process, reference server). */
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}
  /** Records a hit; returns 0 when allowed, else the seconds to wait. */
  hit(key: string, now: number): number {
    const since = now - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (list.length >= this.max) {
      this.hits.set(key, list);
      return Math.max(1, Math.ceil((list[0]! + this.windowMs - now) / 1000));
    }
    list.push(now);
    this.hits.set(key, list);
    if (this.hits.size > 10_000) for (const [k, v] of this.hits) if (!v.some((t) => t > since)) this.hits.delete(k);
    return 0;
  }
}

/**
 * The client's address: the socket's, or behind our own proxy the last X-Forwarded-For
 * hop. That one our proxy appended; everything to its left the client wrote itself, so
 * taking the first would let anyone pick a fresh address per request and skip the limit.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (fwd) return fwd;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}
