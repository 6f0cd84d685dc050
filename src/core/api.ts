/**
 * The API client every element uses.
 * - one in-flight request per URL: ten widgets on a page asking for the same feed cost one
 *   request; the request is aborted only when every caller has aborted;
 * - a short memory cache (60 s by default, like the API's `max-age`);
 * - with `persist`, the last good answer is kept in sessionStorage and returned, marked
 *   `stale`, when the network fails (the "mogelijk niet actueel" state);
 * - typed errors (`ApiError.kind`) that `errorText()` (state-messages.ts) turns into a sentence;
 * - every answer is checked against the contract before an element sees it: the display
 *   elements pass a JSON Schema checker from `contract.ts`, the form may pass a zod schema.
 */
import type { FieldError } from '../contract/schema.js';
import type { Checked, Contract } from '../contract/json-check.js';
import { ApiErrorBody } from '../contract/checkers.js';
import { session } from './storage.js';
import type { WithLoaderState } from './loader-state.js';

export type ApiErrorKind = 'offline' | 'network' | 'timeout' | 'http' | 'invalid' | 'rate-limited' | 'not-found';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status = 0,
    /** Field errors of a 422 answer, with stable codes. */
    readonly errors: FieldError[] = [],
    /** Seconds to wait, from `Retry-After` on a 429. */
    readonly retryAfter = 0,
  ) {
    super(message);
  }
}

export interface Result<T> {
  data: T;
  /** True when this is the last good answer, shown because the network failed. */
  stale: boolean;
  /** When the data was fetched (ms since epoch). */
  time: number;
}

export interface GetOptions {
  signal?: AbortSignal;
  /** How long a memory-cached answer counts as fresh, in ms. */
  maxAge?: number;
  /** Keep the last good answer in sessionStorage and fall back to it when offline. */
  persist?: boolean;
}

interface Stored {
  data: unknown;
  time: number;
}
interface Flight {
  promise: Promise<Stored>;
  controller: AbortController;
  waiters: number;
}

const memory = new Map<string, Stored>();
const inflight = new Map<string, Flight>();

/**
 * Answers waiting to be written to sessionStorage. Writing is slow (serialising and storing
 * a page of 200 activities takes about 10 ms), so it happens after the answer is shown,
 * when the browser is idle; until then the fallback reads the answer from here.
 */
const unsaved = new Map<string, Stored>();
let saving = false;

function save(): void {
  saving = false;
  for (const [u, a] of unsaved) session.setJson(`api:${u}`, a);
  unsaved.clear();
}

function persistLater(url: string, answer: Stored): void {
  unsaved.set(url, answer);
  if (saving) return;
  saving = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(save, { timeout: 2000 });
  else setTimeout(save, 200);
}

/**
 * Forget cached answers (tests, and the "retry" button, which must really ask again).
 * Answers still waiting to be persisted are written first: storage outlives the memory cache.
 */
export function clearCache(url?: string): void {
  save();
  if (url) memory.delete(url);
  else memory.clear();
}

const abortError = () => new DOMException('The request was aborted.', 'AbortError');

/** The `ApiError` of an answer that is not ok (field errors, `Retry-After`); also used by post-json.ts. */
export async function failure(res: Response): Promise<ApiError> {
  let errors: FieldError[] = [];
  try {
    const body = ApiErrorBody.safeParse(await res.json());
    if (body.success) errors = body.data.errors;
  } catch {
    /* not JSON: keep the status only */
  }
  if (res.status === 429) {
    const after = Number(res.headers.get('retry-after')) || 60;
    return new ApiError('rate-limited', `HTTP 429 for ${res.url}`, 429, errors, after);
  }
  if (res.status === 404) return new ApiError('not-found', `HTTP 404 for ${res.url}`, 404, errors);
  return new ApiError('http', `HTTP ${res.status} for ${res.url}`, res.status, errors);
}

const unexplained = new Set<string>();
/** What the loader left for the elements (src/core/loader-state.ts), if it loaded them. */
const fromLoader = () => (globalThis as WithLoaderState).__missieMentaal;

/** Whether `e` is the rejection of an aborted request or task (the one abort check). */
export const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';

/** The `ApiError` of a request that got no answer (offline or network), explained once. */
export function networkError(err: unknown, url: string): ApiError | unknown {
  if (isAbort(err)) return err;
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  // The webmaster learns why, once per cause (CSP, CORS or network), from the loader; used
  // without it (the npm package), the plain error.
  const explain = fromLoader()?.explain;
  const origin = new URL(url).origin;
  if (explain) void explain(url, 'connect-src', 'the widgets could not get their data');
  else if (!unexplained.has(origin)) {
    unexplained.add(origin);
    console.warn(`[missie-mentaal] could not reach ${url}: ${String(err)}`);
  }
  return new ApiError(offline ? 'offline' : 'network', `Could not reach ${url}: ${String(err)}`);
}

/** The answer the loader already asked for (src/loader.ts, `firstRequest`): used once. */
function prefetched(url: string): Promise<Response> | undefined {
  const waiting = fromLoader()?.prefetched;
  const answer = waiting?.get(url);
  waiting?.delete(url);
  return answer;
}

/**
 * How long a request may take, answer and body together, before it counts as failed (ms).
 * An API that accepts the connection and never answers would otherwise leave an element on
 * "Laden…" forever; after the deadline it shows its error (or its last good answer) with a
 * retry. Tests shorten it.
 */
