/**
 * The one model of when an activity takes place, and the calendar entries made from it.
 * Every output reads time through this file: the `.ics` feed and single `.ics` (server),
 * the Google / Outlook.com / Microsoft 365 links, the subscribe links, schema.org JSON-LD
 * and the days the widgets show an activity on. Each output used to derive all-day dates
 * itself, and they disagreed (an all-day activity ending at 23:59 became a zero-length
 * `.ics` event while its Google link was right).
 *
 * All-day activities: in the contract `firstDay`/`lastDay` are the first and last day,
 * both inclusive; `start`/`end` are 00:00 Amsterdam of the first day and of the day after
 * the last (so "overlaps this week" stays one SQL comparison). iCalendar, Google and
 * Outlook want the exclusive end date (the day after the last): `exclusiveEnd()`.
 *
 * No DOM and no zod: the server and the activity chunk both import it.
 */
import { addDays, dateKey, toIsoOffset, zonedInstant } from './dates.js';

/** The time fields of an activity (the contract's `Activity` has them all). */
export interface Timing {
  start: string;
  end: string;
  allDay: boolean;
  firstDay?: string | undefined;
  lastDay?: string | undefined;
}

export interface DayRange {
  /** First day, `YYYY-MM-DD` in Amsterdam. */
  first: string;
  /** Last day, inclusive. */
  last: string;
}

/**
 * The days of an all-day activity from any shape people and feeds send: end 23:59 (or
 * 23:59:59) on the last day, end 00:00 the day after (iCalendar style), or end equal to
 * (or before) the start for a one-day activity.
 */
export function allDayRange(start: string, end: string): DayRange {
  const s = Date.parse(start);
  const e = Date.parse(end);
  const first = dateKey(new Date(s));
  if (!(e > s)) return { first, last: first };
  const endDay = dateKey(new Date(e));
  // An end at midnight closes the day before it (the exclusive end of iCalendar).
  const last = e === zonedInstant(endDay).getTime() ? addDays(endDay, -1) : endDay;
  return { first, last: last < first ? first : last };
}

/** The Amsterdam days an activity covers, first and last inclusive, all-day or timed. */
export function dayRange(a: Timing): DayRange {
  if (a.allDay) return a.firstDay && a.lastDay ? { first: a.firstDay, last: a.lastDay } : allDayRange(a.start, a.end);
  const s = Date.parse(a.start);
  // A timed activity ending at midnight belongs to the day before (20:00–00:00 is one evening).
  return { first: dateKey(new Date(s)), last: dateKey(new Date(Math.max(s, Date.parse(a.end) - 1))) };
}

/** The day after the last: the exclusive end date that iCalendar, Google and Outlook want. */
export const exclusiveEnd = (r: DayRange): string => addDays(r.last, 1);

/**
 * The one stored form of an activity's time (the store applies it to every write: form,
 * moderation, import, sample data). Timed activities lose any day fields.
 */
export function normaliseTiming<T extends Timing>(a: T): T {
  const { firstDay: _f, lastDay: _l, ...rest } = a;
  if (!a.allDay) return rest as T;
  const r = allDayRange(a.start, a.end);
  return {
    ...rest,
    start: toIsoOffset(zonedInstant(r.first)),
    end: toIsoOffset(zonedInstant(exclusiveEnd(r))),
    firstDay: r.first,
    lastDay: r.last,
  } as T;
}

/** What a calendar entry needs beyond time; the contract's `Activity` has all of it. */
export interface CalendarSource extends Timing {
  title: string;
  description: string;
  mode: 'online' | 'onsite' | 'hybrid';
  location: { name: string; address?: string | null | undefined; postcode?: string | null | undefined; city: string } | null;
  onlineUrl?: string | null | undefined;
  registrationUrl: string | null;
}

/** "Venue, Street 1, 1234 AB City": the whole address of a place. */
export const addressText = (l: NonNullable<CalendarSource['location']>): string =>
  [l.name, l.address, [l.postcode, l.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/**
 * Where and what, as every calendar entry shows it: the address (or the online link when
 * there is no place), and a description that carries the online link of hybrid and online
 * activities (calendar apps show the location as a map search, so a link there helps few).
 */
export function entryText(a: CalendarSource, maxDescription = 5000): { location: string; details: string } {
  const online = a.mode !== 'onsite' && a.onlineUrl ? a.onlineUrl : '';
  const location = a.location ? addressText(a.location) : online;
  const details = [a.description.slice(0, maxDescription), online && `Online: ${online}`, a.registrationUrl ?? '']
    .filter(Boolean)
    .join('\n\n');
  return { location, details };
}

// Query strings by hand: URLSearchParams writes spaces as `+`, which Outlook shows as plus signs.
const query = (params: [string, string | undefined][]): string =>
  params
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${encodeURIComponent(v!)}`)
    .join('&');

const utc = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
const compact = (s: string) => s.replace(/[-:]/g, '');

export interface CalendarLinks {
  google: string;
  /** Outlook.com: personal Microsoft accounts. */
  outlook: string;
  /** Microsoft 365: work and school accounts (schools use these). */
  office365: string;
}

/**
 * "Add to calendar" links, in the formats add-to-calendar-button uses for desktop browsers
 * (add2cal/add-to-calendar-button, `src/atcb-links.js` at 2164a61, July 2026; on phones it
 * sends Microsoft links through `deeplink/compose`, which we do not, to keep links static): Google `calendar/render?action=TEMPLATE` with `dates=start/end` (UTC
 * instants, or dates with an exclusive end for all-day, then without `ctz`); Microsoft
 * `calendar/0/action/compose?rru=addevent` on outlook.live.com and outlook.office.com with
 * `startdt`/`enddt` (UTC instants, or dates with an exclusive end plus `allday=true`).
 */
export function calendarLinks(a: CalendarSource): CalendarLinks {
  const { location, details } = entryText(a, 800);
  const days = a.allDay ? dayRange(a) : null;
  const google = query([
    ['action', 'TEMPLATE'],
    ['text', a.title],
    ['dates', days ? `${compact(days.first)}/${compact(exclusiveEnd(days))}` : `${compact(utc(a.start))}/${compact(utc(a.end))}`],
    ['details', details],
    ['location', location],
    ['ctz', days ? undefined : 'Europe/Amsterdam'],
  ]);
  const microsoft = query([
    ['rru', 'addevent'],
    ['startdt', days ? days.first : utc(a.start)],
    ['enddt', days ? exclusiveEnd(days) : utc(a.end)],
    ['allday', days ? 'true' : undefined],
    ['subject', a.title],
    ['location', location],
    ['body', details],
  ]);
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/action/compose?${microsoft}`,
    office365: `https://outlook.office.com/calendar/0/action/compose?${microsoft}`,
  };
}

export interface SubscribeLinks {
  /** Apple Calendar, Outlook for Windows and Mac: the app that handles `webcal:`. */
  webcal: string;
  /** Google Calendar's "add by URL". */
  google: string;
  /** Outlook.com's "add from web". */
  outlook: string;
  /** The plain address, to copy into any other app. */
  https: string;
}

/** Ways to subscribe to a feed, for people with and without a `webcal:` handler. */
export function subscribeLinks(https: string, name: string): SubscribeLinks {
  const webcal = https.replace(/^https?:/, 'webcal:');
  return {
    webcal,
    google: `https://calendar.google.com/calendar/u/0/r?${query([['cid', webcal]])}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb/?${query([['url', webcal], ['name', name]])}`,
    https,
  };
}
