/**
 * POST JSON to the API: the activity form's one write. Apart from api.ts, which every
 * element downloads in the shared chunk, so that only the form's chunk carries it. Same
 * typed errors (`ApiError`) and the same `deadline` as the reads.
 */
import type { Contract } from '../contract/json-check.js';
import { ApiError, deadline, failure, networkError } from './api.js';

export interface SendOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/**
 * POST JSON and check the answer. A 422 throws `ApiError` with the field errors; no answer
 * within the `deadline` throws kind `timeout` (the request is aborted; a retry with the same
 * `Idempotency-Key` is safe if it did arrive).
 */
export async function postJson<T>(
  url: string,
  body: unknown,
  schema: Contract<T>,
  opts: SendOptions = {},
): Promise<T> {
  const stop = new AbortController();
  const onAbort = () => stop.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  let late = false;
  const timer = setTimeout(() => {
    late = true;
    stop.abort();
  }, deadline.ms);
  try {
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        signal: stop.signal,
        credentials: 'omit',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...opts.headers },
        body: JSON.stringify(body),
      });
    } catch (err) {
      if (late) throw new ApiError('timeout', `${url} did not answer within ${deadline.ms / 1000} s`);
      throw networkError(err, url);
    }
    if (!res.ok) throw await failure(res);
    const parsed = schema.safeParse(await res.json().catch(() => undefined));
    if (!parsed.success) throw new ApiError('invalid', `${url} answered outside the contract`, res.status);
    return parsed.data;
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}
