/** The app as tests use it: fixed clock, known secrets, no fill-time wait unless asked. */
import { after, before } from 'node:test';
import { createApp } from '../../../server/app.js';
import { issueToken } from '../../../server/form-token.js';
import type { AppOptions } from '../../../server/deps.js';
import type { Db } from '../../../server/db/db.js';
import { openTestDb } from './db.js';

/** The token of the in-memory moderator "Test Moderator" (see `moderators` in AppOptions). */
export const ADMIN = 'test-admin-token-0123456789';
export const ADMIN_NAME = 'Test Moderator';
export const SECRET = 'test-secret';
export { NOW } from './clock.js';
import { NOW } from './clock.js';

export function testApp(db: Db, options: Partial<AppOptions> = {}) {
  let now = options.now?.() ?? NOW;
  const { app, deps } = createApp({
    db,
    secret: SECRET,
    moderators: [{ name: ADMIN_NAME, token: ADMIN }],
    minFillMs: 0,
    ...options,
    now: () => now,
  });
  const request = (path: string, init: RequestInit = {}) => app.request(`http://localhost${path}`, init);
  return {
    app,
    deps,
    request,
    setNow: (d: Date) => void (now = d),
    json: async <T = unknown>(path: string, init: RequestInit = {}) => {
      const res = await request(path, init);
      return { res, body: (await res.json()) as T };
    },
    admin: (path: string, init: RequestInit = {}) =>
      request(`/api/v1/admin${path}`, { ...init, headers: { Authorization: `Bearer ${ADMIN}`, ...(init.headers as Record<string, string>) } }),
  };
}

export type TestApp = ReturnType<typeof testApp>;

/**
 * The usual test file: one seeded database (never one per test) and an app on it, opened
 * before the file's first test and closed after its last. Read `.db` and `.t` inside tests.
 */
export function fileApp(options: Partial<AppOptions> = { rateLimit: false }): { readonly db: Db; readonly t: TestApp } {
  const ctx: { db?: Db; t?: TestApp } = {};
  before(async () => {
    ctx.db = await openTestDb();
    ctx.t = testApp(ctx.db, options);
  });
  after(() => ctx.db?.close());
  return {
    get db() {
      return ctx.db!;
    },
    get t() {
      return ctx.t!;
    },
  };
}

/** A form token issued 10 s before NOW: old enough to send, and new for every report. */
export const formToken = () => issueToken(SECRET, new Date(NOW.getTime() - 10_000));

let keyN = 0;
/** An Idempotency-Key no other request in this process has used. */
export const newKey = () => `test-key-${process.pid}-${++keyN}`;

/** POST /submissions as the form does (a fresh key unless `headers` names one). */
export const postForm = (app: TestApp, body: unknown, headers: Record<string, string> = {}) =>
  app.request('/api/v1/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
