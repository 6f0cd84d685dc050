/**
 * The contract's admin types, as types only: the page checks nothing the server has not
 * checked, so it downloads no zod (`import type` leaves nothing in the bundle).
 */
import type { SUBMISSION_STATUSES } from '../src/contract/admin.js';

export type {
  AdminSubmission,
  AdminSubmissionPage,
  AdminWalkIn,
  AdminWalkInPage,
  AuditEntry,
  AuditList,
  DuplicateList,
  OpeningHoursCheck,
  StatusCounts,
} from '../src/contract/admin.js';
export type { WalkIn, Audience, Province } from '../src/contract/schema.js';
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
