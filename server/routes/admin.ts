/**
 * Moderation: bearer token (compared in constant time), list / view / edit / approve /
 * reject submissions, and the audit trail. No CORS headers: only same-origin pages
 * (the moderation demo) may call it. Every write clears the read cache.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { RejectInput, SUBMISSION_STATUSES, SubmissionInput, text } from '../../src/core/schema.js';
import type { AppDeps } from '../deps.js';
import { apiError, issuesToItems } from '../http/errors.js';
import { readJsonObject } from '../http/json-body.js';
import { normaliseSubmission } from '../normalise.js';
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
const REFERENCE = /^MM-\d{4}-\d{6}$/;
const EDITABLE = new Set(Object.keys(SubmissionInput.shape).filter((k) => k !== 'token' && k !== 'website'));
const Moderator = text(1, 80);

const digest = (s: string) => createHash('sha256').update(s).digest();

export function adminRoutes(deps: AppDeps) {
  const app = new Hono();
  const expected = digest(deps.adminToken);

  app.use('*', async (c, next) => {
    const m = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '');
    if (!m || !timingSafeEqual(digest(m[1]!), expected)) {
      return apiError(c, 401, [{ path: 'Authorization', code: 'unauthorized' }], { 'WWW-Authenticate': 'Bearer' });
    }
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('*', bodyLimit({ maxSize: deps.maxBodyBytes, onError: (c) => apiError(c, 413, [{ path: '', code: 'too_large' }]) }));

  const who = (h: string | undefined) => (h && Moderator.safeParse(h.trim()).success ? h.trim() : 'admin');
  const badRef = (ref: string) => !REFERENCE.test(ref);

  app.get('/submissions', async (c) => {
    const status = c.req.query('status');
    if (status !== undefined && !(SUBMISSION_STATUSES as readonly string[]).includes(status)) return apiError(c, 400, [{ path: 'status', code: 'invalid_value' }]);
    return c.json({ items: await listSubmissions(deps.db, status as SubmissionStatus | undefined) }, 200, NO_STORE);
  });

  app.get('/submissions/:ref', async (c) => {
    const ref = c.req.param('ref');
    if (badRef(ref)) return apiError(c, 400, [{ path: 'reference', code: 'invalid_format' }]);
    const s = await getSubmission(deps.db, ref);
    return s ? c.json(s, 200, NO_STORE) : apiError(c, 404, [{ path: 'reference', code: 'not_found' }]);
  });

  /** Edit before approving: fields of the form; the merged result must still be valid. */
  app.patch('/submissions/:ref', async (c) => {
    const ref = c.req.param('ref');
    if (badRef(ref)) return apiError(c, 400, [{ path: 'reference', code: 'invalid_format' }]);
    const body = await readJsonObject(c);
    if (!body.ok) return apiError(c, body.status, [{ path: '', code: body.code }]);
    const unknown = Object.keys(body.value).filter((k) => !EDITABLE.has(k));
    if (unknown.length) return apiError(c, 422, unknown.map((path) => ({ path, code: 'unrecognized_keys' })));
    const current = await getSubmission(deps.db, ref);
    if (!current) return apiError(c, 404, [{ path: 'reference', code: 'not_found' }]);
    const parsed = SubmissionInput.safeParse(normaliseSubmission({ ...current.input, ...body.value, token: '' }));
    if (!parsed.success) return apiError(c, 422, issuesToItems(parsed.error.issues));
    const { token: _t, website: _w, ...input } = parsed.data;
    const result = await editSubmission(deps.db, ref, input satisfies StoredInput, who(c.req.header('x-moderator')), Object.keys(body.value));
    if (!result.ok) return apiError(c, 404, [{ path: 'reference', code: 'not_found' }]);
    deps.changed();
    return c.json(result.submission, 200, NO_STORE);
  });

  app.post('/submissions/:ref/approve', async (c) => {
    const ref = c.req.param('ref');
    if (badRef(ref)) return apiError(c, 400, [{ path: 'reference', code: 'invalid_format' }]);
    const result = await approveSubmission(deps.db, ref, who(c.req.header('x-moderator')), deps.now());
    if (!result.ok) return apiError(c, 404, [{ path: 'reference', code: 'not_found' }]);
    deps.changed();
    return c.json({ submission: result.submission, activity: result.activity }, 200, NO_STORE);
  });

  app.post('/submissions/:ref/reject', async (c) => {
    const ref = c.req.param('ref');
    if (badRef(ref)) return apiError(c, 400, [{ path: 'reference', code: 'invalid_format' }]);
    const body = await readJsonObject(c);
    if (!body.ok) return apiError(c, body.status, [{ path: '', code: body.code }]);
    const parsed = RejectInput.safeParse(body.value);
    if (!parsed.success) return apiError(c, 422, issuesToItems(parsed.error.issues));
    const result = await rejectSubmission(deps.db, ref, parsed.data.reason, who(c.req.header('x-moderator')), deps.now());
    if (!result.ok) return apiError(c, 404, [{ path: 'reference', code: 'not_found' }]);
    deps.changed();
    return c.json({ submission: result.submission }, 200, NO_STORE);
  });

  app.get('/audit', async (c) => c.json({ items: await listAudit(deps.db) }, 200, NO_STORE));
  return app;
}
