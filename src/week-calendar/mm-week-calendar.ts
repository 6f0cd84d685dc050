import { WeekCalendar } from './week-calendar.js';

export { WeekCalendar };
export type { MmSelectEvent } from '../core/events/mm-select.js';
export type { MmWeekChangeEvent } from '../core/events/mm-week-change.js';
WeekCalendar.define('mm-week-calendar');

declare global {
  interface HTMLElementTagNameMap {
    'mm-week-calendar': WeekCalendar;
  }
}
