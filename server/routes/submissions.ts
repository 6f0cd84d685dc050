/**
 * The activity form's endpoint. Order of checks: content type, size, rate limit,
 * Idempotency-Key, UTF-8 and JSON, honeypot, schema, form token; then one INSERT.
 * A filled honeypot gets a normal-looking 201 with a made-up reference and nothing is
 * stored, so a bot cannot tell it was caught.
 */
import { createHash, createHmac } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SubmissionInput } from '../../src/core/schema.js';
import { zonedParts } from '../../src/core/dates.js';
import type { AppDeps } from '../deps.js';
import { apiError, issuesToItems } from '../http/errors.js';
import { readJsonObject } from '../http/json-body.js';
import { normaliseSubmission } from '../normalise.js';
import { RateLimiter, clientAddress } from '../http/rate-limit.js';
import { checkToken, issueToken } from '../form-token.js';
import { createSubmission, type StoredInput } from '../store/submissions.js';

const NO_STORE = { 'Cache-Control': 'no-store' };
const KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

export function submissionRoutes(deps: AppDeps) {
  const app = new Hono();
  const limiter = deps.rateLimit ? new RateLimiter(deps.rateLimit.max, deps.rateLimit.windowMs) : null;

  app.get('/submissions/token', (c) => c.json({ token: issueToken(deps.secret, deps.now()) }, 200, NO_STORE));

  app.post(
    '/submissions',
    async (c, next) => {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\s*(?:;\s*charset=utf-8\s*)?$/i.test(type)) return apiError(c, 415, [{ path: 'Content-Type', code: 'unsupported_media_type' }]);
      if (limiter) {
        const wait = limiter.hit(clientAddress(c, deps.trustProxy), deps.now().getTime());
        if (wait) return apiError(c, 429, [{ path: '', code: 'rate_limited' }], { 'Retry-After': String(wait) });
      }
      return next();
    },
    bodyLimit({ maxSize: deps.maxBodyBytes, onError: (c) => apiError(c, 413, [{ path: '', code: 'too_large' }]) }),
    async (c) => {
      const key = c.req.header('idempotency-key');
      if (!key) return apiError(c, 400, [{ path: 'Idempotency-Key', code: 'required' }]);
      if (!KEY.test(key)) return apiError(c, 400, [{ path: 'Idempotency-Key', code: 'invalid_format' }]);

      const read = await readJsonObject(c);
      if (!read.ok) return apiError(c, read.status, [{ path: '', code: read.code }]);
      const body = read.value;

      const now = deps.now();
      const year = zonedParts(now).year;
      const website = body.website;
      if (typeof website === 'string' && website.trim() !== '') {
        // Honeypot filled: answer like a success, derived from the body so retries look consistent.
        const n = parseInt(createHmac('sha256', deps.secret).update(JSON.stringify(body)).digest('hex').slice(0, 8), 16) % 900_000;
        return c.json({ reference: `MM-${year}-${String(100_000 + n).padStart(6, '0')}`, status: 'pending' }, 201, NO_STORE);
      }

      const parsed = SubmissionInput.safeParse(normaliseSubmission(body));
      if (!parsed.success) return apiError(c, 422, issuesToItems(parsed.error.issues));
      const tokenState = checkToken(deps.secret, parsed.data.token, now, deps.minFillMs);
      if (tokenState !== 'ok') return apiError(c, 422, [{ path: 'token', code: tokenState }]);

      const { token: _t, website: _w, ...input } = parsed.data;
      const stored: StoredInput = input;
      const bodyHash = createHash('sha256').update(JSON.stringify(stored)).digest('hex');
      const result = await createSubmission(deps.db, key, bodyHash, stored, year);
      if (result.kind === 'conflict') return apiError(c, 422, [{ path: 'Idempotency-Key', code: 'idempotency_conflict' }]);
      return c.json(result.receipt, 201, { ...NO_STORE, ...(result.kind === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {}) });
    },
  );
  return app;
}
