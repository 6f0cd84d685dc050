import { WeekCalendar } from './week-calendar.js';

export { WeekCalendar };
WeekCalendar.define('mm-week-calendar');

declare global {
  interface HTMLElementTagNameMap {
    'mm-week-calendar': WeekCalendar;
  }
  interface HTMLElementEventMap {
    'mm-week-change': CustomEvent<{ week: string }>;
  }
}
