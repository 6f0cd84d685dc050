/**
 * Registers `<mm-event-list>`. The only file that defines the tag (safe to load twice).
 */
import { EventList } from './event-list.js';
import type { ActivityFilters } from '../core/activities.js';

EventList.define('mm-event-list');

export { EventList };

declare global {
  interface HTMLElementTagNameMap {
    'mm-event-list': EventList;
  }
  interface HTMLElementEventMap {
    'mm-filter-change': CustomEvent<{ filters: ActivityFilters }>;
  }
}
