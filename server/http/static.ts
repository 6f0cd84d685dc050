/**
 * Static files (demo pages, CDN bundle) with content types, ETag/304, compression and no
 * way out of the root: the decoded path must not contain `..`, backslashes or NUL, and the
 * resolved file must still lie inside the root.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import { Variants, asBody, pickEncoding } from './compress.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticOptions {
  root: string;
  /** URL prefix to strip (`/cdn`), or '' for the site root. */
  prefix: string;
  cacheControl: (relPath: string) => string;
  headers?: Record<string, string>;
  /** Also try `<path>.html` (pretty URLs for the demo pages). */
  htmlFallback?: boolean;
  /** Rewrites the text of `.html` files once when read (the demo pages fill in their origins). */
  transformHtml?: (html: string) => string;
}

/** The file inside `root` that a URL path names, or null when it tries to leave the root. */
export function safeResolve(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (/[\0\\]/.test(decoded) || decoded.split('/').some((seg) => seg === '..')) return null;
  const base = resolve(root);
  const file = resolve(join(base, decoded));
  return file === base || file.startsWith(base + sep) ? file : null;
}

export function serveStatic(opts: StaticOptions) {
  // Per server: two sites in one process (tests) may fill in the same file differently.
  const memo = new Map<string, { mtime: number; variants: Variants; etag: string }>();
  return async (c: Context): Promise<Response | undefined> => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return undefined;
    const rawPath = new URL(c.req.url).pathname.slice(opts.prefix.length) || '/';
    const first = safeResolve(opts.root, rawPath);
    if (!first) return undefined;
    const candidates = [first, join(first, 'index.html'), ...(opts.htmlFallback ? [`${first}.html`] : [])];
    for (const file of candidates) {
      const st = await stat(file).catch(() => null);
      if (!st?.isFile()) continue;
      let m = memo.get(file);
      if (!m || m.mtime !== st.mtimeMs) {
        let bytes = await readFile(file);
        if (opts.transformHtml && file.endsWith('.html')) bytes = Buffer.from(opts.transformHtml(bytes.toString('utf8')));
        m = { mtime: st.mtimeMs, variants: new Variants(bytes), etag: `"${bytes.length.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"` };
        memo.set(file, m);
      }
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const rel = file.slice(resolve(opts.root).length + 1).split(sep).join('/');
      const headers: Record<string, string> = {
        'Content-Type': type,
        ETag: m.etag,
        'Cache-Control': opts.cacheControl(rel),
        Vary: 'Accept-Encoding',
        'X-Content-Type-Options': 'nosniff',
        ...opts.headers,
      };
      if (c.req.header('if-none-match') === m.etag) return new Response(null, { status: 304, headers });
      const enc = pickEncoding(c.req.header('accept-encoding'), type, m.variants.body.length);
      if (enc) headers['Content-Encoding'] = enc;
      return new Response(asBody(c.req.method === 'HEAD' ? null : enc ? m.variants.get(enc) : m.variants.body), { headers });
    }
    return undefined;
  };
}
