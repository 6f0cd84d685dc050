/** The app as tests use it: fixed clock, known secrets, no fill-time wait unless asked. */
import { createApp } from '../../../server/app.js';
import type { AppOptions } from '../../../server/deps.js';
import type { Db } from '../../../server/db/db.js';

/** The token of the in-memory moderator "Test Moderator" (see `moderators` in AppOptions). */
export const ADMIN = 'test-admin-token-0123456789';
export const ADMIN_NAME = 'Test Moderator';
export const SECRET = 'test-secret';
/** Monday 23 November 2026, 12:00 in Amsterdam. */
export const NOW = new Date('2026-11-23T12:00:00+01:00');

export function testApp(db: Db, options: Partial<AppOptions> = {}) {
  let now = options.now?.() ?? NOW;
  const { app, deps } = createApp({
    db,
    secret: SECRET,
    moderators: [{ name: ADMIN_NAME, token: ADMIN }],
    minFillMs: 0,
    demoDir: new URL('../fixtures/site', import.meta.url).pathname,
    cdnDir: new URL('../fixtures/site/cdn', import.meta.url).pathname,
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
