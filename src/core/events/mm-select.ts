/**
 * `mm-select`: a visitor opened an activity, in the list or the calendar (never fired because
 * a property was set). Bubbles out of the shadow root. One file per event: its type is written
 * once, here, and `HTMLElementEventMap` knows it wherever this file is imported.
 */
import type { Activity } from '../../contract/schema.js';

export type MmSelectEvent = CustomEvent<{ activity: Activity }>;

declare global {
  interface HTMLElementEventMap {
    'mm-select': MmSelectEvent;
  }
}
