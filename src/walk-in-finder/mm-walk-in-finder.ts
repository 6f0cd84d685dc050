/**
 * Registers `<mm-walk-in-finder>`. The only file that defines the tag (safe to load twice).
 */
import { WalkInFinder } from './walk-in-finder.js';

WalkInFinder.define('mm-walk-in-finder');

export { WalkInFinder };

declare global {
  interface HTMLElementTagNameMap {
    'mm-walk-in-finder': WalkInFinder;
  }
}
