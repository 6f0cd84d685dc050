import { WeekCalendar } from './week-calendar.js';
import type { Activity } from '../core/schema.js';

export { WeekCalendar };
WeekCalendar.define('mm-week-calendar');

declare global {
  interface HTMLElementTagNameMap {
    'mm-week-calendar': WeekCalendar;
  }
  interface HTMLElementEventMap {
    'mm-week-change': CustomEvent<{ week: string }>;
    'mm-select': CustomEvent<{ activity: Activity }>;
  }
}
