/**
 * The moderation (admin) part of the contract: the server and the moderation page use it;
 * no widget downloads it. Built from SubmissionInput's own fields, so a field added to the
 * form is stored and moderated without a second list.
 */
import * as z from 'zod/mini';
import { isoDateTime, submissionReference, SubmissionInput, text } from './schema.js';

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
  /** Why it was rejected. */
  reason: z.nullable(z.string()),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type AdminSubmission = z.infer<typeof AdminSubmission>;
export const AdminSubmissionList = z.object({ items: z.array(AdminSubmission) });

/** Body of POST /admin/submissions/{reference}/reject. */
export const RejectInput = z.object({ reason: text(3, 1000) });

export const AuditEntry = z.object({
  id: z.int(),
  at: isoDateTime,
  who: z.string(),
  /** `revise` and `cancel` are the partner's, through the management link (who: "Organisator (beheerlink)"). */
  action: z.enum(['edit', 'approve', 'reject', 'revise', 'cancel']),
  reference: z.nullable(z.string()),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditList = z.object({ items: z.array(AuditEntry) });
