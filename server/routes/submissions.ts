/**
 * The activity form's endpoint. Order of checks: content type, size, rate limit,
 * Idempotency-Key, UTF-8 and JSON, schema, form token; then one INSERT. A body with the
 * honeypot filled goes through every check too and gets a normal-looking 201 with a
 * reference from the same sequence, but only its idempotency key and token are kept (as a
 * decoy, so a replay answers alike): a bot cannot tell it was caught.
 */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SubmissionInput } from '../../src/contract/schema.js';
import { zonedParts } from '../../src/core/dates.js';
import type { AppDeps } from '../deps.js';
import { apiError, issuesToItems } from '../http/errors.js';
import { readJsonObject } from '../http/json-body.js';
import { onlyParams } from '../http/query.js';
import { normaliseSubmission } from '../normalise.js';
import { checkAgainstNow } from '../submission-checks.js';
import { RateLimiter, clientAddress } from '../http/rate-limit.js';
import { checkToken, issueToken } from '../form-token.js';
import { createSubmission, type StoredInput } from '../store/submissions.js';

const NO_STORE = { 'Cache-Control': 'no-store' };
const KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

export function submissionRoutes(deps: AppDeps) {
  const app = new Hono();
  const limiter = deps.rateLimit ? new RateLimiter(deps.rateLimit.max, deps.rateLimit.windowMs) : null;

  app.get('/submissions/token', onlyParams(), (c) => c.json({ token: issueToken(deps.secret, deps.now()) }, 200, NO_STORE));

  app.post(
    '/submissions',
    onlyParams(),
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

      // Every body gets the same checks whatever its honeypot holds: a bot that fills it
      // learns nothing from the answers (422s, token errors, replays) that a person would not.
      const parsed = SubmissionInput.safeParse(normaliseSubmission(read.value));
      if (!parsed.success) return apiError(c, 422, issuesToItems(parsed.error.issues));
      const now = deps.now();
      const late = await checkAgainstNow(deps.db, parsed.data, now);
      if (late.length) return apiError(c, 422, late);
      const tokenState = checkToken(deps.secret, parsed.data.token, now, deps.minFillMs);
      if (tokenState !== 'ok') return apiError(c, 422, [{ path: 'token', code: tokenState }]);

      const { token, website, ...input } = parsed.data;
      const stored: StoredInput = input;
      const bodyHash = createHash('sha256').update(JSON.stringify(stored)).digest('hex');
      const result = await createSubmission(deps.db, {
        key,
        bodyHash,
        input: stored,
        formToken: createHash('sha256').update(token).digest('hex'),
        year: zonedParts(now).year,
        // Honeypot filled: kept apart as a decoy (no content), with a real-looking reference.
        decoy: typeof website === 'string' && website.trim() !== '',
      }, deps.mail, now);
      // The confirmation and the team's notice are in the outbox with the submission: send them.
      if (result.kind === 'created') deps.mail.notify();
      if (result.kind === 'conflict') return apiError(c, 422, [{ path: 'Idempotency-Key', code: 'idempotency_conflict' }]);
      if (result.kind === 'token_used') return apiError(c, 422, [{ path: 'token', code: 'token_used' }]);
      return c.json(result.receipt, 201, { ...NO_STORE, ...(result.kind === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {}) });
    },
  );
  return app;
}
