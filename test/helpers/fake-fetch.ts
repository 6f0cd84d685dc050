/**
 * A fake `fetch` for browser tests: routes by URL path, records every call, and can
 * delay, fail or go offline, so each loading/empty/error/offline state can be reached
 * without a server. Install in `beforeEach`, `restore()` in `afterEach`.
 */
export interface FakeResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Milliseconds before answering (the request can be aborted meanwhile). */
  delay?: number;
  /** Reject like a network failure instead of answering. */
  networkError?: boolean;
}
export type Route = (url: URL, init?: RequestInit) => FakeResponse | Promise<FakeResponse>;

export interface FakeFetch {
  calls: { url: URL; init?: RequestInit }[];
  routes: Map<string, Route>;
  /** Answer requests whose path ends with `suffix`. */
  on(suffix: string, route: Route | FakeResponse): FakeFetch;
  restore(): void;
}

export function fakeFetch(): FakeFetch {
  const original = globalThis.fetch;
  const fake: FakeFetch = {
    calls: [],
    routes: new Map(),
    on(suffix, route) {
      this.routes.set(suffix, typeof route === 'function' ? route : () => route);
      return this;
    },
    restore() {
      globalThis.fetch = original;
    },
  };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    fake.calls.push({ url, init });
    const match = [...fake.routes.entries()].filter(([k]) => url.pathname.endsWith(k)).sort((a, b) => b[0].length - a[0].length)[0];
    const r: FakeResponse = match ? await match[1](url, init) : { status: 404, body: { errors: [] } };
    if (r.delay) {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(resolve, r.delay);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(t);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    }
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    if (r.networkError) throw new TypeError('Failed to fetch');
    return new Response(r.body === undefined ? null : typeof r.body === 'string' ? r.body : JSON.stringify(r.body), {
      status: r.status ?? 200,
      headers: { 'content-type': 'application/json', ...r.headers },
    });
  }) as typeof fetch;
  return fake;
}

/** Wait until `check` is true (polling with a timer: frames may pause in a background tab), or fail after `ms`. */
export async function until(check: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Total layout shift recorded while `run` runs (a `layout-shift` PerformanceObserver). */
export async function layoutShiftDuring(run: () => Promise<void>): Promise<number> {
  let total = 0;
  const add = (entries: PerformanceEntryList) => {
    for (const e of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!e.hadRecentInput) total += e.value;
    }
  };
  const po = new PerformanceObserver((list) => add(list.getEntries()));
  po.observe({ type: 'layout-shift', buffered: false });
  await run();
  // Let the last frames paint, then collect what the observer has not delivered yet.
  await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  add(po.takeRecords());
  po.disconnect();
  return total;
}
