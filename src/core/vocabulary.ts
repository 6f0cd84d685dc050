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

/** Stable custom error codes (zod's own codes are used as they are). */
export const CODES = {
  plainText: 'plain_text',
  urlScheme: 'url_scheme',
  endBeforeStart: 'end_before_start',
  contrast: 'low_contrast',
  required: 'required',
} as const;

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
 * Only http(s) links reach an `href`; anything else becomes no link at all. With `base`, a
 * relative address (`/agenda`) is resolved against it.
 */
export const safeUrl = (url: string | null | undefined, base?: string): string | undefined =>
  url ? parseHttp(url, base)?.href : undefined;
