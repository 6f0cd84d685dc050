/**
 * Bench entry for `<mm-event-list>`: first render from a warm cache, and the search
 * keystroke. Exposes `window.benchEventList`.
 */
import '../../src/event-list/mm-event-list.js';
import { WEEK_2026 } from '../../test/fixtures/activities.js';
import { groupByDay } from '../../src/core/activities.js';
import { afterPaint, matches, N_ACTIVITIES, paintWhen, settle, shared, stage, watchDom } from './harness.js';

const items = (el: Element) => el.shadowRoot?.querySelectorAll('li.item').length ?? 0;
const idle = (el: Element) => el.shadowRoot?.querySelector('.body')?.getAttribute('aria-busy') === 'false';

function create(api: string, limit: number, extra: Record<string, string> = {}): HTMLElement {
  const el = document.createElement('mm-event-list');
  el.setAttribute('api', api);
  el.setAttribute('limit', String(limit));
  el.setAttribute('from', WEEK_2026);
  el.setAttribute('lang', 'nl');
  for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
  return el;
}

/**
 * Insert the element and time until the paint that shows all items of its first answer.
 * `api` `/api-all/` answers all 2,000 in one page (ignores `limit`); `/api-paged/` honours
 * the `limit` the element asks for (it caps `limit`), like the real API.
 */
async function firstRender(api = '/api-all/', limit = N_ACTIVITIES) {
  const s = shared();
  await settle();
  const box = stage();
  const before = s.served.length;
  // The last answer for this API base and page size (the warm-up's, when the cache answers).
  const asks = String(Math.min(limit, 200));
  const answer = () => {
    for (let i = s.served.length - 1; i >= 0; i--) {
      const u = new URL(s.served[i]!.url);
      if (u.pathname.startsWith(api) && u.searchParams.get('limit') === asks && !u.searchParams.has('cursor')) return s.served[i];
    }
    return undefined;
  };
  const t0 = performance.now();
  const el = create(api, limit);
  box.append(el);
  const dom = watchDom(el.shadowRoot ?? el);
  // The first screenful: a phone or a desktop shows fewer than 20 activities at once.
  const tFirst = await paintWhen(
    () => {
      const a = answer();
      return !!a && a.count > 0 && items(el) >= Math.min(20, a.count);
    },
    900,
    `the first screenful in <mm-event-list api=${api}>`,
  );
  const t1 = await paintWhen(
    () => {
      const a = answer();
      return !!a && a.count > 0 && items(el) >= a.count && idle(el);
    },
    900,
    `the items of the first answer in <mm-event-list api=${api}>`,
  );
  const domMs = dom() - t0;
  const shown = items(el);
  const requests = s.served.length - before;
  const asked = Number(new URL(answer()!.url).searchParams.get('limit'));
  box.remove();
  return { ms: t1 - t0, firstMs: tFirst - t0, domMs, shown, requests, asked };
}

/**
 * Type `words` into the search box one character at a time (an `input` event per
 * character, after the previous one has been shown), clearing the box between words.
 * The element asks for `limit` per page (the real API caps it at 200); `/api-paged/`
 * honours it like the real API, `/api-all/` answers every match at once.
 * Per keystroke:
 * - `keyMs`: input event → next paint (the keystroke itself, before the debounce);
 * - `answerMs`: input event → fake API answered (mostly the element's debounce);
 * - `firstMs`: fake API answered → paint showing the first screenful of the new results
 *   (20, or fewer when fewer match): what the visitor waits for;
 * - `firstDomMs`: fake API answered → that screenful in the DOM (the script part of `firstMs`:
 *   JSON, schema check, grouping, Lit update);
 * - `renderMs`: fake API answered → paint showing every result of the answer;
 * - `domMs`: fake API answered → last DOM change (the script part of `renderMs`);
 * - `fullMs`: input event → that paint.
 */
