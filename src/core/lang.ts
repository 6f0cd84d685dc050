/** The languages of the widgets (a leaf module: i18n.ts and the message tables import it). */
import { nothing } from 'lit';
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

/** A dictionary per language; both must have every key (the type checks it). */
export type Dictionary<T> = Record<Lang, T>;

const rules = new Map<Lang, Intl.PluralRules>();
/**
 * The form for `n` by its CLDR plural category (`Intl.PluralRules`; Dutch and English have
 * `one` and `other`), after GOV.UK Frontend's i18n: no hand-written `n === 1` per message.
 */
export function plural<T>(lang: Lang, n: number, forms: { one: T; other: T }): T {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r.select(n) === 'one' ? forms.one : forms.other;
}

/**
 * The `lang` attribute for text from the API, which is written in Dutch: on a page in
 * another language, screen readers then pronounce it as Dutch (WCAG 3.1.2, language of
 * parts). On a Dutch page it adds nothing. Use as `lang=${dutch(lang)}` in a Lit template
 * (Lit leaves an attribute out when its value is `nothing`).
 */
export const dutch = (lang: Lang): 'nl' | typeof nothing => (lang === 'nl' ? nothing : 'nl');
