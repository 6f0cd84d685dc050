/**
 * Three origins, as on a partner's site (server/origins.ts): the demo pages on
 * `http://localhost:<a>`, the CDN on `http://127.0.0.1:<b>/cdn/`, the API on
 * `http://127.0.0.1:<c>/api/v1/`. The CDN bundle is built for this API address into a
 * temporary folder (dist/ is left alone). Used by the end-to-end tests and the cold-load bench.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from '../../server/app.js';
import type { Db } from '../../server/db/db.js';
import type { AppOptions } from '../../server/deps.js';
import { cdnApp, siteApp, type Origins } from '../../server/origins.js';
import { buildCdn } from '../../scripts/build-cdn.js';

export interface Topology extends Origins {
  /** Stop the three servers and remove the build. */
  close(): Promise<void>;
}

function listen(app: Hono): Promise<{ server: ServerType; port: number }> {
  return new Promise((ok) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => ok({ server, port: info.port }));
  });
}

/**
 * `pages`: extra pages (path → HTML template) served by the partner's origin beside demo/;
 * `extraScriptOrigins`: more origins the pages' CSP allows scripts from.
 */
export async function startTopology(
  db: Db,
  options: Partial<AppOptions> = {},
  pages: Record<string, string> = {},
  { extraScriptOrigins = [] as string[] } = {},
): Promise<Topology> {
  const { app } = createApp({ db, secret: 'e2e-secret', moderators: [{ name: 'Eindtest (voorbeeld)', token: 'mm_mod_e2e-token-0123456789abcdef' }], minFillMs: 0, ...options });
  const api = await listen(app);
  const out = await mkdtemp(join(tmpdir(), 'mm-cdn-'));
  const origins: Origins = { site: '', cdn: '', api: `http://127.0.0.1:${api.port}/api/v1/` };
  await buildCdn({ apiUrl: origins.api, outDir: out });
  const cdn = await listen(cdnApp(out));
  origins.cdn = `http://127.0.0.1:${cdn.port}/cdn/`;
  // The site's port is known only once it listens; its pages are filled in per request.
  const site = await listen(siteAppLate(() => origins, pages, extraScriptOrigins));
  origins.site = `http://localhost:${site.port}/`;
  return {
    ...origins,
    async close() {
      for (const s of [site, cdn, api]) s.server.close();
      await rm(out, { recursive: true, force: true });
    },
  };
}

function siteAppLate(origins: () => Origins, pages: Record<string, string>, extraScriptOrigins: string[]): Hono {
  let app: Hono | undefined;
  const late = { fetch: (req: Request) => (app ??= siteApp(resolve('demo'), origins(), pages, extraScriptOrigins)).fetch(req) };
  return late as unknown as Hono;
}
