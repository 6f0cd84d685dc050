/** The app as tests use it: fixed clock, known secrets, no fill-time wait unless asked. */
import { createApp } from '../../../server/app.js';
import type { AppOptions } from '../../../server/deps.js';
import type { Db } from '../../../server/db/db.js';

export const ADMIN = 'test-admin-token-0123456789';
export const SECRET = 'test-secret';
/** Monday 23 November 2026, 12:00 in Amsterdam. */
export const NOW = new Date('2026-11-23T12:00:00+01:00');

export function testApp(db: Db, options: Partial<AppOptions> = {}) {
  let now = options.now?.() ?? NOW;
  const { app, deps } = createApp({
    db,
    secret: SECRET,
    adminToken: ADMIN,
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
