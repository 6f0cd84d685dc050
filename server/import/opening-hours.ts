/**
 * Opening hours in OpenStreetMap's syntax (`Mo-Fr 10:00-17:00; Sa 12:00-16:00; PH off`,
 * https://wiki.openstreetmap.org/wiki/Key:opening_hours) → the contract's weekly slots
 * plus dated exceptions, which the small evaluator in `src/core/opening-hours.ts` reads in
 * the browser. Node only: the `opening_hours` package (its Dutch public holidays: New
 * Year, Good Friday, Easter Monday, Koningsdag (the Saturday before when the 27th is a
 * Sunday), Liberation Day, Ascension, Whit Monday, Christmas) stays on the server.
 *
 * How: the package lists the open intervals of every calendar day in the window; the most
 * common slots per weekday become the week, and every date that differs (a holiday, a
 * summer closure, `Dec 24 10:00-15:00`) becomes a dated exception, named after the
 * holiday or the rule's comment. All times are Amsterdam wall-clock times, as the syntax
 * means them. The package works on the process's local clock and, on a daylight-saving
 * day of that clock, shifts a night past the change by an hour into the next day; so it
 * runs on UTC's clock (no changes) and its answers are read as wall-clock times only, and
 * `src/core/opening-hours.ts` later places them in Amsterdam time.
 */
import OpeningHoursParser from 'opening_hours';
import type { OpeningException, OpeningPeriod } from '../../src/contract/schema.js';
import { addDays, isoWeekday } from '../../src/core/dates.js';

/** How far ahead exceptions are listed: about six months of holidays and closures. */
export const EXCEPTION_DAYS = 183;

export class OsmHoursError extends Error {}

interface Slot {
  open: string;
  close: string;
  /** The rule's comment (`"Kerstavond: korter open"`), kept for the exception's note. */
  comment?: string | undefined;
}

// The package's holiday rules need only the country; its coordinates serve sunrise/sunset
// (`sunrise-sunset`), for which the middle of the country is close enough.
const NL = { lat: 52.1, lon: 5.3, address: { country_code: 'nl', state: '' } };

/** Parses `value`; an OsmHoursError (with the package's English explanation) when it is not valid. */
export function parseOsmHours(value: string): OpeningHoursParser {
  try {
    // The typings want every key; undefined leaves the package's defaults (time ranges, warnings at 4).
    return new OpeningHoursParser(value, NL, { tag_key: 'opening_hours', locale: 'en', mode: undefined, map_value: undefined, warnings_severity: undefined });
  } catch (err) {
    throw new OsmHoursError(String(err).trim());
  }
}

const localDate = (key: string) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};
const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/** The open slots of one calendar day, cut at its midnights (`24:00` when open until the next). */
function daySlots(oh: OpeningHoursParser, key: string): Slot[] {
  const start = localDate(key);
  const end = localDate(addDays(key, 1));
  // The package calls a time with only a comment (`Dec 24 10:00-15:00 "Kerstavond"`)
  // "unknown"; a partner who writes down times means them as open, so they count as open.
  return oh
    .getOpenIntervals(start, end)
    .map(([from, to, , comment]) => ({ open: hhmm(from), close: to.getTime() >= end.getTime() ? '24:00' : hhmm(to), comment }));
}

/**
 * The contract's `{ hours, exceptions }` for an OSM `opening_hours` value, from calendar
 * date `today` (`YYYY-MM-DD`, Amsterdam) for `days` days. A night that runs past midnight
 * (`Fr 20:00-02:00`) is one slot whose close is before its open, as the contract has it.
 * Throws OsmHoursError for a value the package cannot read.
 */
export function osmToOpeningHours(value: string, today: string, days = EXCEPTION_DAYS): { hours: OpeningPeriod[]; exceptions: OpeningException[] } {
  // Node applies a change of TZ at once; this function is synchronous, so nothing else
  // runs on the borrowed clock, and the caller's zone is back before it returns.
  const zone = process.env.TZ;
  process.env.TZ = 'UTC';
  try {
    return convert(parseOsmHours(value), today, days);
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
}

function convert(oh: OpeningHoursParser, today: string, days: number): { hours: OpeningPeriod[]; exceptions: OpeningException[] } {
  // One day before the window, so a night that started then is joined, not cut.
  const keys = Array.from({ length: days + 2 }, (_, i) => addDays(today, i - 1));
  const slots = keys.map((k) => daySlots(oh, k));
  for (let i = 0; i + 1 < slots.length; i++) {
    const last = slots[i]!.at(-1);
    const next = slots[i + 1]![0];
    // Open until midnight and on from midnight to a time before that opening: one night.
    if (last && next && last.close === '24:00' && last.open !== '00:00' && next.open === '00:00' && next.close !== '24:00' && next.close <= last.open) {
      last.close = next.close;
      slots[i + 1]!.shift();
    }
  }
  const days_ = keys.slice(1, -1).map((date, i) => ({ date, weekday: isoWeekday(date), slots: slots[i + 1]!, sig: JSON.stringify(slots[i + 1]!.map(({ open, close }) => [open, close])) }));

  // The week: per weekday the slots most of its dates have (the first seen wins a tie).
  const hours: OpeningPeriod[] = [];
  const usual = new Map<number, string>();
  for (let wd = 1; wd <= 7; wd++) {
    const counts = new Map<string, { n: number; slots: Slot[] }>();
    for (const d of days_) {
      if (d.weekday !== wd) continue;
      const c = counts.get(d.sig);
      if (c) c.n++;
      else counts.set(d.sig, { n: 1, slots: d.slots });
    }
    let best: [string, { n: number; slots: Slot[] }] = ['[]', { n: 0, slots: [] }];
    for (const entry of counts) if (entry[1].n > best[1].n) best = entry;
    usual.set(wd, best[0]);
    for (const { open, close } of best[1].slots) hours.push({ day: wd, open, close });
  }

  // Every other date: closed, or its own slots (one exception per slot, same date).
  const exceptions: OpeningException[] = [];
  for (const d of days_) {
    if (d.sig === usual.get(d.weekday)) continue;
    // A closed day's name (a holiday) is the comment of the moment; an open one's, its rule's.
    const comment = d.slots.find((s) => s.comment)?.comment ?? oh.getComment(new Date(localDate(d.date).getTime() + 12 * 3_600_000));
    const note = comment ? { note: comment.slice(0, 200) } : {};
    if (!d.slots.length) exceptions.push({ date: d.date, closed: true, ...note });
    for (const s of d.slots) exceptions.push({ date: d.date, closed: false, open: s.open, close: s.close, ...note });
  }
  return { hours, exceptions };
}
