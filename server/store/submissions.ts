/**
 * Submissions from the activity form, their moderation and the audit trail.
 * Idempotency rests on the UNIQUE idempotency_key: concurrent requests with one key race
 * on INSERT … ON CONFLICT DO NOTHING, exactly one row wins, the others read it back.
 */
import type { Activity, SubmissionReceipt } from '../../src/contract/schema.js';
import type { AdminSubmission, AuditEntry as AuditEntryType, StoredSubmissionInput } from '../../src/contract/admin.js';
import { reference } from '../../src/contract/vocabulary.js';
import { toIsoOffset } from '../../src/core/dates.js';
import type { Db, Queryable } from '../db/db.js';
import { getActivity } from './activities.js';
import type { Moderator } from './moderators.js';
import type { SubmissionMail } from '../mail/notify.js';
import { createManageLink } from './manage-links.js';
import { cancelOccurrences, publishOccurrences } from './occurrences.js';

/** What is stored of a submission: the input without the form's token and honeypot. */
export type StoredInput = StoredSubmissionInput;
export type Submission = AdminSubmission;
export type SubmissionStatus = Submission['status'];

export type CreateResult = { kind: 'created' | 'replayed'; receipt: SubmissionReceipt } | { kind: 'conflict' } | { kind: 'token_used' };

export interface NewSubmission {
  /** The Idempotency-Key header. */
  key: string;
  /** Hash of the stored input: the same key with another body is a conflict. */
  bodyHash: string;
  input: StoredInput;
  /** Hash of the form token: one token serves one idempotency key. */
  formToken: string;
  year: number;
  /** Honeypot filled: keep only key, token and answer (table `decoys`), never the content. */
  decoy: boolean;
}

/**
 * Stores a submission (or a decoy). With `mail`, the e-mails it causes (confirmation with a
 * private management link, the team's notice) are written to the outbox in the same
 * transaction: a submission exists with its messages or not at all. Replays send nothing.
 */
export async function createSubmission(db: Db, s: NewSubmission, mail?: SubmissionMail, now = new Date()): Promise<CreateResult> {
  return db.transaction(async (tx) => {
    const result = await insertSubmission(tx, s);
    if (result.kind === 'created' && !s.decoy && mail) {
      await mail.created(tx, result.receipt.reference, s.input, await createManageLink(tx, result.receipt.reference), now);
    }
    return result;
  });
}

async function insertSubmission(db: Queryable, s: NewSubmission): Promise<CreateResult> {
  // Two plain statements: INSERT … SELECT with nextval() is ten times slower on PGlite.
  // Decoys take their number from the same sequence, so their references look real.
  const [num] = await db.query<{ n: number }>(`SELECT nextval('submission_number')::int AS n`);
  const receipt: SubmissionReceipt = { reference: reference(s.year, num!.n), status: 'pending' };
  const table = s.decoy ? 'decoys' : 'submissions';
  const [created] = await db.query<{ reference: string }>(
    `INSERT INTO ${table} (reference, idempotency_key, body_hash, response, form_token${s.decoy ? '' : ', input'})
     VALUES ($1, $2, $3, $4, $5${s.decoy ? '' : ', $6'})
     ON CONFLICT DO NOTHING
     RETURNING reference`,
    [receipt.reference, s.key, s.bodyHash, JSON.stringify(receipt), s.formToken, ...(s.decoy ? [] : [JSON.stringify(s.input)])],
  );
  if (created) return { kind: 'created', receipt };
  const [existing] = await db.query<{ body_hash: string; response: SubmissionReceipt }>(
    `SELECT body_hash, response FROM ${table} WHERE idempotency_key = $1`,
    [s.key],
  );
  // No row with this key: the conflict was on the form token, used before with another key.
  if (!existing) return { kind: 'token_used' };
  if (existing.body_hash !== s.bodyHash) return { kind: 'conflict' };
  return { kind: 'replayed', receipt: existing.response };
}

export interface SubmissionRow {
  reference: string;
  status: SubmissionStatus;
  input: StoredInput;
  activity_id: string | null;
  reason: string | null;
  created_at: Date;
  updated_at: Date;
}
export const COLUMNS = 'reference, status, input, activity_id, reason, created_at, updated_at';
export const toSubmission = (r: SubmissionRow): Submission => ({
  reference: r.reference,
  status: r.status,
  input: r.input,
  activityId: r.activity_id,
  reason: r.reason,
  createdAt: toIsoOffset(new Date(r.created_at)),
  updatedAt: toIsoOffset(new Date(r.updated_at)),
});

export async function listSubmissions(db: Queryable, status: SubmissionStatus | undefined, limit = 200): Promise<Submission[]> {
  const rows = status
    ? await db.query<SubmissionRow>(`SELECT ${COLUMNS} FROM submissions WHERE status = $1 ORDER BY created_at, reference LIMIT $2`, [status, limit])
    : await db.query<SubmissionRow>(`SELECT ${COLUMNS} FROM submissions ORDER BY created_at, reference LIMIT $1`, [limit]);
  return rows.map(toSubmission);
}

export async function getSubmission(db: Queryable, reference: string, lock = false): Promise<Submission | null> {
  const [row] = await db.query<SubmissionRow>(
    `SELECT ${COLUMNS} FROM submissions WHERE reference = $1${lock ? ' FOR UPDATE' : ''}`,
    [reference],
  );
  return row ? toSubmission(row) : null;
}

