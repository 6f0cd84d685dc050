/**
 * The campaign team's moderation page on the API origin, `/moderatie/`: one HTML page, its
 * stylesheet and its script (moderation/, bundled with esbuild when first asked for, then
 * kept in memory), which calls the admin API (same origin, the moderator's token in the
 * Authorization header). A strict CSP (scripts and requests only to this origin, no inline
 * script or style), never cached, not indexed, no referrer, never in a frame.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

const DIR = fileURLToPath(new URL('../moderation/', import.meta.url));

export const MODERATION_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const HEADERS = {
  'Content-Security-Policy': MODERATION_CSP,
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

let bundle: Promise<string> | undefined;

/** The page's script: moderation/main.ts and what it imports, as one minified ES module. */
export function moderationScript(): Promise<string> {
  bundle ??= (async () => {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [`${DIR}main.ts`],
      bundle: true,
      format: 'esm',
      minify: true,
      target: 'es2021',
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
    });
    return out.outputFiles[0]!.text;
  })();
  bundle.catch(() => (bundle = undefined));
  return bundle;
}

/** The page's routes, with their full paths (mount at the origin's root). */
export function moderationPage(): Hono {
  const app = new Hono();
  const file = (name: string, type: string) => async () => new Response(await readFile(`${DIR}${name}`, 'utf8'), { headers: { ...HEADERS, 'Content-Type': type } });
  app.get('/moderatie', (c) => c.redirect('/moderatie/', 301));
  app.get('/moderatie/', file('index.html', 'text/html; charset=utf-8'));
  app.get('/moderatie/page.css', file('page.css', 'text/css; charset=utf-8'));
  app.get('/moderatie/app.js', async (c) => c.body(await moderationScript(), 200, { ...HEADERS, 'Content-Type': 'text/javascript; charset=utf-8' }));
  return app;
}
