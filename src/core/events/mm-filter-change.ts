/**
 * `mm-filter-change`: a visitor changed a filter or the search of the list; `detail.filters`
 * holds every filter in use (the partner's fixed ones too). Bubbles out of the shadow root.
 */
import type { ActivityFilters } from '../activities.js';

export type MmFilterChangeEvent = CustomEvent<{ filters: ActivityFilters }>;

declare global {
  interface HTMLElementEventMap {
    'mm-filter-change': MmFilterChangeEvent;
  }
}