export async function countSubmissions(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions');
  return row?.n ?? 0;
}

async function audit(tx: Queryable, who: Moderator, action: AuditEntry['action'], reference: string | null, details: object): Promise<void> {
  await tx.query('INSERT INTO audit (who, moderator_id, action, reference, details) VALUES ($1, $2, $3, $4, $5)', [who.name, who.id, action, reference, JSON.stringify(details)]);
}

/** The activity a submission becomes; its id follows from the reference, so re-approving updates it. */
export function activityFromSubmission(s: Submission, now: Date, status: Activity['status'] = 'scheduled'): Activity {
  const i = s.input;
  return {
    id: s.reference.toLowerCase(),
    title: i.title,
    description: i.description,
    type: i.type,
    audiences: i.audiences,
    mode: i.mode,
    start: toIsoOffset(new Date(i.start)),
    end: toIsoOffset(new Date(i.end)),
    allDay: i.allDay,
    status,
    campaign: i.campaign,
    organizer: { name: i.organizer.name, url: i.organizer.url ?? null },
    location: i.location,
    onlineUrl: i.onlineUrl,
    price: i.price,
    registrationUrl: i.registrationUrl,
    accessibility: i.accessibility,
    updatedAt: toIsoOffset(now),
    sequence: 0,
    sample: false,
  };
}

/** `cancelled`: the organiser cancelled it through the management link; a moderator can no longer approve or reject it. */
export type ModerationResult = { ok: true; submission: Submission; activity?: Activity | null } | { ok: false; reason: 'not_found' | 'cancelled' };

/** Replaces the stored input (already validated by the caller). */
export async function editSubmission(db: Db, reference: string, input: StoredInput, who: Moderator, changed: string[]): Promise<ModerationResult> {
  return db.transaction(async (tx) => {
    const s = await getSubmission(tx, reference, true);
    if (!s) return { ok: false, reason: 'not_found' } as const;
    await tx.query('UPDATE submissions SET input = $2, updated_at = now() WHERE reference = $1', [reference, JSON.stringify(input)]);
    await audit(tx, who, 'edit', reference, { fields: changed });
    return { ok: true, submission: (await getSubmission(tx, reference))! } as const;
  });
}

/** A submission a moderator can still approve or reject, locked for the transaction; else why not. */
async function decidable(tx: Queryable, reference: string): Promise<Submission | { ok: false; reason: 'not_found' | 'cancelled' }> {
  const s = await getSubmission(tx, reference, true);
  if (!s) return { ok: false, reason: 'not_found' };
  if (s.status === 'cancelled') return { ok: false, reason: 'cancelled' };
  return s;
}

/**
 * Approves: creates or updates one activity per date (see store/occurrences.ts) and marks
 * the submission, in one transaction; with `mail`, the partner's message goes to the outbox
 * in it too. `activityId` is the first date's activity.
 */
export async function approveSubmission(db: Db, reference: string, who: Moderator, now: Date, mail?: SubmissionMail): Promise<ModerationResult> {
  return db.transaction(async (tx) => {
    const s = await decidable(tx, reference);
    if ('ok' in s) return s;
    const activity = activityFromSubmission(s, now);
    const { ids, change, cancelled } = await publishOccurrences(tx, activity, s.input, reference, now);
    await tx.query(`UPDATE submissions SET status = 'approved', activity_id = $2, reason = NULL, updated_at = now() WHERE reference = $1`, [reference, activity.id]);
    await audit(tx, who, 'approve', reference, { activityId: activity.id, change, ...(ids.length > 1 ? { activityIds: ids } : {}) });
    if (mail) await mail.approved(tx, reference, s.input, activity.id, cancelled, now);
    return { ok: true, submission: (await getSubmission(tx, reference))!, activity: await getActivity(tx, activity.id) } as const;
  });
}

/**
 * Rejects with a reason; every activity published earlier from it (each date) is marked
 * cancelled. With `mail`, the partner's message (with the reason) goes to the outbox in the
 * same transaction.
 */
export async function rejectSubmission(db: Db, reference: string, reason: string, who: Moderator, now: Date, mail?: SubmissionMail): Promise<ModerationResult> {
  return db.transaction(async (tx) => {
    const s = await decidable(tx, reference);
    if ('ok' in s) return s;
    if (s.activityId) await cancelOccurrences(tx, s.activityId, now);
    await tx.query(`UPDATE submissions SET status = 'rejected', reason = $2, updated_at = now() WHERE reference = $1`, [reference, reason]);
    await audit(tx, who, 'reject', reference, { reason });
    if (mail) await mail.rejected(tx, reference, s.input, reason, now);
    return { ok: true, submission: (await getSubmission(tx, reference))! } as const;
  });
}

export type AuditEntry = AuditEntryType;

export async function listAudit(db: Queryable, limit = 500): Promise<AuditEntry[]> {
  const rows = await db.query<Omit<AuditEntry, 'at'> & { at: Date }>(
    'SELECT id, at, who, action, reference, details FROM audit ORDER BY id DESC LIMIT $1',
    [limit],
  );
  return rows.map((r) => ({ ...r, at: toIsoOffset(new Date(r.at)) }));
}
