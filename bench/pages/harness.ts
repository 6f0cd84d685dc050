/**
 * In-page helpers shared by the bench entries (each entry is bundled on its own, so one
 * element that fails to build does not stop the others; the fake API and the data live on
 * `window` so every bundle on the page uses the same ones).
 *
 * - `manyActivities(2000, WEEK_2026, 6)`: the deterministic test fixture;
 * - a fake `fetch` that answers `…/activities?…` at once from memory (no network, no server);
 * - `paintWhen(check)`: the time of the first paint after `check()` holds.
 */
import { manyActivities, WEEK_2026 } from '../../test/fixtures/activities.js';
import type { Activity } from '../../src/contract/schema.js';
import { activityPage, matchesQuery, serverOrder } from '../../test/helpers/fake-api.js';

export const N_ACTIVITIES = 2000;

interface Served {
  url: string;
  /** performance.now() just before the Response is handed to the caller. */
  at: number;
  count: number;
}

interface Shared {
  data: Activity[];
  /** Every request the fake answered, in order. */
  served: Served[];
  /** Called for every answered request (the search bench waits on it). */
  onServe?: (s: Served) => void;
}

declare global {
  interface Window {
    __bench?: Shared;
    gc?: () => void;
  }
}

/** What the fake API does with `q` (every word begins a word of the activity, as the server's prefix search). */
export const matches = matchesQuery;

/**
 * Install the fake API once per page. Routes by the first path segment of the API base:
 * - `/api-all/`: answers every match in one page (ignores `limit`: 2,000 items in one answer);
 * - any other base: honours `limit` and `cursor` like the real API (`nextCursor` = next offset).
 * Filters and search are the shared fake API's (test/helpers/fake-api.ts), checked against the server.
 */
export function shared(): Shared {
  if (window.__bench) return window.__bench;
  // In the API's order, so what the benches expect (`s.data.filter(…)`) is what the fake answers.
  const s: Shared = { data: manyActivities(N_ACTIVITIES, WEEK_2026, 6, 7).sort(serverOrder), served: [] };
  window.__bench = s;
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    if (!/\/activities$/.test(url.pathname)) return realFetch(input, init);
    // The shared fake API (test/helpers/fake-api.ts), as stories and tests use it.
    const { items, nextCursor } = activityPage(s.data, url, url.pathname.startsWith('/api-all/') ? { pageSize: Infinity } : {});
    const res = new Response(JSON.stringify({ items, nextCursor }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
    const served = { url: url.href, at: performance.now(), count: items.length };
    s.served.push(served);
    s.onServe?.(served);
    return res;
  };
  return s;
}

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

/** Resolves right after the next frame is painted (rAF, then a task posted from it). */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(null);
    }),
  );
}

/**
 * The time of the paint of the first frame in which `check()` holds (checked at the start
 * of each frame, before style, layout and paint). Bounded: throws after `maxFrames`.
 */
export async function paintWhen(check: () => boolean, maxFrames = 900, what = 'condition'): Promise<number> {
  for (let i = 0; i < maxFrames; i++) {
    const t = await new Promise<number | null>((resolve) =>
      requestAnimationFrame(() => {
        if (!check()) return resolve(null);
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now());
        ch.port2.postMessage(null);
      }),
    );
    if (t !== null) return t;
  }
  throw new Error(`timed out after ${maxFrames} frames waiting for ${what}`);
}

/**
 * Records the time of the last DOM change under `root` (a MutationObserver; its callback
 * runs right after the script that changed the DOM): "script done", before style/layout/paint.
 */
export function watchDom(root: Node): () => number {
  let last = NaN;
  const mo = new MutationObserver(() => (last = performance.now()));
  mo.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    mo.disconnect();
    return last;
  };
}

/** Collect garbage (when Chromium runs with --expose-gc), wait until idle and let two frames pass: not timed. */
export async function settle(): Promise<void> {
  // Let the browser finish what the previous measurement left (collecting and sweeping its
  // removed DOM, e.g. FullCalendar's 2,000 events) so it does not land in the next one: one
  // idle callback is not enough, so wait until an idle period is (nearly) whole: nothing
  // else waits. Twice, as the first collection frees what the second one sweeps.
  for (let pass = 0; pass < 2; pass++) {
    if (!(window as { __benchNoGc?: boolean }).__benchNoGc) window.gc?.();
    for (let i = 0; i < 20; i++) {
      const left = await new Promise<number>((r) => requestIdleCallback((d) => r(d.timeRemaining()), { timeout: 500 }));
      if (left > 45) break;
    }
  }
  await frame();
  await frame();
}

/** A fresh, visible box of a fixed width for one measurement. */
export function stage(): HTMLElement {
  document.getElementById('stage')?.remove();
  const el = document.createElement('div');
  el.id = 'stage';
  el.style.cssText = 'inline-size: 1200px; margin: 0 auto;';
  document.body.append(el);
  return el;
}
