/**
 * The script-tag entry, `missie-mentaal.js`. Tiny and without Lit: it finds `mm-*`
 * elements on the page (now and later, through a MutationObserver) and imports only the
 * chunks they need. It works as `<script type="module">` and as a classic `<script defer>`
 * (dynamic `import()` is allowed in both; `import.meta` is not, so it is not used here), in
 * the head or the body, and included twice it does its work once.
 */
type Loaders = Record<string, () => Promise<unknown>>;

// A static map so the bundler can split and hash each element's chunk.
const elements: Loaders = {
  'mm-campaign-banner': () => import('./campaign-banner/mm-campaign-banner.js'),
  'mm-event-list': () => import('./event-list/mm-event-list.js'),
  'mm-week-calendar': () => import('./week-calendar/mm-week-calendar.js'),
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
const RESERVE =
  'mm-campaign-banner:not(:defined){display:block;min-block-size:4.5em}' +
  'mm-event-list:not(:defined){display:block;min-block-size:24em}' +
  'mm-week-calendar:not(:defined){display:block;min-block-size:34em}';

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

  scan(document);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) scan(n);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
