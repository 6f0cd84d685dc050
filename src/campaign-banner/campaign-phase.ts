/**
 * Where a campaign stands on a given day, in whole Amsterdam calendar days: before
 * (with the days left), during (which day of how many), or after. Pure, so the banner,
 * its tests and its stories agree on every edge (the first day, the last day, DST).
 */
import type { Campaign } from '../contract/schema.js';
import { daysBetween } from '../core/dates.js';

export type Phase =
  | { kind: 'before'; daysLeft: number }
  | { kind: 'during'; day: number; total: number; last: boolean }
  | { kind: 'after' };

export function campaignPhase(c: Pick<Campaign, 'start' | 'end'>, today: string): Phase {
  if (today < c.start) return { kind: 'before', daysLeft: daysBetween(today, c.start) };
  if (today > c.end) return { kind: 'after' };
  const total = daysBetween(c.start, c.end) + 1;
  const day = daysBetween(c.start, today) + 1;
  return { kind: 'during', day, total, last: day === total };
}