export const deadline = { ms: 10_000 };

async function load<T>(url: string, schema: Contract<T>, signal: AbortSignal): Promise<Stored> {
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stop.abort();
      reject(new ApiError('timeout', `${url} did not answer within ${deadline.ms / 1000} s`));
    }, deadline.ms);
  });
  late.catch(() => undefined);
  try {
    let res: Response;
    try {
      res = await Promise.race([prefetched(url) ?? fetch(url, { signal: stop.signal, headers: { accept: 'application/json' }, credentials: 'omit' }), late]);
    } catch (err) {
      throw err instanceof ApiError ? err : networkError(err, url);
    }
    if (!res.ok) throw await failure(res);
    let json: unknown;
    try {
      json = await Promise.race([res.json(), late]);
    } catch (err) {
      throw err instanceof ApiError ? err : new ApiError('invalid', `${url} did not answer with JSON`, res.status);
    }
    return checked(json, schema, url);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

function checked<T>(json: unknown, schema: Contract<T>, url: string): Stored {
  const parsed = checkList(schema, json, url);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ApiError('invalid', `${url} sent data that does not match the contract at ${first?.path.join('.')}: ${first?.code}`);
  }
  return { data: parsed.data, time: Date.now() };
}

/**
 * `json` checked against the contract. In a list answer (`items`), items that do not match
 * are left out and named once in the console, and the rest is shown: one bad activity
 * must not turn every partner's list into "the data does not match". Anything else that
 * does not match still fails the whole answer.
 */
function checkList<T>(schema: Contract<T>, json: unknown, url: string): Checked<T> {
  let parsed = schema.safeParse(json);
  const items = (json as { items?: unknown } | null)?.items;
  if (parsed.success || !Array.isArray(items)) return parsed;
  const kept = [...items];
  const skipped: string[] = [];
  // Each pass drops the item the checker names (at most every item once) and checks again.
  while (!parsed.success && skipped.length < items.length) {
    const [first] = parsed.error.issues;
    const [where, index, ...inside] = first?.path ?? [];
    if (where !== 'items' || typeof index !== 'number') break;
    const [bad] = kept.splice(index, 1);
    const id = (bad as { id?: unknown } | null)?.id;
    skipped.push(`${typeof id === 'string' ? id : `#${index}`} (${inside.map(String).join('.')}: ${first!.code})`);
    parsed = schema.safeParse({ ...(json as object), items: kept });
  }
  if (parsed.success && skipped.length) console.warn(`[missie-mentaal] ${url}: left out ${skipped.length} item(s) that do not match the contract: ${skipped.join(', ')}`);
  return parsed;
}

/** Wait for a shared promise, or reject at once when this caller's signal aborts. */
function follow<T>(flight: Flight, signal: AbortSignal | undefined, url: string): Promise<T> {
  if (!signal) return flight.promise as Promise<T>;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      flight.waiters -= 1;
      if (flight.waiters === 0) {
        flight.controller.abort();
        if (inflight.get(url) === flight) inflight.delete(url);
      }
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    flight.promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v as T);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** GET a JSON resource, checked against `schema`. Throws `ApiError` or an `AbortError`. */
export async function getJson<T>(url: string, schema: Contract<T>, opts: GetOptions = {}): Promise<Result<T>> {
  const { signal, maxAge = 60_000, persist = false } = opts;
  const hit = memory.get(url);
  if (hit && Date.now() - hit.time < maxAge) return { data: hit.data as T, stale: false, time: hit.time };

  let flight = inflight.get(url);
  if (!flight) {
    const controller = new AbortController();
    const promise = load(url, schema, controller.signal).finally(() => {
      if (inflight.get(url) === flight) inflight.delete(url);
    });
    flight = { promise, controller, waiters: 0 };
    inflight.set(url, flight);
    promise.catch(() => undefined); // callers handle it; avoid an unhandled rejection when all aborted
  }
  flight.waiters += 1;
  try {
    const fresh = await follow<Stored>(flight, signal, url);
    memory.set(url, fresh);
    if (persist) persistLater(url, fresh);
    return { data: fresh.data as T, stale: false, time: fresh.time };
  } catch (err) {
    if (!(err instanceof ApiError) || err.kind === 'not-found') throw err;
    const last = hit ?? (persist ? (unsaved.get(url) ?? session.getJson<Stored>(`api:${url}`)) : null);
    const checked = last ? schema.safeParse(last.data) : null;
    if (last && checked?.success) return { data: checked.data, stale: true, time: last.time };
    throw err;
  }
}

/** Where the API lives: the element's `api` attribute, else what the loader found, else same origin. */
export function apiBase(explicit?: string | null): string {
  const base = explicit || fromLoader()?.api || '/api/v1/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** `base` + `path` + the non-empty `params` as a query string (sorted: one cache key per query). */
export function apiUrl(base: string, path: string, params: Record<string, string | number | boolean | null | undefined> = {}): string {
  const url = new URL(path.replace(/^\//, ''), new URL(apiBase(base), globalThis.document?.baseURI ?? 'http://localhost/'));
  for (const k of Object.keys(params).sort()) {
    const v = params[k];
    if (v !== null && v !== undefined && v !== '' && v !== false) url.searchParams.set(k, String(v));
  }
  return url.href;
}
