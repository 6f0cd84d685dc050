/**
 * Moderation: a moderator's personal bearer token (see store/moderators.ts), list / view /
 * edit / approve / reject submissions, and the audit trail, which names the token's person.
 * No CORS headers: only same-origin pages (the moderation demo) may call it. Every write
 * clears the read cache.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SubmissionInput } from '../../src/contract/schema.js';
import { RejectInput, SUBMISSION_STATUSES } from '../../src/contract/admin.js';
import { REFERENCE } from '../../src/contract/vocabulary.js';
import type { AppDeps } from '../deps.js';
import { cancelledStarts } from '../store/occurrences.js';
import { apiError, issuesToItems } from '../http/errors.js';
import { readJsonObject } from '../http/json-body.js';
import { readPaging } from '../http/paging.js';
import { onlyParams } from '../http/query.js';
import { hashToken, moderatorByToken, type Moderator } from '../store/moderators.js';
import { normaliseSubmission, relocated } from '../normalise.js';
import { searchSubmissions, statusCounts } from '../store/moderation.js';
import { adminModerationRoutes } from './admin-moderation.js';
import { adminWalkInRoutes } from './admin-walk-ins.js';
import {
  approveSubmission,
  editSubmission,
  getSubmission,
  listAudit,
  listSubmissions,
  rejectSubmission,
  type StoredInput,
  type SubmissionStatus,
} from '../store/submissions.js';

const NO_STORE = { 'Cache-Control': 'no-store' };
const EDITABLE = new Set(Object.keys(SubmissionInput.shape).filter((k) => k !== 'token' && k !== 'website'));

export function adminRoutes(deps: AppDeps) {
  const app = new Hono<{ Variables: { moderator: Moderator } }>();
  // Moderators given in memory (tests, bench) by the hash of their token, like the database.
  const inMemory = new Map(deps.moderators.map((m) => [hashToken(m.token), { id: null, name: m.name }]));

  app.use('*', async (c, next) => {
    const m = /^Bearer ([\x21-\x7e]{1,200})$/.exec(c.req.header('authorization') ?? '');
    const moderator = m && (inMemory.get(hashToken(m[1]!)) ?? (await moderatorByToken(deps.db, m[1]!)));
    if (!moderator) return apiError(c, 401, [{ path: 'Authorization', code: 'unauthorized' }], { 'WWW-Authenticate': 'Bearer' });
    c.set('moderator', moderator);
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('*', bodyLimit({ maxSize: deps.maxBodyBytes, onError: (c) => apiError(c, 413, [{ path: '', code: 'too_large' }]) }));

  const badRef = (ref: string) => !REFERENCE.test(ref);
  /** The submission's reference from the path and the JSON object sent, or the answer that refuses them. */
  const refAndBody = async (c: Context): Promise<{ ref: string; value: Record<string, unknown> } | { refused: Response }> => {
    const ref = c.req.param('ref') ?? '';
    if (badRef(ref)) return { refused: apiError(c, 400, [{ path: 'reference', code: 'invalid_format' }]) };
    const body = await readJsonObject(c);
    if (!body.ok) return { refused: apiError(c, body.status, [{ path: '', code: body.code }]) };
    return { ref, value: body.value };
  };

  /**
   * Without `q`, `page` and `size`: the first 200 (as before). With any of them: one page
   * (`page` from 1, `size` 1-100, default 20) of the matches of `q` (title, organiser,
   * reference, contact e-mail), with `total` and the counts per status (AdminSubmissionPage).
   */
  app.get('/submissions', onlyParams('status', 'q', 'page', 'size'), async (c) => {
    const status = c.req.query('status');
    if (status !== undefined && !(SUBMISSION_STATUSES as readonly string[]).includes(status)) return apiError(c, 400, [{ path: 'status', code: 'invalid_value' }]);
    const paged = ['q', 'page', 'size'].some((k) => c.req.query(k) !== undefined);
    if (!paged) return c.json({ items: await listSubmissions(deps.db, status as SubmissionStatus | undefined) }, 200, NO_STORE);
    const paging = readPaging(c);
    if ('refused' in paging) return paging.refused;
    const found = await searchSubmissions(deps.db, { status: status as SubmissionStatus | undefined, ...paging });
    return c.json({ ...found, page: paging.page, size: paging.size, counts: await statusCounts(deps.db) }, 200, NO_STORE);
  });

  app.get('/submissions/:ref', onlyParams(), async (c) => {
    const ref = c.req.param('ref');
    if (badRef(ref)) return apiError(c, 400, [{ path: 'reference', code: 'invalid_format' }]);
    const s = await getSubmission(deps.db, ref);
    if (!s) return apiError(c, 404, [{ path: 'reference', code: 'not_found' }]);
    const cancelledDates = [...(await cancelledStarts(deps.db, ref))].sort((a, b) => a - b).map((ms) => new Date(ms).toISOString());
    return c.json({ ...s, cancelledDates }, 200, NO_STORE);
  });

  /** 404 for an unknown reference; 409 when the organiser cancelled it (nothing left to decide). */
  const refused = (c: Context, reason: 'not_found' | 'cancelled') =>
    reason === 'cancelled' ? apiError(c, 409, [{ path: 'reference', code: 'cancelled_by_organizer' }]) : apiError(c, 404, [{ path: 'reference', code: 'not_found' }]);

  /** Edit before approving: fields of the form; the merged result must still be valid. */
  app.patch('/submissions/:ref', onlyParams(), async (c) => {
    const sent = await refAndBody(c);
    if ('refused' in sent) return sent.refused;
    const { ref, value } = sent;
    const unknown = Object.keys(value).filter((k) => !EDITABLE.has(k));
    if (unknown.length) return apiError(c, 422, unknown.map((path) => ({ path, code: 'unrecognized_keys' })));
    const current = await getSubmission(deps.db, ref);
    if (!current) return apiError(c, 404, [{ path: 'reference', code: 'not_found' }]);
    const edit = 'location' in value ? { ...value, location: relocated(current.input.location, value.location) } : value;
    const parsed = SubmissionInput.safeParse(normaliseSubmission({ ...current.input, ...edit, token: '' }));
    if (!parsed.success) return apiError(c, 422, issuesToItems(parsed.error.issues));
    const { token: _t, website: _w, ...input } = parsed.data;
    const result = await editSubmission(deps.db, ref, input satisfies StoredInput, c.get('moderator'), Object.keys(value));
    if (!result.ok) return refused(c, result.reason);
    deps.changed();
    return c.json(result.submission, 200, NO_STORE);
  });

  app.post('/submissions/:ref/approve', onlyParams(), async (c) => {
    const ref = c.req.param('ref');
    if (badRef(ref)) return apiError(c, 400, [{ path: 'reference', code: 'invalid_format' }]);
    const result = await approveSubmission(deps.db, ref, c.get('moderator'), deps.now(), deps.mail);
    if (!result.ok) return refused(c, result.reason);
    deps.changed();
    return c.json({ submission: result.submission, activity: result.activity }, 200, NO_STORE);
  });

  app.post('/submissions/:ref/reject', onlyParams(), async (c) => {
    const sent = await refAndBody(c);
    if ('refused' in sent) return sent.refused;
    const { ref } = sent;
    const parsed = RejectInput.safeParse(sent.value);
    if (!parsed.success) return apiError(c, 422, issuesToItems(parsed.error.issues));
    const result = await rejectSubmission(deps.db, ref, parsed.data.reason, c.get('moderator'), deps.now(), deps.mail);
    if (!result.ok) return refused(c, result.reason);
    deps.changed();
    return c.json({ submission: result.submission }, 200, NO_STORE);
  });

  app.get('/audit', onlyParams(), async (c) => c.json({ items: await listAudit(deps.db) }, 200, NO_STORE));
  app.route('/', adminModerationRoutes(deps));
  app.route('/', adminWalkInRoutes(deps));
  return app;
}
