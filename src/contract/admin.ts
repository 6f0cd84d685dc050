/**
 * The moderation (admin) part of the contract: the server and the moderation page use it;
 * no widget downloads it. Built from SubmissionInput's own fields, so a field added to the
 * form is stored and moderated without a second list.
 */
import * as z from 'zod/mini';
import { isoDateTime, submissionReference, SubmissionInput, text, WalkIn } from './schema.js';

const { token: _token, website: _website, ...submissionFields } = SubmissionInput.shape;

/** A submission as stored: the form's fields without the token and the honeypot. */
export const StoredSubmissionInput = z.object(submissionFields);
export type StoredSubmissionInput = z.infer<typeof StoredSubmissionInput>;

/**
 * `cancelled`: the partner called it off through the private management link (every date);
 * a submission the partner corrected after approval is `pending` again while its published
 * activities stay as they were until a moderator approves the change.
 */
export const SUBMISSION_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;

export const AdminSubmission = z.object({
  reference: submissionReference,
  status: z.enum(SUBMISSION_STATUSES),
  input: StoredSubmissionInput,
  /** The activity it became (approved, or cancelled after a later rejection). */
  activityId: z.nullable(z.string()),
  /** GET /admin/submissions/{reference} only: the starts of the dates the partner cancelled. */
  cancelledDates: z.optional(z.array(isoDateTime)),
  /** Why it was rejected. */
  reason: z.nullable(z.string()),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type AdminSubmission = z.infer<typeof AdminSubmission>;
export const AdminSubmissionList = z.object({ items: z.array(AdminSubmission) });

/** How many submissions have each status (all of them, whatever the search). */
export const StatusCounts = z.object({ pending: z.int(), approved: z.int(), rejected: z.int(), cancelled: z.int() });
export type StatusCounts = z.infer<typeof StatusCounts>;

/**
 * GET /admin/submissions with `page` (from 1), `size` (1-100) or `q`: one page of the
 * matches, oldest first, with the number of matches (`total`) and the counts per status.
 */
export const AdminSubmissionPage = z.object({
  items: z.array(AdminSubmission),
  total: z.int(),
  page: z.int(),
  size: z.int(),
  counts: StatusCounts,
});
export type AdminSubmissionPage = z.infer<typeof AdminSubmissionPage>;

/** Admin submissions that may be the same activity: same organiser, or same title on an overlapping date. */
export const DuplicateList = z.object({ items: z.array(AdminSubmission) });
export type DuplicateList = z.infer<typeof DuplicateList>;

/** Body of POST /admin/submissions/{reference}/reject. */
export const RejectInput = z.object({ reason: text(3, 1000) });

/** What a moderator did: to a submission (edit/approve/reject) or to a walk-in place. */
/** `revise` and `cancel` are the partner's, through the management link (who: "Organisator (beheerlink)"). */
export const AUDIT_ACTIONS = ['edit', 'approve', 'reject', 'revise', 'cancel', 'walk-in-add', 'walk-in-edit', 'walk-in-close'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEntry = z.object({
  id: z.int(),
  at: isoDateTime,
  who: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  reference: z.nullable(z.string()),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditList = z.object({ items: z.array(AuditEntry) });
export type AuditList = z.infer<typeof AuditList>;

/** A walk-in place as the moderators see it: the place, and when it was closed (null: open). */
export const AdminWalkIn = z.object({ walkIn: WalkIn, closedAt: z.nullable(isoDateTime) });
export type AdminWalkIn = z.infer<typeof AdminWalkIn>;

/** GET /admin/walk-ins: one page of places matching `q` (name, address, postcode, city), by name. */
export const AdminWalkInPage = z.object({ items: z.array(AdminWalkIn), total: z.int(), page: z.int(), size: z.int() });
export type AdminWalkInPage = z.infer<typeof AdminWalkInPage>;

/** Body of POST /admin/opening-hours/check: OSM opening hours text to check. */
export const OpeningHoursCheckInput = z.object({ value: text(1, 500) });
/** Its answer: valid or not, with the package's explanation (English) when not. */
export const OpeningHoursCheck = z.object({ ok: z.boolean(), message: z.nullable(z.string()) });
export type OpeningHoursCheck = z.infer<typeof OpeningHoursCheck>;
