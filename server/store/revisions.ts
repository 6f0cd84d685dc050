/**
 * What a partner does through the private management link (routes/manage.ts): correct the
 * details or cancel dates. Each change is one transaction with its audit row (who:
 * "Organisator (beheerlink)", no moderator) and the e-mail it causes.
 *
 * - A correction replaces the stored input and puts the submission back to `pending`: a
 *   moderator sees it in the usual list and approves (or rejects) it; the activities
 *   published from the earlier version stay as they are until then.
 * - Cancelling dates records them (table `cancelled_dates`, by start instant) and marks their
 *   published activities `cancelled` at once (sequence + 1, so calendars update); when no
 *   date is left, the submission becomes `cancelled` too.
 */
import type { Db, Queryable } from '../db/db.js';
import type { SubmissionMail } from '../mail/notify.js';
import { getSubmission, type StoredInput, type Submission } from './submissions.js';
import { cancelOccurrences, cancelledStarts, endOf, startsAtOneOf, submissionDates } from './occurrences.js';

/** The audit trail's name for the partner acting through the management link. */
export const PARTNER = 'Organisator (beheerlink)';

async function partnerAudit(tx: Queryable, action: 'revise' | 'cancel', reference: string, details: object): Promise<void> {
  await tx.query('INSERT INTO audit (who, moderator_id, action, reference, details) VALUES ($1, NULL, $2, $3, $4)', [PARTNER, action, reference, JSON.stringify(details)]);
}

export interface ManagedSubmission {
  submission: Submission;
  /** Start instants (ms) of the dates the partner cancelled. */
  cancelled: Set<number>;
  /** The link works until the last date has ended. */
  expired: boolean;
}

/** A submission as its management page shows it. */
export async function managedSubmission(db: Queryable, reference: string, now: Date): Promise<ManagedSubmission | null> {
  const submission = await getSubmission(db, reference);
  if (!submission) return null;
  const lastEnd = Math.max(...submissionDates(submission.input).map((d) => endOf(d, submission.input.allDay)));
  return { submission, cancelled: await cancelledStarts(db, reference), expired: lastEnd <= now.getTime() };
}

/** Replaces the input with the partner's correction and sends it back to moderation. */
export async function reviseSubmission(db: Db, reference: string, input: StoredInput, changed: string[], now: Date, mail?: SubmissionMail): Promise<boolean> {
  return db.transaction(async (tx) => {
    const s = await getSubmission(tx, reference, true);
    if (!s || s.status === 'cancelled') return false;
    await tx.query(`UPDATE submissions SET input = $2, status = 'pending', updated_at = now() WHERE reference = $1`, [reference, JSON.stringify(input)]);
    await partnerAudit(tx, 'revise', reference, { fields: changed, from: s.status });
    if (mail) await mail.revised(tx, reference, input, now);
    return true;
  });
}

/**
 * Cancels the dates starting at `starts` (ms; only the submission's own dates count), or
 * every date with 'all'. Published activities of those dates become `cancelled` at once.
 * Returns false when the submission is unknown or already cancelled.
 */
export async function cancelDates(db: Db, reference: string, starts: number[] | 'all', now: Date, mail?: SubmissionMail): Promise<boolean> {
  return db.transaction(async (tx) => {
    const s = await getSubmission(tx, reference, true);
    if (!s || s.status === 'cancelled') return false;
    const own = submissionDates(s.input).map((d) => Date.parse(d.start));
    const chosen = starts === 'all' ? own : own.filter((t) => starts.includes(t));
    if (!chosen.length) return false;
    for (const t of chosen) {
      await tx.query('INSERT INTO cancelled_dates (reference, start_at, cancelled_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [reference, new Date(t).toISOString(), now.toISOString()]);
    }
    const cancelled = await cancelledStarts(tx, reference);
    const none = own.every((t) => cancelled.has(t));
    // Published activities follow at once, matched by their start (a revision waiting for
    // moderation may have other dates; the published ones are what people see).
    if (s.activityId) await cancelOccurrences(tx, s.activityId, now, (a) => starts === 'all' || startsAtOneOf(a, cancelled));
    if (none) await tx.query(`UPDATE submissions SET status = 'cancelled', updated_at = now() WHERE reference = $1`, [reference]);
    await partnerAudit(tx, 'cancel', reference, { dates: chosen.map((t) => new Date(t).toISOString()), all: none });
    if (mail) await mail.cancelled(tx, reference, s.input, now);
    return true;
  });
}
