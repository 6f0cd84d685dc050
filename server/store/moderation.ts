/**
 * The moderation page's questions about submissions: search with paging, the counts per
 * status, possible duplicates and one submission's audit trail. Portable SQL (PGlite and
 * PostgreSQL): ILIKE with escaped wildcards, jsonb `->>` paths, LIMIT/OFFSET.
 */
import type { AuditEntry, StatusCounts } from '../../src/contract/admin.js';
import { toIsoOffset } from '../../src/core/dates.js';
import type { Queryable } from '../db/db.js';
import { COLUMNS, toSubmission, type Submission, type SubmissionRow, type SubmissionStatus } from './submissions.js';

/** `q` as an ILIKE pattern that matches it anywhere, its own `%`, `_` and `\` taken literally. */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

export interface SubmissionQuery {
  status?: SubmissionStatus | undefined;
  /** Part of the title, the organiser's name, the reference or the contact e-mail address. */
  q?: string | undefined;
  /** Page number from 1. */
  page: number;
  size: number;
}

/** One page of submissions (oldest first) and the number of matches. */
export async function searchSubmissions(db: Queryable, query: SubmissionQuery): Promise<{ items: Submission[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.status) {
    params.push(query.status);
    where.push(`status = $${params.length}`);
  }
  if (query.q) {
    params.push(containsPattern(query.q));
    const p = `$${params.length}`;
    where.push(`(input->>'title' ILIKE ${p} OR input#>>'{organizer,name}' ILIKE ${p} OR reference ILIKE ${p} OR input->>'contactEmail' ILIKE ${p})`);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM submissions ${filter}`, params);
  const rows = await db.query<SubmissionRow>(
    `SELECT ${COLUMNS} FROM submissions ${filter} ORDER BY created_at, reference LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, query.size, (query.page - 1) * query.size],
  );
  return { items: rows.map(toSubmission), total: count?.n ?? 0 };
}

/** How many submissions there are of each status. */
export async function statusCounts(db: Queryable): Promise<StatusCounts> {
  const rows = await db.query<{ status: SubmissionStatus; n: number }>('SELECT status, count(*)::int AS n FROM submissions GROUP BY status');
  const counts: StatusCounts = { pending: 0, approved: 0, rejected: 0, cancelled: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/**
 * Other submissions that may be the same activity as `s`: the same organiser (name, case
 * and spaces ignored), or the same title on a date range that overlaps `s`'s first date.
 * At most 20, oldest first.
 */
export async function possibleDuplicates(db: Queryable, s: Submission): Promise<Submission[]> {
  const rows = await db.query<SubmissionRow>(
    `SELECT ${COLUMNS} FROM submissions
     WHERE reference <> $1 AND (
       lower(trim(input#>>'{organizer,name}')) = lower(trim($2))
       OR (lower(trim(input->>'title')) = lower(trim($3))
           AND (input->>'start')::timestamptz < $5::timestamptz AND (input->>'end')::timestamptz > $4::timestamptz))
     ORDER BY created_at, reference LIMIT 20`,
    [s.reference, s.input.organizer.name, s.input.title, s.input.start, s.input.end],
  );
  return rows.map(toSubmission);
}

type AuditRow = Omit<AuditEntry, 'at'> & { at: Date };
const toEntry = (r: AuditRow): AuditEntry => ({ ...r, at: toIsoOffset(new Date(r.at)) });

/** The audit trail of one submission (`reference`) or one walk-in place (`walkInId`), oldest first. */
export async function auditOf(db: Queryable, about: { reference: string } | { walkInId: string }): Promise<AuditEntry[]> {
  const rows =
    'reference' in about
      ? await db.query<AuditRow>('SELECT id, at, who, action, reference, details FROM audit WHERE reference = $1 ORDER BY id', [about.reference])
      : await db.query<AuditRow>(`SELECT id, at, who, action, reference, details FROM audit WHERE details->>'walkInId' = $1 ORDER BY id`, [about.walkInId]);
  return rows.map(toEntry);
}
