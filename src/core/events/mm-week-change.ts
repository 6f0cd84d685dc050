/** `mm-week-change`: a visitor chose another week; `detail.week` is its Monday (`YYYY-MM-DD`). */
export type MmWeekChangeEvent = CustomEvent<{ week: string }>;

declare global {
  interface HTMLElementEventMap {
    'mm-week-change': MmWeekChangeEvent;
  }
}
