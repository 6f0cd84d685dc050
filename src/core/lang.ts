/** The languages of the widgets (a leaf module: i18n.ts and the message tables import it). */
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
