/**
 * Languages, messages and formatters. Dutch (B1, "je" form) is the default, English the
 * second language. Each element keeps its own dictionary next to it (so its chunk carries
 * its words); this file holds what every element shares: state and error messages,
 * validation messages per error code, and `Intl` formatters pinned to Europe/Amsterdam.
 */
import { TZ } from './dates.js';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

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

/** A dictionary per language; both must have every key (the type checks it). */
export type Dictionary<T> = Record<Lang, T>;

/** Messages every element shares. */
export interface CoreMessages {
  loading: string;
  retry: string;
  stale: string;
  close: string;
  sample: string;
  error: {
    offline: string;
    network: string;
    http: (status: number) => string;
    invalid: string;
    rateLimited: (seconds: number) => string;
    notFound: string;
  };
  validation: Record<string, string>;
  errorPrefix: string;
}

export const coreMessages: Dictionary<CoreMessages> = {
  nl: {
    loading: 'Laden…',
    retry: 'Opnieuw proberen',
    stale: 'Mogelijk niet actueel',
    close: 'Sluiten',
    sample: 'voorbeeld',
    error: {
      offline: 'Je bent offline. Controleer je internetverbinding.',
      network: 'We kunnen de gegevens nu niet ophalen. Probeer het later opnieuw.',
      http: (status) => `Er ging iets mis bij de server (fout ${status}). Probeer het later opnieuw.`,
      invalid: 'De gegevens van de server kloppen niet. Probeer het later opnieuw.',
      rateLimited: (s) => `Je hebt het te vaak geprobeerd. Wacht ${s} seconden en probeer het opnieuw.`,
      notFound: 'We kunnen dit niet vinden.',
    },
    validation: {
      required: 'Vul dit veld in.',
      too_small: 'Dit is te kort of te weinig.',
      too_big: 'Dit is te lang of te veel.',
      invalid_type: 'Dit veld heeft een verkeerde waarde.',
      invalid_format: 'Dit heeft niet de goede vorm.',
      invalid_value: 'Kies een van de opties.',
      plain_text: 'Gebruik gewone tekst, zonder HTML of codes.',
      url_scheme: 'Vul een webadres in dat begint met https://.',
      end_before_start: 'Het einde moet na het begin liggen.',
      low_contrast: 'Deze kleuren zijn samen niet goed leesbaar.',
      invalid_email: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
      // Server answers (codes from the content API).
      not_found: 'We kunnen dit niet vinden.',
      unknown_place: 'We kennen deze plaats of postcode niet. Probeer een andere plaats of een postcode in Nederland.',
      rate_limited: 'Je hebt het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.',
      too_large: 'Je bericht is te groot. Maak de tekst korter.',
      too_fast: 'Dat ging erg snel. Wacht een paar seconden en verstuur het formulier opnieuw.',
      invalid_token: 'Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog een keer.',
      unauthorized: 'Je hebt geen toegang. Log opnieuw in met een geldige code.',
      idempotency_conflict: 'Deze melding is al verstuurd met andere gegevens. Laad de pagina opnieuw.',
      invalid_json: 'De gegevens zijn niet goed verstuurd. Probeer het opnieuw.',
      invalid_encoding: 'De tekst bevat tekens die we niet kunnen lezen.',
      unsupported_media_type: 'De gegevens zijn in de verkeerde vorm verstuurd.',
      invalid_cursor: 'Deze pagina bestaat niet meer. Begin opnieuw bovenaan de lijst.',
      unrecognized_keys: 'Dit veld kennen we niet.',
      internal: 'Er ging iets mis bij ons. Probeer het later opnieuw.',
    },
    errorPrefix: 'Fout:',
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    stale: 'May be out of date',
    close: 'Close',
    sample: 'sample',
    error: {
      offline: 'You are offline. Check your internet connection.',
      network: 'We cannot load the information right now. Please try again later.',
      http: (status) => `Something went wrong on the server (error ${status}). Please try again later.`,
      invalid: 'The server sent information we cannot read. Please try again later.',
      rateLimited: (s) => `Too many attempts. Wait ${s} seconds and try again.`,
      notFound: 'We cannot find this.',
    },
    validation: {
      required: 'Fill in this field.',
      too_small: 'This is too short or too few.',
      too_big: 'This is too long or too many.',
      invalid_type: 'This field has a wrong value.',
      invalid_format: 'This is not in the right format.',
      invalid_value: 'Choose one of the options.',
      plain_text: 'Use plain text, without HTML or code.',
      url_scheme: 'Enter a web address that starts with https://.',
      end_before_start: 'The end must be after the start.',
      low_contrast: 'These colours together are hard to read.',
      invalid_email: 'Enter a valid email address, like name@example.com.',
      // Server answers (codes from the content API).
      not_found: 'We cannot find this.',
      unknown_place: 'We do not know this place or postcode. Try another place or a Dutch postcode.',
      rate_limited: 'Too many attempts. Wait a moment and try again.',
      too_large: 'Your message is too large. Make the text shorter.',
      too_fast: 'That was very fast. Wait a few seconds and send the form again.',
      invalid_token: 'The form has expired. Reload the page and try again.',
      unauthorized: 'You do not have access. Sign in again with a valid code.',
      idempotency_conflict: 'This report was already sent with different details. Reload the page.',
      invalid_json: 'The information was not sent correctly. Please try again.',
      invalid_encoding: 'The text contains characters we cannot read.',
      unsupported_media_type: 'The information was sent in the wrong format.',
      invalid_cursor: 'This page no longer exists. Start again at the top of the list.',
      unrecognized_keys: 'We do not know this field.',
      internal: 'Something went wrong on our side. Please try again later.',
    },
    errorPrefix: 'Error:',
  },
};

/** The translated message for a stable validation code (falls back to a generic one). */
export function validationMessage(code: string, lang: Lang): string {
  const v = coreMessages[lang].validation;
  return v[code] ?? v.invalid_format!;
}

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
