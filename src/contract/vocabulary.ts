/**
 * The contract's fixed vocabulary: audiences, activity types, modes, provinces, the stable
 * custom error codes and the URL and slug rules. Kept free of zod so that the display
 * elements can import them without downloading zod; `schema.ts` re-exports all of it.
 */
export const AUDIENCES = [
  'jongeren',
  'studenten',
  'ouders',
  'onderwijs',
  'werkenden',
  'werkgevers',
  'ouderen',
  'professionals',
  'iedereen',
] as const;
export type Audience = (typeof AUDIENCES)[number];

export const ACTIVITY_TYPES = [
  'workshop',
  'webinar',
  'sport',
  'dans',
  'film',
  'meetup',
  'lezing',
  'wandeling',
  'open-dag',
  'congres',
  'podcast',
  'festival',
  'overig',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const MODES = ['online', 'onsite', 'hybrid'] as const;
export type Mode = (typeof MODES)[number];

export const PROVINCES = [
  'groningen',
  'friesland',
  'drenthe',
  'overijssel',
  'flevoland',
  'gelderland',
  'utrecht',
  'noord-holland',
  'zuid-holland',
  'zeeland',
  'noord-brabant',
  'limburg',
] as const;
export type Province = (typeof PROVINCES)[number];

/**
 * A `region` value as a slug, the way people's spellings of one place meet: lower case,
 * accents left out, spaces, underscores and hyphens as one hyphen ("Noord Holland" →
 * `noord-holland`, "Fryslân" → `fryslan`).
 */
export const regionKey = (region: string): string =>
  region.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s_-]+/g, '-');

/**
 * The province a `region` value names, written as people write it (`regionKey`), and Frisian
 * "Fryslân"; else `undefined` (then the value is a municipality or city name). One rule for
 * the API's filter, the fake API and the widgets' attribute check.
 */
export function provinceOf(region: string): Province | undefined {
  const k = regionKey(region);
  const slug = k === 'fryslan' ? 'friesland' : k;
  return (PROVINCES as readonly string[]).includes(slug) ? (slug as Province) : undefined;
}

/** Stable custom error codes (zod's own codes are used as they are). */
export const CODES = {
  plainText: 'plain_text',
  urlScheme: 'url_scheme',
  endBeforeStart: 'end_before_start',
  contrast: 'low_contrast',
  required: 'required',
  oneLine: 'one_line',
  outOfRange: 'out_of_range',
} as const;

/**
 * Dates the API takes and gives: 2000 up to (not including) 2100. Anything outside is a
 * typo or an attack, and year 0 or 10000 breaks PostgreSQL's timestamps and ISO strings
 * further on (approval used to fail with a 500 on a year-1 submission).
 */
export const DATE_MIN = Date.UTC(2000, 0, 1);
export const DATE_MAX = Date.UTC(2100, 0, 1);
export const inDateWindow = (ms: number): boolean => ms >= DATE_MIN && ms < DATE_MAX;

/** The id of an activity or a walk-in place: letters, digits, `_` and `-`, 1–64 long. */
export const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A submission's reference, e.g. `MM-2026-000042`: the year it came in and a number. */
export const REFERENCE = /^MM-\d{4}-\d{6}$/;
export const reference = (year: number, n: number): string => `MM-${year}-${String(n).padStart(6, '0')}`;

/** A campaign slug, e.g. `week-mentale-gezondheid-2026`: this pattern, at most `SLUG_MAX` long. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;
export const isSlug = (s: string): boolean => s.length <= SLUG_MAX && SLUG.test(s);

/** `s` parsed, when it is an http(s) URL (a relative one is resolved against `base`, if given). */
function parseHttp(s: string, base?: string): URL | undefined {
  try {
    const u = new URL(s, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** An absolute http(s) URL with a real host name (`javascript:`, `data:` and `localhost` are refused). */
export const isHttpUrl = (s: string): boolean => parseHttp(s)?.hostname.includes('.') ?? false;

/**
 * The one spelling of an http(s) URL (`HTTPS://X.nl`, ` https://x.nl`, `https:x.nl` and
 * `https:\\x.nl` all become `https://x.nl/`). The server stores this form, so what it
 * stores passes the widgets' contract check (`^https?://` and `isHttpUrl`) too.
 */
export const canonicalUrl = (s: string): string => parseHttp(s)?.href ?? s;

/**
 * Only http(s) links reach an `href`; anything else becomes no link at all. With `base`, a
 * relative address (`/agenda`) is resolved against it.
 */
export const safeUrl = (url: string | null | undefined, base?: string): string | undefined =>
  url ? parseHttp(url, base)?.href : undefined;
