/**
 * Registers `<mm-activity-form>`. The only file that defines the tag (safe to load twice).
 *
 * The tag is defined once the words of the forms on the page are there (their language's
 * chunk, see words.ts): until then the loader's reserved room (`:not(:defined)`) holds the
 * form's place and the partner's fallback shows, so nothing below the form moves when it
 * appears. Words that cannot come (offline) do not hold it back: the form shows its fallback.
 */
import { resolveLang } from '../core/i18n.js';
import { ActivityForm } from './activity-form.js';
import { wordsFor } from './words.js';

const languages = new Set([...document.querySelectorAll('mm-activity-form')].map(resolveLang));
void Promise.allSettled([...languages].map((lang) => wordsFor(lang))).then(() => ActivityForm.define('mm-activity-form'));

export { ActivityForm };
export type { MmSubmittedEvent } from '../core/events/mm-submitted.js';

declare global {
  interface HTMLElementTagNameMap {
    'mm-activity-form': ActivityForm;
  }
}
