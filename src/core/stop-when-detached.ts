/**
 * A Lit reactive controller: an element's data task stops when the element leaves the page
 * and runs again when it comes back. Without it a removed element went on with its chain of
 * requests (a week waiting for its campaign still asked for the week after removal), which a
 * single-page app that swaps pages pays for in requests, and tests saw as stray calls.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus, type Task } from '@lit/task';

export class StopWhenDetached implements ReactiveController {
  private stopped = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly task: Task<readonly unknown[], unknown>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.task.run();
  }

  hostDisconnected(): void {
    if (this.task.status !== TaskStatus.PENDING) return;
    this.stopped = true;
    this.task.abort();
  }
}
