/**
 * A Lit reactive controller: when the browser comes back online, an element whose data
 * failed to load, or which shows its last good answer marked as possibly out of date, asks
 * again by itself. A visitor on a train should not have to find the retry button.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus, type Task } from '@lit/task';

export class RefreshWhenOnline implements ReactiveController {
  private readonly onOnline = () => {
    if (this.task.status === TaskStatus.ERROR || (this.task.status === TaskStatus.COMPLETE && this.isStale())) void this.task.run();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly task: Task<readonly unknown[], unknown>,
    /** Whether what is shown is the last good answer rather than a fresh one. */
    private readonly isStale: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
  }
}
