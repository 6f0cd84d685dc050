/**
 * Is a walk-in place open now, and when does that change? Pure functions on top of
 * `dates.ts` (Intl only, no DOM), shared by the server and the walk-in finder widget.
 * Hours are Amsterdam wall-clock times; every instant is computed through the time zone
 * database, so results are right across midnight, both daylight-saving changes and in
 * any machine or visitor time zone.
 */
import { addDays, clockTime, dateKey, isoWeekday, offsetMinutes, zonedInstant } from './dates.js';

export interface Period {
  /** ISO weekday 1 (Monday) … 7 (Sunday). */
  day: number;
  /** `HH:MM`; `close` ≤ `open` runs past midnight into the next day; `24:00` allowed. */
  open: string;
  close: string;
}

export interface Exception {
  /** Calendar date `YYYY-MM-DD` in Amsterdam. */
  date: string;
  /** Closed all day, unless `open`/`close` give other hours for that date. */
  closed: boolean;
  open?: string | undefined;
  close?: string | undefined;
}

export interface OpeningHours {
  hours: readonly Period[];
  exceptions: readonly Exception[];
}

export interface OpenState {
  openNow: boolean;
  /** The next opening or closing within the look-ahead, or null when nothing changes. */
  nextChange: { at: Date; opens: boolean } | null;
}

/** How far ahead to look for the next change. */
export const LOOK_AHEAD_DAYS = 14;

type Interval = [start: number, end: number];

/**
 * The instant Amsterdam clocks show `time` on date `k`. A time in the spring-forward gap
 * (02:00–03:00 on the last Sunday of March) does not exist: it becomes the moment the
 * clocks jump. (zonedInstant shifts such times forward by the gap; an opening hour means the jump.)
 */
function wallInstant(k: string, time: string): number {
  const key = `${k}T${time}`;
  let t = memo.get(key);
  if (t === undefined) {
    if (memo.size > 5000) memo.clear();
    t = computeWallInstant(k, time);
    memo.set(key, t);
  }
  return t;
}
// Walk-in lists repeat the same few dates and times; Intl calls are the cost, so remember them.
const memo = new Map<string, number>();

function computeWallInstant(k: string, time: string): number {
  const d = zonedInstant(k, time);
  if (time === '24:00' || clockTime(d) === time) return d.getTime();
  // Binary search, to the minute, for the offset change within three hours either side.
  let lo = d.getTime() - 3 * 3_600_000;
  let hi = d.getTime() + 3 * 3_600_000;
  const before = offsetMinutes(new Date(lo));
  if (offsetMinutes(new Date(hi)) === before) return d.getTime();
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (offsetMinutes(new Date(mid)) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** One opening of a date as an interval of instants (ms). */
function interval(k: string, open: string, close: string): Interval {
  const start = wallInstant(k, open);
  const end = close <= open ? wallInstant(addDays(k, 1), close) : wallInstant(k, close);
  return [start, end];
}

/**
 * The openings that start on date `k`: the exceptions for that date win over the week.
 * A date may have several (one per opening, as the server writes a day with two openings).
 */
function openingsOn(h: OpeningHours, k: string): Interval[] {
  const ex = h.exceptions.filter((e) => e.date === k);
  if (ex.length) return ex.flatMap((e) => (e.closed || !e.open || !e.close ? [] : [interval(k, e.open, e.close)]));
  const wd = isoWeekday(k);
  return h.hours.filter((p) => p.day === wd).map((p) => interval(k, p.open, p.close));
}

/** Merged, sorted openings starting from the day before `now` (it may run past midnight). */
export function openings(h: OpeningHours, now: Date, days = LOOK_AHEAD_DAYS): Interval[] {
  const today = dateKey(now);
  const all: Interval[] = [];
  for (let i = -1; i <= days; i++) all.push(...openingsOn(h, addDays(today, i)));
  return mergeInto([], all);
}

/** `ivs` sorted and added to `merged` (sorted, each starting at or after its last start), overlaps joined. */
function mergeInto(merged: Interval[], ivs: Interval[]): Interval[] {
  for (const iv of ivs.sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  return merged;
}

/**
 * Open right now? And when is the next change (within 14 days)? Day by day from yesterday,
 * stopping as soon as no later day can change the answer (an opening of a later day starts at
 * its midnight or after): usually after two or three days instead of all fifteen, which is
 * what a browser with thousands of places pays for (`npm run bench`, the walk-in finder).
 * The same answer as merging all openings of the look-ahead (`openings()`).
 */
export function openState(h: OpeningHours, now: Date): OpenState {
  const t = now.getTime();
  const horizon = t + LOOK_AHEAD_DAYS * 86_400_000;
  const today = dateKey(now);
  const merged: Interval[] = [];
  for (let i = -1; i <= LOOK_AHEAD_DAYS; i++) {
    const day = addDays(today, i);
    mergeInto(merged, openingsOn(h, day));
    // Openings of later days start at the next midnight or after: decided when what holds
    // at `t` ends before it (an end at that very instant may still merge with the next day).
    const nextDay = wallInstant(addDays(day, 1), '00:00');
    const found = merged.find(([, end]) => end > t);
    if (!found) continue;
    if (found[0] <= t ? found[1] < nextDay : found[0] < nextDay) return decided(found, t, horizon);
  }
  const found = merged.find(([, end]) => end > t);
  return found ? decided(found, t, horizon) : { openNow: false, nextChange: null };
}

function decided([start, end]: Interval, t: number, horizon: number): OpenState {
  if (start <= t) return { openNow: true, nextChange: end <= horizon ? { at: new Date(end), opens: false } : null };
  return { openNow: false, nextChange: start <= horizon ? { at: new Date(start), opens: true } : null };
}
