/**
 * Keyboard movement between a set of items with one tab stop (WAI-ARIA Authoring Practices,
 * "roving tabindex"): the arrow keys move focus to the previous or next item, Home and End
 * to the first and last, and only the current item has `tabindex="0"`, so Tab leaves the set
 * in one press. Up and Down move too when `vertical()` says the items are laid out in a
 * column (the week's agenda on a phone), else they keep scrolling the page.
 *
 * The host renders each item's `tabindex` with `tabIndexFor()` and listens for `keydown` on
 * the items' container with `onKeyDown`; `reset()` forgets the chosen item (a new week).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The items in order (as rendered now). */
  items: () => HTMLElement[];
  /** Whether Up and Down move as well as Left and Right. */
  vertical: () => boolean;
}

export class RovingFocus implements ReactiveController {
  /** The item that holds the tab stop; -1 until a key moved it (the host's default holds it). */
  private index = -1;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** `tabindex` of item `i` of `count`; `fallback` holds the stop until a key moved it. */
  tabIndexFor(i: number, count: number, fallback = 0): 0 | -1 {
    const current = this.index >= 0 && this.index < count ? this.index : fallback;
    return i === current ? 0 : -1;
  }

  reset(): void {
    this.index = -1;
  }

  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const items = this.options.items();
    const i = items.indexOf(e.target as HTMLElement);
    if (i < 0) return;
    const moves: Record<string, number> = {
      ArrowLeft: i - 1,
      ArrowRight: i + 1,
      Home: 0,
      End: items.length - 1,
      ...(this.options.vertical() ? { ArrowUp: i - 1, ArrowDown: i + 1 } : {}),
    };
    const j = moves[e.key];
    if (j === undefined) return;
    e.preventDefault();
    const next = Math.min(items.length - 1, Math.max(0, j));
    this.index = next;
    // Set at once (not only on the next render): focus moves now, and Tab must leave from here.
    items.forEach((item, k) => (item.tabIndex = k === next ? 0 : -1));
    items[next]!.focus();
    this.host.requestUpdate();
  };
}
