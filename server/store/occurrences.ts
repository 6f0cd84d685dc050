/**
 * One submission, several dates (iCalendar RDATE): approving publishes one activity per
 * date, all with the same content. The first keeps the id that follows from the reference
 * (`mm-2026-000123`), the others add their position (`mm-2026-000123-2` … `-10`), so a
 * re-approval updates the same activities. A date the partner cancelled (table
 * `cancelled_dates`, by start instant) stays `cancelled`; a date a revision removed is
 * cancelled too (sequence + 1), so calendars that have it learn it is gone.
 */
import type { Activity } from '../../src/contract/schema.js';
import type { StoredSubmissionInput } from '../../src/contract/admin.js';
import { dateKey, toIsoOffset, zonedInstant } from '../../src/core/dates.js';
import { allDayRange, dayRange, exclusiveEnd } from '../../src/core/calendar.js';
import type { Queryable } from '../db/db.js';
import { getActivity, upsertActivity } from './activities.js';

/** Every date of a submission: the first, then `recurrenceDates`. */
export const submissionDates = (i: StoredSubmissionInput): { start: string; end: string }[] => [{ start: i.start, end: i.end }, ...(i.recurrenceDates ?? [])];

/**
 * When a date is over (ms): its end, or for an all-day date midnight (Amsterdam) after its
 * last day, however the end was written (23:59, 00:00 the day after, equal to the start).
 */
export const endOf = (d: { start: string; end: string }, allDay: boolean): number =>
  allDay ? zonedInstant(exclusiveEnd(allDayRange(d.start, d.end))).getTime() : Date.parse(d.end);

/** The activity id of date `index` (0 = the first) of the submission whose first activity is `baseId`. */
export const occurrenceId = (baseId: string, index: number): string => (index === 0 ? baseId : `${baseId}-${index + 1}`);

/** The start instants (ms) of the dates the partner cancelled. */
export async function cancelledStarts(tx: Queryable, reference: string): Promise<Set<number>> {
  const rows = await tx.query<{ start_at: Date }>('SELECT start_at FROM cancelled_dates WHERE reference = $1', [reference]);
  return new Set(rows.map((r) => new Date(r.start_at).getTime()));
}

/**
 * Whether published activity `a` is the date that starts at one of `starts` (ms, the
 * input's start instants, as `cancelled_dates` keeps them). An all-day activity is stored
 * from 00:00 of its first day (src/core/calendar.ts), whatever time of day the input gave,
 * so it matches by that day.
 */
export function startsAtOneOf(a: Activity, starts: Set<number>): boolean {
  if (!a.allDay) return starts.has(Date.parse(a.start));
  const first = dayRange(a).first;
  return [...starts].some((t) => dateKey(new Date(t)) === first);
}

/** The ids of the activities published from a submission (by its first activity's id). */
export async function occurrenceIds(tx: Queryable, baseId: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(`SELECT id FROM activities WHERE id = $1 OR id LIKE $2 ORDER BY id`, [baseId, `${baseId}-%`]);
  return rows.map((r) => r.id);
}

/**
 * Writes one activity per date of `input`, from `base` (the first date's activity):
 * `cancelled` when the partner cancelled that date; activities of
 * dates no longer in the input become `cancelled`. Returns the ids of the input's dates, in
 * order, what happened to the first ('inserted', 'updated' or 'unchanged'), and the starts
 * (ms) of the dates the partner cancelled (the approval e-mail marks them).
 */
export async function publishOccurrences(
  tx: Queryable,
  base: Activity,
  input: StoredSubmissionInput,
  reference: string,
  now: Date,
): Promise<{ ids: string[]; change: Awaited<ReturnType<typeof upsertActivity>>; cancelled: Set<number> }> {
  const cancelled = await cancelledStarts(tx, reference);
  const ids: string[] = [];
  let change: Awaited<ReturnType<typeof upsertActivity>> = 'unchanged';
  for (const [i, d] of submissionDates(input).entries()) {
    const id = occurrenceId(base.id, i);
    const status = cancelled.has(Date.parse(d.start)) ? 'cancelled' : base.status;
    const result = await upsertActivity(tx, { ...base, id, start: toIsoOffset(new Date(d.start)), end: toIsoOffset(new Date(d.end)), status }, 'submission', now);
    if (i === 0) change = result;
    ids.push(id);
  }
  await cancelOccurrences(tx, base.id, now, (a) => !ids.includes(a.id));
  return { ids, change, cancelled };
}

/**
 * Marks the published activities of a submission `cancelled` (sequence + 1), as published:
 * their content stays. `which` picks some (default: all). Dates never published stay unpublished.
 */
export async function cancelOccurrences(tx: Queryable, baseId: string, now: Date, which: (a: Activity) => boolean = () => true): Promise<void> {
  for (const id of await occurrenceIds(tx, baseId)) {
    const a = await getActivity(tx, id);
    if (a && a.status !== 'cancelled' && which(a)) await upsertActivity(tx, { ...a, status: 'cancelled' }, 'submission', now);
  }
}
