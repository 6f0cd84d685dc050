/**
 * Bench entry for `<mm-week-calendar>`: first render from a warm cache. The fake API
 * pages like the real one (`limit=200`, `nextCursor`), so 2,000 activities are 10 cached
 * answers. Exposes `window.benchWeekCalendar`.
 */
import '../../src/week-calendar/mm-week-calendar.js';
import { DAY_LIMIT } from '../../src/week-calendar/week-calendar.js';
import { groupByDay } from '../../src/core/activities.js';
import { addDays } from '../../src/core/dates.js';
import { WEEK_2026 } from '../../test/fixtures/activities.js';
import { paintWhen, settle, shared, stage, watchDom } from './harness.js';

const cards = (el: Element) => el.shadowRoot?.querySelectorAll('li.act').length ?? 0;

/**
 * Insert the calendar and time until the paint that shows its cards. As visitors get it, a
 * day shows `DAY_LIMIT` activities and a "Toon nog …" button; with `all` (the `print`
 * attribute) every activity of the week is a card, like FullCalendar's `timeGridWeek`.
 */
async function firstRender(all = false) {
  const s = shared();
  const days = [...groupByDay(s.data, WEEK_2026, addDays(WEEK_2026, 6)).values()];
  const expected = days.reduce((n, list) => n + (all ? list.length : Math.min(list.length, DAY_LIMIT)), 0);
  await settle();
  const box = stage();
  const before = s.served.length;
  const t0 = performance.now();
  const el = document.createElement('mm-week-calendar');
  el.setAttribute('api', '/api-paged/');
  el.setAttribute('week', WEEK_2026);
  el.setAttribute('now', WEEK_2026);
  el.setAttribute('lang', 'nl');
  if (all) el.setAttribute('print', '');
  box.append(el);
  const dom = watchDom(el.shadowRoot ?? el);
  const t1 = await paintWhen(() => cards(el) >= expected, 900, `${expected} activity cards in <mm-week-calendar>`);
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
