/**
 * Which e-mails a change of a submission causes, written to the outbox inside that
 * change's transaction: on a new submission a confirmation to the partner (with the private
 * management link) and a notice to the campaign team (`MM_MODERATOR_EMAIL`, skipped when
 * unset); on approval or rejection a message to the partner; on a partner's correction or
 * cancellation a notice to the team. `notify()` runs after the commit and wakes the worker.
 */
import type { Queryable } from '../db/db.js';
import type { StoredSubmissionInput } from '../../src/contract/admin.js';
import { approved, confirmation, moderatorNotice, rejected } from './messages.js';
import { enqueueMail } from './outbox.js';
import { cancelledStarts } from '../store/occurrences.js';

export interface MailSettings {
  /** The campaign team's address (`MM_MODERATOR_EMAIL`); null: no notice of new submissions. */
  moderatorEmail: string | null;
  /** The API's public base URL, ending in `/` (`…/api/v1/`): management links point here. */
  apiBase: string;
  /** Where a published activity can be seen; `{id}` becomes its id. Default: its `.ics` file on the API. */
  activityUrl: string;
  /** Wakes the outbox worker after a commit (default: nothing; the worker also polls). */
  notify: () => void;
}

export const defaultMailSettings = (apiBase = 'http://localhost/api/v1/'): MailSettings => ({
  moderatorEmail: null,
  apiBase,
  activityUrl: `${apiBase}activities/{id}.ics`,
  notify: () => undefined,
});

/** The private management page of a token. */
export const manageUrl = (s: MailSettings, token: string): string => `${s.apiBase}beheer/${token}`;

export function submissionMail(s: MailSettings) {
  const moderation = new URL('/moderatie/', s.apiBase).href;
  return {
    settings: s,
    notify: () => s.notify(),
    async created(tx: Queryable, ref: string, input: StoredSubmissionInput, manageToken: string, now: Date): Promise<void> {
      await enqueueMail(tx, { kind: 'confirmation', reference: ref, to: input.contactEmail, replyTo: s.moderatorEmail, content: confirmation(ref, input, manageUrl(s, manageToken)) }, now);
      if (s.moderatorEmail) await enqueueMail(tx, { kind: 'moderator', reference: ref, to: s.moderatorEmail, content: moderatorNotice(ref, input, moderation) }, now);
    },
    async revised(tx: Queryable, ref: string, input: StoredSubmissionInput, now: Date): Promise<void> {
      if (s.moderatorEmail) await enqueueMail(tx, { kind: 'revised', reference: ref, to: s.moderatorEmail, content: moderatorNotice(ref, input, moderation, 'revised') }, now);
    },
    async cancelled(tx: Queryable, ref: string, input: StoredSubmissionInput, now: Date): Promise<void> {
      if (s.moderatorEmail) await enqueueMail(tx, { kind: 'cancelled', reference: ref, to: s.moderatorEmail, content: moderatorNotice(ref, input, moderation, 'cancelled', await cancelledStarts(tx, ref)) }, now);
    },
    /** `cancelled`: the starts (ms) of the dates the partner cancelled, as approval found them. */
    async approved(tx: Queryable, ref: string, input: StoredSubmissionInput, activityId: string, cancelled: Set<number>, now: Date): Promise<void> {
      const url = s.activityUrl.replace('{id}', encodeURIComponent(activityId));
      const content = approved(ref, input, url, cancelled);
      await enqueueMail(tx, { kind: 'approved', reference: ref, to: input.contactEmail, replyTo: s.moderatorEmail, content }, now);
    },
    async rejected(tx: Queryable, ref: string, input: StoredSubmissionInput, reason: string, now: Date): Promise<void> {
      await enqueueMail(tx, { kind: 'rejected', reference: ref, to: input.contactEmail, replyTo: s.moderatorEmail, content: rejected(ref, input, reason, s.moderatorEmail !== null) }, now);
    },
  };
}

export type SubmissionMail = ReturnType<typeof submissionMail>;
