/**
 * The API origin's HTTP app: the content API under /api/v1. The CDN bundle and the demo
 * pages are other origins (`server/origins.ts`), as on every partner's site.
 * `createApp` takes everything from outside (db, secrets, clock), so tests call
 * `app.request()` without a port.
 */
import { Hono } from 'hono';
import type { AppDeps, AppOptions } from './deps.js';
import { tableGeocoder } from './geo/geocoder.js';
import { ResponseCache, cachedReads } from './http/cache.js';
import { WalkInIndex } from './store/walk-in-index.js';
import { asBody, pickEncoding, compress } from './http/compress.js';
import { apiError } from './http/errors.js';
import { activityRoutes } from './routes/activities.js';
import { adminRoutes } from './routes/admin.js';
import { campaignRoutes } from './routes/campaigns.js';
import { geocodeRoutes } from './routes/geocode.js';
import { schemaRoutes } from './routes/schema.js';
import { submissionRoutes } from './routes/submissions.js';
import { walkInRoutes } from './routes/walk-ins.js';
import { moderationPage } from './moderation-page.js';
import { manageRoutes } from './routes/manage.js';
import { defaultMailSettings, submissionMail } from './mail/notify.js';
import { forLog, pathForLog } from './log.js';

const PAGE_HEADERS = { 'X-Content-Type-Options': 'nosniff' };

export function resolveDeps(o: AppOptions): AppDeps {
  const cache = new ResponseCache();
  const walkIns = new WalkInIndex(o.db);
  const mail = submissionMail({ ...defaultMailSettings(o.mail?.apiBase), ...o.mail });
  return {
    db: o.db,
    secret: o.secret,
    moderators: o.moderators ?? [],
    geocoder: o.geocoder ?? tableGeocoder,
    now: o.now ?? (() => new Date()),
    minFillMs: o.minFillMs ?? 3000,
    rateLimit: o.rateLimit ?? { max: 10, windowMs: 10 * 60_000 },
    trustProxy: o.trustProxy ?? false,
    maxBodyBytes: o.maxBodyBytes ?? 32 * 1024,
    mail,
    cache,
    walkIns,
    changed: () => {
      cache.clear();
      walkIns.recheck();
      // Moderation writes may have put e-mail in the outbox: wake its worker.
      mail.notify();
    },
  };
}

export function createApp(options: AppOptions) {
  const deps = resolveDeps(options);
  const app = new Hono();

  app.onError((err, c) => {
    console.error('[server] unexpected error', c.req.method, pathForLog(c.req.path), forLog(err));
    return apiError(c, 500, [{ path: '', code: 'internal' }]);
  });
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? apiError(c, 404, [{ path: '', code: 'not_found' }]) : c.text('Niet gevonden', 404, PAGE_HEADERS),
  );

  // Browsers ask every origin for an icon; "no content" keeps the pages' consoles clean.
  app.get('/favicon.ico', (c) => c.body(null, 204));

  const api = new Hono();
  // CORS: open for reads and the form endpoint, closed (no header) for /admin.
  api.options('/submissions', (c) =>
    c.body(null, 204, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept-Language',
      'Access-Control-Max-Age': '86400',
    }),
  );
  // Preflight for reads that carry extra headers; /admin gets none (same-origin only).
  api.options('*', (c) =>
    c.req.path.includes('/admin')
      ? c.body(null, 404)
      : c.body(null, 204, {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Methods': 'GET, HEAD',
          'Access-Control-Allow-Headers': 'Accept, Accept-Language, If-None-Match',
          'Access-Control-Max-Age': '86400',
        }),
  );
  api.use('*', async (c, next) => {
    await next();
    // The management page (/beheer/) is a page, not data for other origins: no CORS either.
    if (!c.req.path.includes('/admin') && !c.req.path.includes('/beheer/')) c.res.headers.set('Access-Control-Allow-Origin', '*');
    // Every API answer, cached or not: a browser must never sniff JSON into HTML.
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
  // Uncached answers (admin, form, errors) are compressed here; cached reads carry their own.
  api.use('*', async (c, next) => {
    await next();
    if (c.res.headers.has('Content-Encoding') || !c.res.body) return;
    const enc = pickEncoding(c.req.header('accept-encoding'), c.res.headers.get('Content-Type'), Number(c.res.headers.get('Content-Length') ?? 2048));
    if (!enc) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    if (!pickEncoding(c.req.header('accept-encoding'), c.res.headers.get('Content-Type'), body.length)) return;
    const headers = new Headers(c.res.headers);
    headers.set('Content-Encoding', enc);
    headers.delete('Content-Length');
    headers.append('Vary', 'Accept-Encoding');
    const res = new Response(asBody(compress(body, enc)), { status: c.res.status, headers });
    c.res = undefined;
    c.res = res;
  });
  const reads = cachedReads(deps.cache);
  api.use('*', async (c, next) => {
    if (c.req.path.includes('/admin/') || c.req.path.includes('/submissions') || c.req.path.includes('/beheer/')) return next();
    return reads(c, next);
  });
  api.route('/campaigns', campaignRoutes(deps));
  api.route('/', activityRoutes(deps));
  api.route('/', walkInRoutes(deps));
  api.route('/', geocodeRoutes(deps));
  api.route('/', submissionRoutes(deps));
  api.route('/', schemaRoutes());
  api.route('/admin', adminRoutes(deps));
  api.route('/beheer', manageRoutes(deps));
  app.route('/api/v1', api);
  // The campaign team's moderation page (moderation/), on this origin so it may call /admin.
  app.route('/', moderationPage());
  return { app, deps };
}
