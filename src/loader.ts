/**
 * The script-tag entry, `missie-mentaal.js`. Tiny and without Lit: it finds `mm-*`
 * elements on the page (now and later, through a MutationObserver) and imports only the
 * chunks they need. It works as a classic `<script>` (recommended, in the head: it then
 * reserves room for the elements before the page is first drawn, so nothing jumps), as
 * `<script defer>` and as `<script type="module">` (dynamic `import()` is allowed in all;
 * `import.meta` is not, so it is not used here). Included twice, it does its work once.
 */
type Loaders = Record<string, () => Promise<unknown>>;

// The chunks an element's chunk imports are asked for at the same time as the element's
// own, not after it has arrived: one round trip less on a slow network. A module of each
// stands for its chunk (rollup.config.mjs puts it there); test/server/build.test.ts checks
// that every chunk an element imports is in its list.
const shared = () => import('./core/mm-element.js'); // Lit + the core
const activity = () => import('./core/activity-element.js'); // what the list and the week share

// A static map so the bundler can split and hash each element's chunk.
const elements: Loaders = {
  'mm-campaign-banner': () => Promise.all([import('./campaign-banner/mm-campaign-banner.js'), shared()]),
  'mm-event-list': () => Promise.all([import('./event-list/mm-event-list.js'), shared(), activity()]),
  'mm-week-calendar': () => Promise.all([import('./week-calendar/mm-week-calendar.js'), shared(), activity()]),
};

interface Global {
  __missieMentaal?: { api?: string; loader?: boolean };
}

function scriptUrl(): string | undefined {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.src) return current.src;
  // Module scripts have no currentScript: find our own tag by name.
  const tags = document.querySelectorAll<HTMLScriptElement>('script[src*="missie-mentaal"]');
  return tags[tags.length - 1]?.src;
}

/**
 * Until an element is defined, its light-DOM fallback (a link) shows in a box of about the
 * height the element will take, so the page does not jump when it upgrades. A constructed
 * stylesheet, because a strict CSP (`style-src 'self'`) blocks injected <style> elements.
 */
// The heights are those of each element's own placeholder (measured on the demo pages); an
// undefined element cannot be a size container, so the viewport width stands in for its own.
const RESERVE =
  ':is(mm-campaign-banner,mm-event-list,mm-week-calendar):not(:defined){display:block}' +
  'mm-campaign-banner:not(:defined){min-block-size:4.5em}' +
  'mm-campaign-banner[variant=card]:not(:defined){min-block-size:16em}' +
  'mm-event-list:not(:defined){min-block-size:24em}' +
  'mm-event-list[filters]:not(:defined){min-block-size:36em}' +
  'mm-week-calendar:not(:defined){min-block-size:50em}' +
  'mm-week-calendar[display]:not(:defined){min-block-size:100vh}' +
  '@media (max-width:45em){' +
  'mm-campaign-banner:not([variant=card]):not(:defined){min-block-size:11.5em}' +
  'mm-campaign-banner[variant=card]:not(:defined){min-block-size:21em}' +
  'mm-event-list[filters]:not(:defined){min-block-size:43em}' +
  'mm-week-calendar:not([display]):not(:defined){min-block-size:58em}}';

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
  g.__missieMentaal = {
    ...g.__missieMentaal,
    loader: true,
    // The API lives beside the CDN (`/cdn/missie-mentaal.js` → `/api/v1/`) unless a page says otherwise.
    api: g.__missieMentaal?.api ?? (src ? new URL('/api/v1/', src).href : undefined),
  };

  const requested = new Set<string>();
  const load = (tag: string) => {
    if (requested.has(tag) || customElements.get(tag)) return;
    requested.add(tag);
    elements[tag]!().catch((err: unknown) => {
      requested.delete(tag);
      console.warn(`[missie-mentaal] could not load <${tag}>:`, err);
    });
  };
  const scan = (root: ParentNode) => {
    for (const tag of Object.keys(elements)) {
      if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
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
