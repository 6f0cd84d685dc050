/**
 * The script-tag entry, `missie-mentaal.js`. Tiny and without Lit: it finds `mm-*`
 * elements on the page (now and later, through a MutationObserver) and imports only the
 * chunks they need. It works as a classic `<script>` (recommended, in the head: it then
 * reserves room for the elements before the page is first drawn, so nothing jumps), with
 * `defer` or `async`, as `type="module"`, with or without `crossorigin`, and inserted later
 * by a tag manager (dynamic `import()` is allowed in all; `import.meta` is not, so it is not
 * used here). Included twice, it does its work once.
 *
 * Every chunk is imported by an absolute URL made from the loader's own `src`: a classic
 * script from another origin without `crossorigin` resolves a relative `import('./x.js')`
 * against about:blank, and fails. The build rewrites each `import()` below to
 * `import(new URL("./chunks/…", <loader URL>).href)` (rollup.config.mjs, `absoluteImports`).
 */
import { amsterdamToday } from './core/amsterdam-today.js';
import type { WithLoaderState } from './core/loader-state.js';
// The map tag → chunks and the reserved room come from the table of elements (elements.mjs).
// Rollup builds them from the table (scripts/elements.mjs, `elementsPlugin`); this checked-in
// copy is what the browser tests and the type check read.
import { elements, RESERVE } from './loader-elements.generated.js';

type Global = WithLoaderState;

/** The API base fixed at build time (`MM_API_URL`); empty: the API lives beside the CDN. */
declare const __MM_API_URL__: string | undefined;
const BUILT_API = typeof __MM_API_URL__ === 'string' ? __MM_API_URL__ : '';

/** The loader's own absolute URL (`.src` is resolved against the document's base, as the browser fetched it). */
function scriptUrl(): string | undefined {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.src) return current.src;
  // Module scripts have no currentScript: find our own tag by name.
  const tags = document.querySelectorAll<HTMLScriptElement>('script[src*="missie-mentaal"]');
  return tags[tags.length - 1]?.src;
}

const said = new Set<string>();
/** Addresses and origins the page's CSP blocked (`securitypolicyviolation` events). */
const blocked = new Set<string>();
/**
 * One console message per cause and origin, naming the address tried and the fix. A failed
 * `import()` or `fetch()` only says "Failed to fetch", so the cause is looked up: a CSP report
 * for the address, else a plain no-cors request (it reaches the server → CORS or a missing
 * file; it does not → network). The elements' API client calls this too (`__missieMentaal.explain`).
 */
async function explain(url: string, directive: 'script-src' | 'connect-src', what: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 50)); // let the CSP report arrive
  let origin = '';
  try {
    origin = new URL(url).origin;
  } catch {
    /* not a URL: said as it is */
  }
  const server = directive === 'script-src' ? 'the CDN' : 'the API';
  const cause =
    blocked.has(url) || blocked.has(origin)
      ? `${url} is blocked by this page's Content-Security-Policy: add ${origin} to ${directive}.`
      : (await fetch(url, { mode: 'no-cors', credentials: 'omit' }).then(() => true, () => false))
        ? `${url} was refused by the browser: the address is wrong, or ${server} does not send Access-Control-Allow-Origin (CORS).`
        : `${url} could not be reached (offline, ${server} is down, or the address is wrong).`;
  const key = cause.replace(url, origin);
  if (!said.has(key)) console.warn(`[missie-mentaal] ${what}: ${cause}`);
  said.add(key);
}

/**
 * The first API request of an element, started together with its chunks instead of after
 * them: on a slow phone that saves a round trip plus the time to download and run the chunks.
 * It must be the very URL the element asks for first (its API client takes the answer from
 * `__missieMentaal.prefetched`, see src/core/api.ts); this mirrors campaign-banner.ts,
 * event-list.ts and week-calendar.ts, and test/loader.test.ts checks each element makes no
 * request of its own when the loader prefetched. Anything less certain is not prefetched.
 */
/**
 * A first request, and for the week the one its answer leads to (the campaign → its week),
 * asked as soon as the campaign is in, not once the week's chunks have arrived and run.
 */
interface FirstRequest {
  url: string;
  next?: (answer: { start?: unknown }) => string | undefined;
}

