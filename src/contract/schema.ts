/**
 * The API contract: one set of zod/mini schemas, the single source of the API's shapes.
 * The server checks what it receives and what it answers with them and builds its JSON
 * Schema from them. The display elements check what the API sends against that same JSON
 * Schema (`contract.generated.ts`, made by `npm run contract`) with a small checker
 * (`json-check.ts`), so they do not download zod; nor does the activity form, which checks
 * what it sends against the JSON Schema of `SubmissionInput` with zod's codes
 * (`submission-check.ts`), calling the same rules (`rules.ts`) these schemas call. Error codes produced here are stable: widgets and server translate them with
 * `validationMessage()` in `validation-messages.ts`.
 */
import * as z from 'zod/mini';
import { HEX_COLOR, meetsAA } from './color.js';
import { AUDIENCES, CODES, ID, PROVINCES } from './vocabulary.js';
import { activityBasics, httpUrl, isoDateTime, line, Location, Organizer, postcode, slug, text } from './submission.js';

// The fixed lists and codes live in a zod-free module, so that browser code can use them
// without downloading zod; they are part of this contract all the same.
export * from './vocabulary.js';
// What the activity form sends and reads, in a module of its own (see there); the server
// and every other importer take it from here as before.
export * from './submission.js';

export const isoDate = z.iso.date();
export const hexColor = z.string().check(z.regex(HEX_COLOR));
const activityId = z.string().check(z.regex(ID));
const time = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/));

export const Activity = z.object({
  id: activityId,
  title: line(3, 140),
  description: text(0, 5000),
  ...activityBasics,
  /** All-day only: the first and last day (inclusive), Amsterdam dates; see `calendar.ts`. */
  firstDay: z.optional(isoDate),
  lastDay: z.optional(isoDate),
  status: z.enum(['scheduled', 'cancelled']),
  campaign: z.nullable(slug),
  organizer: Organizer,
  location: z.nullable(Location),
  onlineUrl: z.optional(z.nullable(httpUrl)),
  /** Price in euros; 0 is free, null is unknown. */
  price: z.nullable(z.number().check(z.gte(0), z.lte(10000))),
  registrationUrl: z.nullable(httpUrl),
  accessibility: z.nullable(text(0, 1000)),
  updatedAt: isoDateTime,
  sequence: z.int().check(z.gte(0)),
  sample: z.boolean(),
});
export type Activity = z.infer<typeof Activity>;

export const ActivityPage = z.object({
  items: z.array(Activity),
  nextCursor: z.nullable(z.string()),
  /**
   * Set when the server searched for something else than `q` because `q` found nothing:
   * the corrected words ("wandeling" for "wandelng"), or "" when `q` had only words too
   * common to search for ("de", "het") and the words filter was left out.
   */
  corrected: z.optional(z.string()),
});
export type ActivityPage = z.infer<typeof ActivityPage>;

/** Weekly opening hours: ISO weekday 1 (Monday) … 7 (Sunday); `close` ≤ `open` runs past midnight. */
export const OpeningPeriod = z.object({
  day: z.int().check(z.gte(1), z.lte(7)),
  open: time,
  close: time,
});
export type OpeningPeriod = z.infer<typeof OpeningPeriod>;

/**
 * A dated exception (a public holiday, a summer closure): closed, or other hours that day.
 * A date with two openings has two exceptions with that date; together they replace the week.
 */
export const OpeningException = z.object({
  date: isoDate,
  closed: z.boolean(),
  open: z.optional(time),
  close: z.optional(time),
  note: z.optional(line(0, 200)),
});
export type OpeningException = z.infer<typeof OpeningException>;

