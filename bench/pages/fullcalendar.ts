/**
 * Bench entry for FullCalendar 6 with the same 2,000 activities passed as an array (no
 * network): `listWeek` and `timeGridWeek`. Times `new Calendar(…)` + `calendar.render()` → next paint,
 * and `render()` → next paint on its own.
 * `timeZone: 'local'` (named zones need a plugin); the bench runs Chromium with
 * TZ=Europe/Amsterdam, so local time is Amsterdam time, as for our elements.
 * Exposes `window.benchFullCalendar`.
 */
import { Calendar, type EventInput } from '@fullcalendar/core';
import listPlugin from '@fullcalendar/list';
import timeGridPlugin from '@fullcalendar/timegrid';
import dayGridPlugin from '@fullcalendar/daygrid';
import { WEEK_2026 } from '../../test/fixtures/activities.js';
import { N_ACTIVITIES, paintWhen, settle, shared, stage } from './harness.js';

let events: EventInput[] | undefined;

async function firstRender(view: 'listWeek' | 'timeGridWeek', expected = N_ACTIVITIES) {
  events ??= shared().data.map((a) => ({ id: a.id, title: a.title, start: a.start, end: a.end, allDay: a.allDay }));
  await settle();
  const box = stage();
  const host = document.createElement('div');
  box.append(host);
  const selector = view === 'listWeek' ? '.fc-list-event' : '.fc-timegrid-event';
  const t0 = performance.now();
  const calendar = new Calendar(host, {
    plugins: [listPlugin, timeGridPlugin, dayGridPlugin],
    initialView: view,
    initialDate: WEEK_2026,
    timeZone: 'local',
    firstDay: 1,
    events,
  });
  const tRender = performance.now();
  calendar.render();
  // render() is synchronous: when it returns, the events are in the DOM (else NaN).
  const tDom = host.querySelectorAll(selector).length >= expected ? performance.now() : NaN;
  const t1 = await paintWhen(() => host.querySelectorAll(selector).length >= expected, 900, `${expected} ${selector}`);
  const shown = host.querySelectorAll(selector).length;
  calendar.destroy();
  box.remove();
  // `ms`: new Calendar(…) + render() → paint (like our insert → paint); `renderMs`: render() → paint.
  return { ms: t1 - t0, renderMs: t1 - tRender, domMs: tDom - t0, shown, requests: 0 };
}

declare global {
  interface Window {
    benchFullCalendar?: { firstRender: typeof firstRender };
  }
}
window.benchFullCalendar = { firstRender };
