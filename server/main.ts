/**
 * The server: opens the store (PGlite in ./data/pglite, or PostgreSQL with DATABASE_URL),
 * migrates, seeds sample data when empty, and serves three origins, as partners have them
 * (`server/origins.ts`): the demo pages on PORT, the CDN bundle (MM_CDN_DIR, default dist/cdn)
 * on PORT+1, the API on PORT+2. `npm start` (scripts/start.ts) builds the bundle for these
 * addresses first, into dist/local-cdn.
 * Env: PORT (8080), HOST (0.0.0.0), MM_DATA_DIR (./data), DATABASE_URL, MM_SECRET,
 * MM_GEOCODER=pdok, MM_TRUST_PROXY=1, SMTP_URL, MM_MAIL_FROM, MM_MODERATOR_EMAIL, MM_PUBLIC_API_URL,
 * MM_ACTIVITY_URL (server/config.ts, docs/server.md). Walk-in hours kept in OSM syntax are derived again at
 * start and daily (their dated exceptions reach about six months ahead).
 * Moderators: `npm run moderator -- add "Name"`; on a database without any, one named
 * "Ontwikkelaar (lokaal)" is made and its token printed once, so the API works at once.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { StartupError, secretFrom } from './config.js';
import { openDb } from './db/db.js';
import { migrate } from './db/migrations.js';
import { geocoderFromEnv } from './geo/geocoder.js';
import { cdnApp, localOrigins, siteApp } from './origins.js';
import { firstModerator } from './store/moderators.js';
import { seedIfEmpty } from './store/seed.js';
import { renewOpeningHours } from './store/walk-ins.js';
import { dateKey } from '../src/core/dates.js';
import { OutboxWorker } from './mail/outbox.js';
import { transportFrom } from './mail/transport.js';
import { mailSettingsFromEnv } from './config.js';
import { join, resolve } from 'node:path';

const env = process.env;
const origins = localOrigins(Number(env.PORT ?? 8080));
// Another folder lets a second server (tests, a demo) run beside `npm start`: PGlite has no file lock.
const dataDir = env.MM_DATA_DIR ?? './data';
// A damaged data folder or secret file: one sentence saying which and what to do, no stack.
const fail = (err: unknown): never => {
  if (!(err instanceof StartupError)) throw err;
  console.error(`[server] cannot start: ${err.message}`);
  process.exit(1);
};
const secret = (() => {
  try {
    return secretFrom(env.MM_SECRET, join(dataDir, 'secret'));
  } catch (err) {
    return fail(err);
  }
})();
const db = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: join(dataDir, 'pglite') }).catch(fail);
const applied = await migrate(db);
if (applied.length) console.log(`[server] migrations applied: ${applied.join(', ')}`);
if (await seedIfEmpty(db)) console.log('[server] sample data loaded (every item is marked sample: true)');
const developer = await firstModerator(db);
if (env.MM_ADMIN_TOKEN) console.warn('[server] MM_ADMIN_TOKEN is no longer used: every moderator has a personal token (npm run moderator -- add "Name").');

// E-mail: through SMTP_URL, else .eml files in <data>/outbox; the worker delivers the outbox table.
const mailSettings = (() => {
  try {
    return mailSettingsFromEnv(env, origins.api);
  } catch (err) {
    return fail(err);
  }
})();
const transport = transportFrom(env.SMTP_URL, dataDir);
const worker = new OutboxWorker({ db, transport, now: () => new Date(), from: mailSettings.from });
const { app, deps } = createApp({
  db,
  secret: secret.value,
  geocoder: geocoderFromEnv(env),
  trustProxy: env.MM_TRUST_PROXY === '1',
  mail: { ...mailSettings, notify: () => worker.kick() },
});

// Hours written in OSM syntax carry about six months of dated exceptions: renew them now and daily.
const renewHours = async () => {
  const n = await renewOpeningHours(db, dateKey(new Date()));
  if (n) {
    deps.changed();
    console.log(`[server] opening hours renewed for ${n} walk-in place(s)`);
  }
};
await renewHours();
await deps.walkIns.preload();
setInterval(() => void renewHours().catch((err) => console.error(`[server] renewing opening hours failed: ${String(err)}`)), 24 * 3_600_000).unref();

const listen = (what: Hono, port: number) =>
  new Promise<ServerType>((ok) => {
    const s = serve({ fetch: what.fetch, port, hostname: env.HOST ?? '0.0.0.0' }, () => ok(s));
  });
const servers = await Promise.all([
  listen(siteApp(resolve('demo'), origins), origins.ports.site),
  listen(cdnApp(resolve(process.env.MM_CDN_DIR ?? 'dist/cdn')), origins.ports.cdn),
  listen(app, origins.ports.api),
]);
console.log(`[server] demo site (a partner's page): ${origins.site}`);
console.log(`[server] CDN:                          ${origins.cdn}missie-mentaal.js`);
console.log(`[server] API:                          ${origins.api}activities  (store: ${db.kind})`);
console.log(`[server] moderation page:              ${new URL('/moderatie/', origins.api).href}  (sign in with a moderator's token)`);
console.log(`[server] e-mail:                       ${env.SMTP_URL ? `SMTP ${transport.describe}` : `.eml files in ${transport.describe} (set SMTP_URL to send)`}${mailSettings.moderatorEmail ? '' : '; no MM_MODERATOR_EMAIL, so no notice of new submissions'}`);
worker.start();
// Shown this once: only its hash is stored. More people: `npm run moderator -- add "Name"`.
if (developer) console.log(`[server] moderator "${developer.name}" made; its token (shown once, keep it): ${developer.token}`);
console.log(`\n  Open ${origins.site} in your browser. Ctrl-C stops the server.\n`);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`[server] ${signal}: closing`);
  for (const s of servers) s.close();
  await worker.stop();
  transport.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