export const WalkIn = z.object({
  id: activityId,
  name: line(2, 140),
  description: text(0, 2000),
  organizer: z.optional(z.nullable(line(2, 120))),
  address: line(2, 200),
  postcode,
  city: line(2, 80),
  province: z.enum(PROVINCES),
  lat: z.number().check(z.gte(50.5), z.lte(53.7)),
  lon: z.number().check(z.gte(3.2), z.lte(7.3)),
  phone: z.optional(z.nullable(z.string().check(z.regex(/^[0-9 +()-]{6,20}$/)))),
  url: z.optional(z.nullable(httpUrl)),
  audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1)),
  peerSupport: z.boolean(),
  /**
   * The hours as the partner wrote them, in OpenStreetMap's syntax (`Mo-Fr 10:00-17:00;
   * PH off`), when they did: `hours` and `exceptions` are derived from it by the server.
   */
  openingHours: z.optional(line(1, 500)),
  hours: z.array(OpeningPeriod),
  exceptions: z.array(OpeningException),
  /**
   * Optional facts a visitor weighs before going (shown by the finder when present; unknown
   * when absent): what kind of place ("Inloophuis", "Herstelcafé"), free of charge, an
   * appointment needed, wheelchair access (`yes`, `limited`, `no`).
   */
  kind: z.optional(line(2, 60)),
  free: z.optional(z.boolean()),
  appointment: z.optional(z.boolean()),
  wheelchair: z.optional(z.enum(['yes', 'limited', 'no'])),
  sample: z.boolean(),
});
export type WalkIn = z.infer<typeof WalkIn>;

/** A walk-in as the API lists it near a place: with distance and the state right now. */
export const WalkInResult = z.extend(WalkIn, {
  distanceKm: z.number().check(z.gte(0)),
  openNow: z.boolean(),
  /** When it next opens or closes (null: no opening in the coming weeks). */
  nextChange: z.nullable(z.object({ at: isoDateTime, opens: z.boolean() })),
});
export type WalkInResult = z.infer<typeof WalkInResult>;

export const WalkInList = z.object({ items: z.array(WalkInResult) });

/** At most this many suggestions in one answer of `/geocode/suggest`. */
export const SUGGEST_MAX = 8;

/**
 * One suggestion for the finder's place field: a place (`label` "Hengelo (Gelderland)" when
 * the name occurs in more provinces) or a postcode or postcode area (`label` "9711 AB
 * (Groningen, ongeveer)"). `value` is the text for the field; `lat`/`lon` (WGS84 degrees)
 * are where it lies (a postcode: the main place of its area) and what to send as
 * `near=lat,lon`, since a name such as "Hengelo" alone may mean another province.
 */
export const GeocodeSuggestion = z.object({
  kind: z.enum(['place', 'postcode']),
  label: line(1, 200),
  value: line(1, 100),
  lat: z.number(),
  lon: z.number(),
});
export type GeocodeSuggestion = z.infer<typeof GeocodeSuggestion>;

/** `/geocode/suggest?q=`: best first (an exact name, then names, then words that start with `q`). */
export const GeocodeSuggestions = z.object({ items: z.array(GeocodeSuggestion).check(z.maxLength(SUGGEST_MAX)) });
export type GeocodeSuggestions = z.infer<typeof GeocodeSuggestions>;

export const CampaignColors = z
  .object({ background: hexColor, text: hexColor })
  .check(
    // The one contrast rule (color.ts, WCAG AA), the same the banner applies before it uses them.
    z.refine((c) => meetsAA(c.text, c.background), {
      message: CODES.contrast,
      params: { code: CODES.contrast },
    }),
  );

export const Campaign = z.object({
  slug,
  name: line(3, 120),
  theme: z.nullable(line(0, 200)),
  description: z.nullable(text(0, 1000)),
  /** First and last day (inclusive), calendar dates in Europe/Amsterdam. */
  start: isoDate,
  end: isoDate,
  url: httpUrl,
  lookBackUrl: z.nullable(httpUrl),
  /** Shown only when readable: CampaignColors checks the contrast (WCAG AA). */
  colors: z.nullable(CampaignColors),
  sample: z.boolean(),
  /** English name, theme and description, for pages in English (the fields above are Dutch). */
  en: z.optional(z.object({ name: line(3, 120), theme: z.nullable(line(0, 200)), description: z.nullable(text(0, 1000)) })),
});
export type Campaign = z.infer<typeof Campaign>;

export const FieldError = z.object({ path: z.string(), code: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;
export const ApiErrorBody = z.object({ errors: z.array(FieldError) });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

