/**
 * Languages, messages and formatters. Dutch (B1, "je" form) is the default, English the
 * second language. Each element keeps its own dictionary next to it (so its chunk carries
 * its words); this file holds what every element shares: state and error messages,
 * validation messages per error code, and `Intl` formatters pinned to Europe/Amsterdam.
 */
import { TZ } from './dates.js';
import type { Dictionary, Lang } from './lang.js';
export { LANGS, type Dictionary, type Lang } from './lang.js';

/** `nl`, `nl-BE`, `NL` → nl; `en`, `en-GB` → en; anything else → nl (the default). */
export function toLang(value: string | null | undefined): Lang {
  return value && /^en\b/i.test(value.trim()) ? 'en' : 'nl';
}

/**
 * The language of an element: its own `lang`, else the closest `[lang]` ancestor, crossing
 * shadow roots (a widget inside another component follows the page), else `nl`.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang')) {
      return toLang(node.getAttribute('lang'));
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'nl';
}


/**
 * Messages every element shares. The words of the loading, error and stale states live with
 * those states (`state-views.ts`): the banner shows none of them and does not download them.
 */
export interface CoreMessages {
  close: string;
  sample: string;
  errorPrefix: string;
}

export const coreMessages: Dictionary<CoreMessages> = {
  nl: { close: 'Sluiten', sample: 'voorbeeld', errorPrefix: 'Fout:' },
  en: { close: 'Close', sample: 'sample', errorPrefix: 'Error:' },
};

// Validation messages live in their own module (validation-messages.ts), imported from there:
// only the server and the form need them. Re-exported here, they were pulled into the chunk
// every element downloads (a manual chunk takes the modules its modules import).

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(lang: Lang, opts: Intl.DateTimeFormatOptions, zone = TZ): Intl.DateTimeFormat {
  const k = lang + zone + JSON.stringify(opts);
  let f = cache.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { ...opts, timeZone: zone });
    cache.set(k, f);
  }
  return f;
}

/** A calendar date key as noon UTC: formatting it in UTC gives the same calendar day everywhere. */
const keyToDate = (k: string) => new Date(`${k}T12:00:00Z`);

const made = new Map<Lang, ReturnType<typeof makeFormatters>>();

/** Formatters for one language; times always on Amsterdam clocks, 24-hour. Made once per language. */
export function formatters(lang: Lang) {
  let f = made.get(lang);
  if (!f) made.set(lang, (f = makeFormatters(lang)));
  return f;
}

// Intl objects are costly to make: a list of 2,000 activities formats thousands of values.
function makeFormatters(lang: Lang) {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const time = dtf(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0 });
  const cents = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const numbers = new Map<number, Intl.NumberFormat>();
  return {
    /** "maandag 1 juni" / "Monday 1 June" (add `year` for "maandag 1 juni 2026"). */
    day: (k: string, year = false) =>
      dtf(lang, { weekday: 'long', day: 'numeric', month: 'long', ...(year ? { year: 'numeric' } : {}) }, 'UTC').format(
        keyToDate(k),
      ),
    /** "1 juni" / "1 June" (with year when asked). */
    date: (k: string, year = false) =>
      dtf(lang, { day: 'numeric', month: 'long', ...(year ? { year: 'numeric' } : {}) }, 'UTC').format(keyToDate(k)),
    /** "ma 1 jun" / "Mon 1 Jun": short day labels for grids. */
    shortDay: (k: string) => dtf(lang, { weekday: 'short', day: 'numeric', month: 'short' }, 'UTC').format(keyToDate(k)),
    weekday: (k: string) => dtf(lang, { weekday: 'long' }, 'UTC').format(keyToDate(k)),
    /** "10:00" on Amsterdam clocks. */
    time: (d: Date) => time.format(d),
    /** "10:00–12:00". */
    timeRange: (a: Date, b: Date) => `${time.format(a)}–${time.format(b)}`,
    /** "€ 12,50" / "€12.50"; whole euros without cents. */
    price: (amount: number) => (Number.isInteger(amount) ? euros : cents).format(amount),
    number: (n: number, digits = 0) => {
      let f = numbers.get(digits);
      if (!f) numbers.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
      return f.format(n);
    },
    list: (items: string[]) => list.format(items),
  };
}
export type Formatters = ReturnType<typeof formatters>;
