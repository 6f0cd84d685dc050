/**
 * The three origins every partner has: their own page, the CDN that serves the widgets, and
 * the content API (../shared/DESIGN.md, "The pieces"). `npm start`, the end-to-end tests and
 * the cold-load benchmark serve them on three ports, so that what works here works on
 * `gemeente-x.nl` too: a page, CDN and API on one origin hides cross-origin faults (a classic
 * script's `import()` resolved against about:blank, a missing CORS header, a CSP directive).
 */
import { Hono } from 'hono';
import { serveStatic } from './http/static.js';

/** Public base URLs, each ending in `/`: `site` (demo pages), `cdn` (…/cdn/), `api` (…/api/v1/). */
export interface Origins {
  site: string;
  cdn: string;
  api: string;
}

/**
 * `npm start`'s addresses: the demo on `localhost:PORT`, the CDN on `127.0.0.1:PORT+1`, the
 * API on `127.0.0.1:PORT+2` (three origins: scheme, host and port together name one).
 */
export function localOrigins(port: number): Origins & { ports: { site: number; cdn: number; api: number } } {
  return {
    site: `http://localhost:${port}/`,
    cdn: `http://127.0.0.1:${port + 1}/cdn/`,
    api: `http://127.0.0.1:${port + 2}/api/v1/`,
    ports: { site: port, cdn: port + 1, api: port + 2 },
  };
}

const originOf = (url: string) => new URL(url).origin;

/**
 * The Content-Security-Policy of the demo pages: what a careful partner sends. Scripts only
 * from the page itself and the CDN, requests only to the API. `style-src 'unsafe-inline'` is
 * for the demo pages' own `<style>` blocks; the widgets need none (they use constructed
 * stylesheets, which CSP does not restrict). README.md lists the directives a partner needs.
 */
export function demoCsp(o: Origins, extraScriptOrigins: string[] = []): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", originOf(o.cdn), ...extraScriptOrigins.map(originOf)].join(' '),
    `connect-src 'self' ${originOf(o.api)}`,
    "style-src 'self' 'unsafe-inline'",
    // PDOK's map tiles, for <mm-walk-in-finder map> (README: what a partner's CSP needs).
    "img-src 'self' data: https://service.pdok.nl",
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The demo pages are templates: `{{cdn}}` and `{{api}}` become the CDN and API base URLs,
 * `{{cdn-origin}}` / `{{api-origin}}` their origins (for a page's own CSP meta tag).
 */
export function fillTemplate(html: string, o: Origins): string {
  const values: Record<string, string> = { cdn: o.cdn, api: o.api, 'cdn-origin': originOf(o.cdn), 'api-origin': originOf(o.api), site: o.site };
  return html.replace(/\{\{(cdn|api|cdn-origin|api-origin|site)\}\}/g, (_, k: string) => values[k]!);
}

/** The CDN origin: `/cdn/*` from `dir`, open to every origin (module scripts are fetched with CORS). */
export function cdnApp(dir: string): Hono {
  const files = serveStatic({
    root: dir,
    prefix: '/cdn',
    // Hashed chunks never change; the loader's name stays the same, so it must stay fresh.
    cacheControl: (rel) => (rel.startsWith('chunks/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300, stale-while-revalidate=86400'),
    headers: { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' },
  });
  const app = new Hono();
  app.get('/cdn/*', async (c) => (await files(c)) ?? c.text('Niet gevonden', 404, { 'Access-Control-Allow-Origin': '*' }));
  app.notFound((c) => c.text('Niet gevonden', 404));
  return app;
}

/**
 * The partner's origin: the demo pages from `dir`, filled in for these origins, with the CSP
 * above. `extraPages`: path → template (HTML, or JavaScript when the path ends in `.js`);
 * `extraScriptOrigins`: more origins for `script-src` (the benchmark's FullCalendar CDN).
 */
export function siteApp(dir: string, o: Origins, extraPages: Record<string, string> = {}, extraScriptOrigins: string[] = []): Hono {
  const headers = { 'Content-Security-Policy': demoCsp(o, extraScriptOrigins), 'Referrer-Policy': 'strict-origin-when-cross-origin', 'X-Content-Type-Options': 'nosniff' };
  const files = serveStatic({ root: dir, prefix: '', cacheControl: () => 'no-cache', headers, htmlFallback: true, transformHtml: (html) => fillTemplate(html, o) });
  const app = new Hono();
  // Pages made by a test (script-tag variants) are served like the files, from the same origin.
  for (const [path, text] of Object.entries(extraPages)) {
    const type = path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8';
    app.get(path, (c) => c.body(fillTemplate(text, o), 200, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-cache' }));
  }
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('*', async (c) => (await files(c)) ?? c.text('Niet gevonden', 404, headers));
  return app;
}