/** The Monday of a date key's week, and the Sunday after it (UTC arithmetic on dates only). */
function weekOf(k: string): [string, string] {
  const d = new Date(`${k.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  const monday = d.toISOString().slice(0, 10);
  d.setUTCDate(d.getUTCDate() + 6);
  return [monday, d.toISOString().slice(0, 10)];
}

function firstRequest(el: Element): FirstRequest | undefined {
  const attr = (name: string) => el.getAttribute(name)?.trim() ?? '';
  let base = attr('api') || (globalThis as Global).__missieMentaal?.api || '/api/v1/';
  if (!base.endsWith('/')) base += '/';
  // Like `apiUrl()`: the non-empty parameters, sorted; the filters a partner fixed with attributes.
  const url = (path: string, params: Record<string, string> = {}) => {
    const u = new URL(path, new URL(base, document.baseURI));
    for (const k of Object.keys(params).sort()) if (params[k]) u.searchParams.set(k, params[k]!);
    return u.href;
  };
  const filters = (extra: Record<string, string>) => {
    const params: Record<string, string> = {};
    for (const k of ['region', 'campaign', 'organizer']) params[k] = attr(k);
    // Like attribute-check.ts: case and spaces do not matter in these.
    for (const k of ['audience', 'type', 'mode'])
      params[k] = attr(k).split(',').map((p) => p.trim().toLowerCase().replace(/\s+/g, '-')).filter(Boolean).join(',');
    return { ...params, ...extra };
  };
  const campaign = attr('campaign');
  // isSlug() of the contract (SLUG, at most SLUG_MAX = 80 long), as the banner checks it: the
  // loader imports no chunk, so it has its own copy (test/loader-prefetch.test.ts tries one in upper case and one too long).
  if (campaign && !(campaign.length <= 80 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(campaign))) return undefined;
  const current = url(campaign ? `campaigns/${campaign}` : 'campaigns/current');
  if (el.localName === 'mm-campaign-banner') return { url: current };
  if (el.localName === 'mm-week-calendar') {
    // The week named by `week`, else the campaign's week once the campaign has answered.
    const week = (k: string) => {
      const [from, to] = weekOf(k);
      return url('activities', filters({ from, to, limit: '200' }));
    };
    if (/^\d{4}-\d\d-\d\d/.test(attr('week'))) return { url: week(attr('week')) };
    return { url: current, next: (c) => (typeof c.start === 'string' && /^\d{4}-\d\d-\d\d/.test(c.start) ? week(c.start) : undefined) };
  }
  if (el.localName !== 'mm-event-list') return undefined;
  const n = Math.round(Number(attr('limit')));
  // Upcoming from today in Amsterdam, like `todayKey()`; `limit` as the list reads it.
  return { url: url('activities', filters({ from: attr('from') || amsterdamToday(), to: attr('to'), limit: String(n >= 1 ? Math.min(n, 200) : 20) })) };
}

/**
 * Until an element is defined, its light-DOM fallback (a link) shows in a box of about the
 * height the element will take, so the page does not jump when it upgrades. A constructed
 * stylesheet, because a strict CSP (`style-src 'self'`) blocks injected <style> elements.
 */
// The heights (in elements.mjs) are those of each element's own placeholder (measured on the
// demo pages). The font size is the elements' own (tokens.ts: the visitor's default, not the
// page's), so that `em` here is the `em` of their placeholders. `flow-root`: the margins of the
// partner's fallback content (a <p>) stay inside, as they do once the shadow root hides it.
function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    /* very old browser: no reservation, the widgets still work */
  }
}

function start(): void {
  const g = globalThis as Global;
  if (g.__missieMentaal?.loader) return; // included twice: the first copy does the work
  // At once, not after the page is parsed: a classic script in the head runs before the
  // first paint, so the reserved room is there when the page is first drawn.
  reserveSpace();
  const src = scriptUrl();
  if (!src) console.warn('[missie-mentaal] the loader could not find its own <script src="…/missie-mentaal.js">; keep that file name.');
  g.__missieMentaal = {
    ...g.__missieMentaal,
    loader: true,
    cdn: src,
    explain,
    // The API fixed at build time, else beside the CDN (`/cdn/missie-mentaal.js` → `/api/v1/`), unless a page says otherwise.
    api: g.__missieMentaal?.api ?? (BUILT_API || (src ? new URL('/api/v1/', src).href : undefined)),
  };
  document.addEventListener('securitypolicyviolation', (e) => {
    blocked.add(e.blockedURI);
  });

  const requested = new Set<string>();
  const load = (tag: string) => {
    if (requested.has(tag) || customElements.get(tag)) return;
    requested.add(tag);
    elements[tag]!().catch((err: unknown) => {
      requested.delete(tag); // an element added later tries again
      const url = /https?:\/\/\S+?\.js/.exec(String(err))?.[0] ?? String(err);
      void explain(url, 'script-src', `<${tag}> could not load, so its fallback content stays`);
    });
  };
  // The elements' first Amsterdam date loads the browser's time zone data: 80 ms on a slow
  // phone, measured right after their chunks arrive. Done here instead, once the requests are
  // on their way, it costs nothing: the browser is only waiting for the network then.
  let warm = false;
  const warmUp = () => {
    if (!warm) setTimeout(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(0));
    warm = true;
  };
  const prefetched = (g.__missieMentaal.prefetched = new Map<string, Promise<Response>>());
  // Each URL asked once; its JSON read once, for the requests it leads to. Several elements
  // may want the same answer (a banner and a week both start from the current campaign), and
  // only the week's needs the chain: it is attached whoever asked first.
  const asked = new Map<string, () => Promise<unknown>>();
  const prefetch = (req: FirstRequest | undefined) => {
    if (!req?.url) return;
    let json = asked.get(req.url);
    if (!json) {
      const answer = fetch(req.url, { headers: { accept: 'application/json' }, credentials: 'omit' });
      answer.catch(() => undefined); // the element reports failures when it takes the answer
      prefetched.set(req.url, answer);
      // Copied at once, before an element can take the answer and read its body.
      const copy = answer.then((r) => r.clone());
      copy.catch(() => undefined);
      let read: Promise<unknown> | undefined;
      json = () => (read ??= copy.then((r) => (r.ok ? r.json() : undefined)));
      asked.set(req.url, json);
    }
    const next = req.next;
    if (next)
      json()
        .then((answer) => answer && prefetch({ url: next(answer as Parameters<typeof next>[0]) ?? '' }))
        .catch(() => undefined);
  };
  const scan = (root: ParentNode) => {
    for (const tag of Object.keys(elements)) {
      const found = root instanceof Element && root.localName === tag ? [root] : root.querySelectorAll(tag);
      if (!found.length) continue;
      // The chunks first, then the data: both are on their way before either arrives, and
      // the chunks are the longer wait (measured: the list's answer is in some 200 ms before
      // its chunks on a slow phone).
      const defined = !!customElements.get(tag);
      load(tag);
      for (const el of found) if (!defined) prefetch(firstRequest(el));
      warmUp();
    }
  };

  // Elements are found as the parser adds them (a script in the head sees the page still
  // loading), so their chunks are asked for at once, not after the whole page is parsed.
  scan(document);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) scan(n);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

start();