/** One search keystroke, as `search()` measures it (see above). */
export interface SearchRow {
  q: string;
  shown: number;
  keyMs: number;
  answerMs: number;
  firstMs: number;
  firstDomMs: number;
  renderMs: number;
  domMs: number;
  fullMs: number;
}

async function search(words: string[], budgetMs = 60_000, api = '/api-paged/', limit = 200) {
  const stop = performance.now() + budgetMs;
  const s = shared();
  await settle();
  const box = stage();
  const el = create(api, limit, { filters: '', search: '' });
  box.append(el);
  const pageOf = (n: number) => (api.startsWith('/api-all/') ? n : Math.min(n, limit));
  await paintWhen(() => items(el) >= pageOf(N_ACTIVITIES) && idle(el), 900, 'the full list');
  const input = el.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('<mm-event-list search> has no input[type=search] in its shadow root');
  const type = (value: string) => {
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  };
  const rows: SearchRow[] = [];
  const prefixes = words.flatMap((w) => [...w].map((_, k) => w.slice(0, k + 1)));
  if (new Set(prefixes).size !== prefixes.length) throw new Error('search words share a prefix: the cache would answer it');
  for (const word of words) {
    if (performance.now() > stop) break; // time budget: return what was measured
    for (let k = 1; k <= word.length; k++) {
      const q = word.slice(0, k);
      const matching = s.data.filter((a) => matches(a, q));
      const expected = pageOf(matching.length);
      // The first screenful as the element orders it: per day, by start time (its own grouping).
      const firstKeys = [...groupByDay(matching.slice(0, expected), WEEK_2026)]
        .flatMap(([day, list]) => list.map((a) => `${day}-${a.id}`))
        .slice(0, 20);
      await settle();
      let answered: number | undefined;
      s.onServe = (r) => {
        if (new URL(r.url).searchParams.get('q') === q) answered = r.at;
      };
      // The first screenful is there when the first 20 items shown are the new results.
      let firstDom = NaN;
      const firstShown = () => {
        if (expected === 0) return !!el.shadowRoot?.querySelector('.empty');
        const buttons = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('button.toggle') ?? [])].slice(0, firstKeys.length);
        return buttons.length === firstKeys.length && buttons.every((b, i) => b.dataset.key === firstKeys[i]);
      };
      const mo = new MutationObserver(() => {
        // aria-busy turns false in the update that shows the answer (the same results as before
        // would otherwise count as shown at once).
        if (Number.isNaN(firstDom) && answered !== undefined && idle(el) && firstShown()) firstDom = performance.now();
      });
      mo.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      const dom = watchDom(el.shadowRoot!);
      const t0 = performance.now();
      type(q);
      const tKey = await afterPaint();
      // Bounded: 900 frames at most for the debounce and the answer.
      await paintWhen(() => answered !== undefined, 900, `the request for q=${q}`);
      const tFirst = await paintWhen(() => idle(el) && firstShown(), 900, `the first results for q=${q}`);
      const tPaint = await paintWhen(
        () => idle(el) && (expected === 0 ? !!el.shadowRoot?.querySelector('.empty') : items(el) === expected),
        900,
        `${expected} results for q=${q}`,
      );
      s.onServe = undefined;
      mo.disconnect();
      const tDom = dom();
      rows.push({
        q,
        shown: items(el),
        keyMs: tKey - t0,
        answerMs: answered! - t0,
        firstMs: tFirst - answered!,
        firstDomMs: firstDom - answered!,
        renderMs: tPaint - answered!,
        domMs: tDom - answered!,
        fullMs: tPaint - t0,
      });
    }
    if (word === words.at(-1)) break;
    // Clear the box (the unfiltered answer is in the cache) and wait for the full list again.
    type('');
    await paintWhen(() => items(el) >= pageOf(N_ACTIVITIES) && idle(el), 900, 'the full list after clearing');
  }
  box.remove();
  return rows;
}

declare global {
  interface Window {
    benchEventList?: { firstRender: typeof firstRender; search: typeof search };
  }
}
shared();
window.benchEventList = { firstRender, search };
