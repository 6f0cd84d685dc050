/**
 * The words of `<mm-activity-form>` in the page's language. Each language is a chunk of its
 * own, fetched the first time a form needs it, so no page downloads both (issue 17: the form
 * and its validation within 20 KB gzipped on a page in either language; scripts/size.mjs).
 */
import type { Lang } from '../core/lang.js';
import type { FormWords } from './activity-form.messages.js';

const loaded = new Map<Lang, FormWords>();
const loading = new Map<Lang, Promise<FormWords>>();
// Written out per language: rollup makes each `import()` a chunk.
const load = (lang: Lang) => (lang === 'en' ? import('./activity-form.en.js') : import('./activity-form.nl.js')).then((m) => m.words);

/**
 * The words for `lang`: at once when its chunk is there, else a Promise (one request per
 * language and page). Should English not come (offline), the form tries Dutch rather than
 * stay empty; a later render asks again.
 */
export function wordsFor(lang: Lang): FormWords | Promise<FormWords> {
  const ready = loaded.get(lang);
  if (ready) return ready;
  let pending = loading.get(lang);
  if (!pending) {
    pending = load(lang).then(
      (w) => (loaded.set(lang, w), w),
      (e: unknown) => {
        loading.delete(lang);
        if (lang === 'nl') throw e;
        return wordsFor('nl');
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}
