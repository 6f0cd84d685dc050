/** What the app needs from outside; tests and the bench pass their own values. */
import type { Db } from './db/db.js';
import type { Geocoder } from './geo/geocoder.js';
import type { ResponseCache } from './http/cache.js';
import type { WalkInIndex } from './store/walk-in-index.js';
import type { MailSettings, SubmissionMail } from './mail/notify.js';

export interface AppOptions {
  db: Db;
  /** HMAC secret for form tokens. */
  secret: string;
  /**
   * Moderators held in memory, besides those in the database (`npm run moderator`): for
   * tests and the bench, which need a known token. `npm start` passes none.
   */
  moderators?: { name: string; token: string }[];
  geocoder?: Geocoder;
  /** The clock (tests pin it). */
  now?: () => Date;
  /** Minimum time between fetching a form token and sending the form (default 3000 ms). */
  minFillMs?: number;
  /** Submissions per client address per window; false turns the limit off (bench). */
  rateLimit?: { max: number; windowMs: number } | false;
  /** Use the address our own proxy appended (the last X-Forwarded-For hop) as the client. */
  trustProxy?: boolean;
  /** Maximum JSON body of a submission in bytes (default 32 KB). */
  maxBodyBytes?: number;
  /**
   * E-mail about submissions (server/mail/): the team's address, the API's public base for
   * management links, the activity link, and a wake-up for the outbox worker. Messages are
   * always written to the outbox; without a worker they wait there.
   */
  mail?: Partial<MailSettings>;
}

export interface AppDeps extends Required<Omit<AppOptions, 'rateLimit' | 'mail'>> {
  /** Writes the e-mails a change causes to the outbox, in its transaction. */
  mail: SubmissionMail;
  rateLimit: { max: number; windowMs: number } | false;
  cache: ResponseCache;
  /** The walk-ins behind a spatial index in memory, kept in step with the database. */
  walkIns: WalkInIndex;
  /** Call after every write: clears the read cache. */
  changed: () => void;
}
