/**
 * What a submission is checked against besides the contract's schema: the facts of the
 * moment, which a schema cannot know. A date whose end has passed (a partner who typed last
 * year's date gets a management link that is dead at once: issue 17's new-user trial), and a
 * campaign that does not exist (a partner page with an old or misspelt `campaign`). Used by
 * POST /submissions and the partner's management page; a moderator may still edit anything.
 */
import type { SubmissionInput } from '../src/contract/schema.js';
import type { Queryable } from './db/db.js';
import type { ErrorItem } from './http/errors.js';
import { hasEnded } from '../src/contract/rules.js';
import { getCampaign } from './store/campaigns.js';

type Dated = Pick<SubmissionInput, 'start' | 'end' | 'allDay' | 'recurrenceDates' | 'campaign'>;

/** Every date of a submission with its API path: the first (`end`), then `recurrenceDates.N.end`. */
const datesOf = (s: Dated) => [
  { path: 'end', start: s.start, end: s.end },
  ...(s.recurrenceDates ?? []).map((d, i) => ({ path: `recurrenceDates.${i}.end`, ...d })),
];

/**
 * `date_in_past` for every date that has ended by `now` (dates equal to one in `keep`, the
 * dates already stored, are left alone: an activity under way may still be corrected), and
 * `unknown_campaign` for a campaign slug no campaign has.
 */
export async function checkAgainstNow(db: Queryable, s: Dated, now: Date, keep?: Dated): Promise<ErrorItem[]> {
  const same = (d: { start: string; end: string }) => `${Date.parse(d.start)}/${Date.parse(d.end)}`;
  const kept = new Set(keep ? datesOf(keep).map(same) : []);
  const errors: ErrorItem[] = datesOf(s)
    .filter((d) => hasEnded(d, s.allDay, now.getTime()) && !kept.has(same(d)))
    .map((d) => ({ path: d.path, code: 'date_in_past' }));
  if (s.campaign && s.campaign !== keep?.campaign && !(await getCampaign(db, s.campaign))) errors.push({ path: 'campaign', code: 'unknown_campaign' });
  return errors;
}
