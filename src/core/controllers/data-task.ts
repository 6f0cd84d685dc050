/**
 * Loading an element's data, the same way in every element: a `@lit/task` Task that
 * - stops when the element leaves the page and runs again when it comes back. Without it a
 *   removed element went on with its chain of requests (a week waiting for its campaign
 *   still asked for the week after removal), which a single-page app that swaps pages pays
 *   for in requests, and tests saw as stray calls;
 * - reads the API through `get()`, which remembers the addresses this run asked for;
 * - `retry()`: forgets the cached answers of exactly those addresses and runs again.
 *   Before, the list forgot one address and the week every answer on the page (a banner's
 *   campaign and a second calendar's week too, which then asked again for nothing). Only
 *   this element's addresses need asking again, and all of them: a week is a campaign and
 *   up to ten pages, and the one that failed may be any of them;
 * - calls `onError` only for real failures, never for an abort (a newer run or a removed
 *   element is not an error to show or announce).
 */
import { Task, TaskStatus, type TaskConfig } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { clearCache, getJson, isAbort, type GetOptions, type Result } from '../api.js';
import type { Contract } from '../../contract/json-check.js';

export { isAbort };

export class DataTask<A extends readonly unknown[], R> extends Task<A, R> {
  private readonly asked: Set<string>;
  private stopped = false;

  constructor(host: ReactiveControllerHost, config: TaskConfig<A, R>) {
    const { task, onError } = config;
    const asked = new Set<string>();
    super(host, {
      ...config,
      task: (args, options) => {
        asked.clear();
        return task(args, options);
      },
      onError: (e) => {
        if (!isAbort(e)) onError?.(e);
      },
    });
    this.asked = asked;
  }

  // A Task is already one of its host's controllers: these run with the host's lifecycle.
  hostConnected(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.run();
  }

  hostDisconnected(): void {
    if (this.status !== TaskStatus.PENDING) return;
    this.stopped = true;
    this.abort();
  }

  /** `getJson()` for this run: the address is remembered for `retry()`. */
  get<T>(url: string, schema: Contract<T>, opts: GetOptions): Promise<Result<T>> {
    this.asked.add(url);
    return getJson(url, schema, opts);
  }

  /** Ask again for what the last run asked, past the memory cache. */
  retry(): Promise<void> {
    for (const url of this.asked) clearCache(url);
    return this.run();
  }
}
