/** What the app needs from outside; tests and the bench pass their own values. */
import type { Db } from './db/db.js';
import type { Geocoder } from './geo/geocoder.js';
import type { ResponseCache } from './http/cache.js';

export interface AppOptions {
  db: Db;
  /** HMAC secret for form tokens. */
  secret: string;
  /** Bearer token for /api/v1/admin. */
  adminToken: string;
  geocoder?: Geocoder;
  /** The clock (tests pin it). */
  now?: () => Date;
  /** Minimum time between fetching a form token and sending the form (default 3000 ms). */
  minFillMs?: number;
  /** Submissions per client address per window; false turns the limit off (bench). */
  rateLimit?: { max: number; windowMs: number } | false;
  /** Use the first X-Forwarded-For address as the client (only behind a trusted proxy). */
  trustProxy?: boolean;
  /** Maximum JSON body of a submission in bytes (default 32 KB). */
  maxBodyBytes?: number;
}

export interface AppDeps extends Required<Omit<AppOptions, 'rateLimit'>> {
  rateLimit: { max: number; windowMs: number } | false;
  cache: ResponseCache;
  /** Call after every write: clears the read cache. */
  changed: () => void;
}
