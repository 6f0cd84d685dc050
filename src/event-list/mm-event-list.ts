/**
 * Registers `<mm-event-list>`. The only file that defines the tag (safe to load twice).
 */
import { EventList } from './event-list.js';

EventList.define('mm-event-list');

export { EventList };
export type { MmSelectEvent } from '../core/events/mm-select.js';
export type { MmFilterChangeEvent } from '../core/events/mm-filter-change.js';

declare global {
  interface HTMLElementTagNameMap {
    'mm-event-list': EventList;
  }
}
