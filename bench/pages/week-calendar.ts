/**
 * Bench entry for `<mm-week-calendar>`: first render from a warm cache. The fake API
 * pages like the real one (`limit=200`, `nextCursor`), so 2,000 activities are 10 cached
 * answers. Exposes `window.benchWeekCalendar`.
 */
import '../../src/week-calendar/mm-week-calendar.js';
import { WEEK_2026 } from '../../test/fixtures/activities.js';
import { N_ACTIVITIES, paintWhen, settle, shared, stage, watchDom } from './harness.js';

const cards = (el: Element) => el.shadowRoot?.querySelectorAll('li.act').length ?? 0;

async function firstRender(expected = N_ACTIVITIES) {
  const s = shared();
  await settle();
  const box = stage();
  const before = s.served.length;
  const t0 = performance.now();
  const el = document.createElement('mm-week-calendar');
  el.setAttribute('api', '/api-paged/');
  el.setAttribute('week', WEEK_2026);
  el.setAttribute('now', WEEK_2026);
  el.setAttribute('lang', 'nl');
  box.append(el);
  const dom = watchDom(el.shadowRoot ?? el);
  const t1 = await paintWhen(() => cards(el) >= expected, 900, `${expected} activities in <mm-week-calendar>`);
  const domMs = dom() - t0;
  const shown = cards(el);
  const requests = s.served.length - before;
  box.remove();
  return { ms: t1 - t0, domMs, shown, requests };
}

declare global {
  interface Window {
    benchWeekCalendar?: { firstRender: typeof firstRender };
  }
}
shared();
window.benchWeekCalendar = { firstRender };
