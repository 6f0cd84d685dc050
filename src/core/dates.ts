/**
 * Calendar arithmetic in Europe/Amsterdam with `Intl` only (no date library: bytes).
 * A "date key" is a calendar date `YYYY-MM-DD` as people in the Netherlands see it;
 * instants are `Date`s. Every conversion goes through the time zone database of the
 * browser, so it stays right across daylight-saving changes and in any visitor time zone.
 */
export const TZ = 'Europe/Amsterdam';

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

let partsFormat: Intl.DateTimeFormat | undefined;

/** The wall-clock parts of an instant in Amsterdam. */
export function zonedParts(date: Date): ZonedParts {
  partsFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TZ,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const p: Record<string, string> = {};
  for (const { type, value } of partsFormat.formatToParts(date)) p[type] = value;
  const year = +p.year!;
  const month = +p.month!;
  const day = +p.day!;
  return { year, month, day, hour: +p.hour! % 24, minute: +p.minute!, weekday: isoWeekday(key(year, month, day)) };
}

const pad = (n: number) => String(n).padStart(2, '0');
const key = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const utcOf = (k: string) => Date.UTC(+k.slice(0, 4), +k.slice(5, 7) - 1, +k.slice(8, 10));

let keyFormat: Intl.DateTimeFormat | undefined;
/** Date keys per quarter of an hour: the Amsterdam offset only changes on the hour. */
const keyCache = new Map<number, string>();

/** The Amsterdam calendar date of an instant, as `YYYY-MM-DD`. */
export function dateKey(date: Date): string {
  // Grouping thousands of activities by day calls this for each start and end, and `Intl`
  // formatting costs microseconds a call; activities share quarter hours, so a cache per
  // quarter hour answers most calls with one Map lookup (bounded, so it cannot grow forever).
  const slot = Math.floor(date.getTime() / 900_000);
  const hit = keyCache.get(slot);
  if (hit) return hit;
  // `format()` is about 5× faster than `formatToParts()`; en-CA writes ISO dates. Checked, with a fallback.
  keyFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' });
  let k = keyFormat.format(date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(k)) {
    const p = zonedParts(date);
    k = key(p.year, p.month, p.day);
  }
  if (keyCache.size > 20_000) keyCache.clear();
  keyCache.set(slot, k);
  return k;
}

export const isDateKey = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(utcOf(s)).toISOString().slice(0, 10) === s;

/** `n` calendar days after a date key (negative: before). */
export function addDays(k: string, n: number): string {
  return new Date(utcOf(k) + n * 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday of a date key: 1 = Monday … 7 = Sunday. */
export function isoWeekday(k: string): number {
  return ((new Date(utcOf(k)).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week that holds a date key (Dutch weeks start on Monday). */
export const mondayOf = (k: string): string => addDays(k, 1 - isoWeekday(k));

/** Whole calendar days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: string, b: string): number => Math.round((utcOf(b) - utcOf(a)) / 86_400_000);

/** Amsterdam's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
export function offsetMinutes(date: Date): number {
  const p = zonedParts(date);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant at which Amsterdam clocks show `time` (`HH:MM`, `24:00` allowed) on date `k`.
 * In the spring gap (02:00–03:00 does not exist) it gives the moment clocks jump to;
 * in the autumn overlap it gives the first of the two.
 */
export function zonedInstant(k: string, time = '00:00'): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const wall = utcOf(k) + (h * 60 + m) * 60_000;
  // Try the offset valid before and after the wall time; keep the first that round-trips.
  const guesses = [offsetMinutes(new Date(wall - 3 * 3_600_000)), offsetMinutes(new Date(wall + 3 * 3_600_000))];
  for (const off of guesses) {
    const d = new Date(wall - off * 60_000);
    if (offsetMinutes(d) === off) return d;
  }
  // In the spring gap neither round-trips: the offset from before the gap lands just after it.
  return new Date(wall - guesses[0]! * 60_000);
}

/** `2026-06-01T10:00:00+02:00`: an instant written with Amsterdam's offset, as the API does. */
export function toIsoOffset(date: Date): string {
  const off = offsetMinutes(date);
  const local = new Date(date.getTime() + off * 60_000).toISOString().slice(0, 19);
  const sign = off >= 0 ? '+' : '-';
  return `${local}${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

/** `HH:MM` on Amsterdam clocks. */
export function clockTime(date: Date): string {
  const p = zonedParts(date);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** Today's date key in Amsterdam, or the key of a preview date (`now="2026-06-03"`). */
export function todayKey(now?: string | null): string {
  if (now && isDateKey(now)) return now;
  if (now && !Number.isNaN(Date.parse(now))) return dateKey(new Date(now));
  return dateKey(new Date());
}
