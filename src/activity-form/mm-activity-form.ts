/**
 * Registers `<mm-activity-form>`. The only file that defines the tag (safe to load twice).
 */
import { ActivityForm } from './activity-form.js';

ActivityForm.define('mm-activity-form');

export { ActivityForm };
export type { MmSubmittedEvent } from '../core/events/mm-submitted.js';

declare global {
  interface HTMLElementTagNameMap {
    'mm-activity-form': ActivityForm;
  }
}
