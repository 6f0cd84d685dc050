/**
 * Sending a report: the form token, then one POST with the draft's `Idempotency-Key`.
 * The server refuses a token younger than its minimum fill time (`too_fast`), forged or
 * expired (`invalid_token`) or already used (`token_used`); the sender then waits or fetches
 * a new token and sends again by itself, so the user never sees those. What the user must
 * know (field errors, a rate limit, a network failure) is thrown as an `ApiError`.
 */
import type { SubmissionInput, SubmissionReceipt } from '../contract/submission.js';
import { SubmissionReceipt as Receipt } from '../contract/generated-submission.js';
import { contract } from '../contract/json-check.js';
import { apiUrl, getJson, ApiError } from '../core/api.js';
import { postJson } from '../core/post-json.js';

/** Times the sender waits; tests shorten them. */
export const timing = {
  /** The server's minimum fill time (`GET /submissions/token`: send it at least 3 s later), in ms. */
  minFillMs: 3000,
  /**
   * Seconds before each automatic new try after a send failed while the browser was online
   * (the server was down or did not answer): five tries over about 19 minutes, the same
   * `Idempotency-Key` each time. Offline, the browser's `online` event sends instead.
   */
  retrySeconds: [30, 60, 120, 300, 600],
};

/** `GET /submissions/token`'s answer (server/routes/submissions.ts): the token, at most as long as `SubmissionInput.token` takes. */
const TokenAnswer = contract<{ token: string }>({ type: 'object', properties: { token: { type: 'string', minLength: 1, maxLength: 500 } }, required: ['token'] });
const ReceiptAnswer = contract<SubmissionReceipt>(Receipt);

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });

/** The form token: fetched when the form opens, renewed when the server refuses it. */
export class FormToken {
  private value?: { token: string; at: number };
  private pending?: Promise<{ token: string; at: number }>;

  constructor(private readonly base: () => string) {}

  /** Fetch a token now (when the form opens), so it is old enough when the user sends. Never throws. */
  prepare(): void {
    this.fetch().catch(() => undefined);
  }

  private fetch(signal?: AbortSignal): Promise<{ token: string; at: number }> {
    this.pending ??= getJson(apiUrl(this.base(), 'submissions/token'), TokenAnswer, { maxAge: 0, signal }).then(
      (r) => (this.value = { token: r.data.token, at: Date.now() }),
    ).finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** A token at least the minimum fill time old (waiting for the rest of it when needed). */
  async get(signal?: AbortSignal): Promise<string> {
    const t = this.value ?? (await this.fetch(signal));
    const left = timing.minFillMs - (Date.now() - t.at);
    if (left > 0) await wait(left, signal);
    return t.token;
  }

  forget(): void {
    this.value = undefined;
  }
}

/**
 * How long until the server counts `token` as old enough: the token starts with the server's
 * issue time in ms (`<issued>.<nonce>.<signature>`, server/form-token.ts). A clock that is off
 * gives at most the whole minimum fill time, and at least a tenth of it.
 */
function remaining(token: string): number {
  const issued = Number(token.split('.')[0]);
  const left = Number.isFinite(issued) ? timing.minFillMs - (Date.now() - issued) : timing.minFillMs;
  return Math.min(timing.minFillMs, Math.max(timing.minFillMs / 10, left));
}

/** The token code of a 422 answer (`too_fast`, `invalid_token`, `token_used`), if that is what it is. */
const tokenCode = (e: unknown): string | undefined =>
  e instanceof ApiError && e.status === 422 ? e.errors.find((x) => x.path === 'token')?.code : undefined;

/**
 * POST the report; a refused token is waited for or renewed and the report sent again (at
 * most three times). Resolves with the receipt; rejects with an `ApiError` (422 field
 * errors, 429 with `retryAfter`, offline, network, timeout) or an `AbortError`.
 */
export async function sendReport(
  base: string,
  body: Omit<SubmissionInput, 'token'> & { website: string },
  key: string,
  token: FormToken,
  signal?: AbortSignal,
): Promise<SubmissionReceipt> {
  for (let attempt = 0; ; attempt++) {
    const value = await token.get(signal);
    try {
      return await postJson(apiUrl(base, 'submissions'), { ...body, token: value }, ReceiptAnswer, { signal, headers: { 'Idempotency-Key': key } });
    } catch (e) {
      const code = tokenCode(e);
      if (!code || attempt >= 3) throw e;
      // too_fast: the same token, once it is old enough by the server's clock too.
      if (code === 'too_fast') await wait(remaining(value), signal);
      else token.forget();
    }
  }
}
