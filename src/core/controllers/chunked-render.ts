/**
 * Rendering a long list in chunks: a new answer renders the first screenful at once, and
 * once the browser has painted it (one frame; a hidden tab has none, so a timer takes over
 * after 100 ms), the rest follows `chunk` items per task. The first paint does not wait for
 * hundreds of items, and no task is long enough to block typing (docs/benchmark.md).
 *
 * The host renders the first `count` items and calls `restart()` for a new answer; `all()`
 * renders everything at once (an item about to take focus must exist).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ChunkedRender implements ReactiveController {
  /** How many items to render now. */
  count: number;
  private timer?: ReturnType<typeof setTimeout>;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** How many items there are in all. */
    private readonly total: () => number,
    private readonly first: number,
    private readonly chunk: number,
  ) {
    this.count = first;
    host.addController(this);
  }

  restart(): void {
    this.count = this.first;
    this.host.requestUpdate();
  }

  all(): void {
    this.count = Infinity;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.stop();
    if (this.count < this.total()) this.schedule();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private schedule(): void {
    const next = () => {
      this.stop();
      this.timer = setTimeout(() => {
        this.count += this.chunk;
        this.host.requestUpdate();
      });
    };
    if (this.count > this.first) return next();
    this.frame = requestAnimationFrame(next);
    this.timer = setTimeout(next, 100);
  }

  private stop(): void {
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
  }
}
