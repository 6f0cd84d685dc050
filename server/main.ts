/**
 * `npm start`: opens the store (PGlite in ./data/pglite, or PostgreSQL with DATABASE_URL),
 * migrates, seeds sample data when empty, and serves the API, CDN bundle and demo pages.
 * Env: PORT (8080), MM_DATA_DIR (./data), DATABASE_URL, MM_SECRET, MM_GEOCODER=pdok, MM_TRUST_PROXY=1.
 * Moderators: `npm run moderator -- add "Name"`; on a database without any, one named
 * "Ontwikkelaar (lokaal)" is made and its token printed once, so the API works at once.
 */
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { StartupError, secretFrom } from './config.js';
import { openDb } from './db/db.js';
import { migrate } from './db/migrations.js';
import { geocoderFromEnv } from './geo/geocoder.js';
import { firstModerator } from './store/moderators.js';
import { seedIfEmpty } from './store/seed.js';
import { join } from 'node:path';

const env = process.env;
const port = Number(env.PORT ?? 8080);
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

const { app } = createApp({ db, secret: secret.value, geocoder: geocoderFromEnv(env), trustProxy: env.MM_TRUST_PROXY === '1' });

const server = serve({ fetch: app.fetch, port, hostname: env.HOST ?? '0.0.0.0' }, () => {
  console.log(`[server] http://localhost:${port}/  (API: http://localhost:${port}/api/v1/activities, store: ${db.kind})`);
  // Shown this once: only its hash is stored. More people: `npm run moderator -- add "Name"`.
  if (developer) console.log(`[server] moderator "${developer.name}" made; its token (shown once, keep it): ${developer.token}`);
});

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`[server] ${signal}: closing`);
  server.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
