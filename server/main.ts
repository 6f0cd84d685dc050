/**
 * `npm start`: opens the store (PGlite in ./data/pglite, or PostgreSQL with DATABASE_URL),
 * migrates, seeds sample data when empty, and serves the API, CDN bundle and demo pages.
 * Env: PORT (8080), MM_DATA_DIR (./data), DATABASE_URL, MM_ADMIN_TOKEN, MM_SECRET, MM_GEOCODER=pdok, MM_TRUST_PROXY=1.
 */
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { secretFrom } from './config.js';
import { openDb } from './db/db.js';
import { migrate } from './db/migrations.js';
import { geocoderFromEnv } from './geo/geocoder.js';
import { seedIfEmpty } from './store/seed.js';
import { join } from 'node:path';

const env = process.env;
const port = Number(env.PORT ?? 8080);
// Another folder lets a second server (tests, a demo) run beside `npm start`: PGlite has no file lock.
const dataDir = env.MM_DATA_DIR ?? './data';
const db = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: join(dataDir, 'pglite') });
const applied = await migrate(db);
if (applied.length) console.log(`[server] migrations applied: ${applied.join(', ')}`);
if (await seedIfEmpty(db)) console.log('[server] sample data loaded (every item is marked sample: true)');

const admin = secretFrom(env.MM_ADMIN_TOKEN, join(dataDir, 'admin-token'));
const secret = secretFrom(env.MM_SECRET, join(dataDir, 'secret'));
const { app } = createApp({ db, secret: secret.value, adminToken: admin.value, geocoder: geocoderFromEnv(env), trustProxy: env.MM_TRUST_PROXY === '1' });

const server = serve({ fetch: app.fetch, port, hostname: env.HOST ?? '0.0.0.0' }, () => {
  console.log(`[server] http://localhost:${port}/  (API: http://localhost:${port}/api/v1/activities, store: ${db.kind})`);
  if (!env.MM_ADMIN_TOKEN) console.log(`[server] admin token${admin.generated ? ' (new)' : ''}: ${admin.value}  (kept in ${join(dataDir, 'admin-token')})`);
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
