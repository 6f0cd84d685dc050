/**
 * What the activity form sends (`SubmissionInput`), what it gets back (`SubmissionReceipt`,
 * `Geocode`) and the field rules they are made of, as zod schemas; `schema.ts` re-exports all
 * of it and the server checks with them. The form itself imports only types from here: it
 * checks against their JSON Schema (`generated-submission.ts`, `submission-check.ts`), and
 * the rules JSON Schema cannot hold are functions of `rules.ts` that the refinements below call.
 */
import * as z from 'zod/mini';
import { ACTIVITY_TYPES, AUDIENCES, canonicalUrl, CODES, isHttpUrl, MODES, PROVINCES, REFERENCE, SLUG, SLUG_MAX } from './vocabulary.js';
import { crossFieldIssues, inWindow, isOneLine, isPlainText, RECURRENCE_DATES_MAX } from './rules.js';

/** Plain text of `min`–`max` characters, trimmed of nothing (the form trims before sending). */
export const text = (min: number, max: number) =>
  z.string().check(
    z.minLength(min),
    z.maxLength(max),
    z.refine(isPlainText, { message: CODES.plainText, params: { code: CODES.plainText } }),
  );

/** Plain text on one line: a title, a name, an address. */
export const line = (min: number, max: number) =>
  text(min, max).check(z.refine(isOneLine, { message: CODES.oneLine, params: { code: CODES.oneLine } }));

/**
 * An http(s) URL; `javascript:`, `data:` and friends are refused with their own code.
 * Accepted URLs are stored in their one spelling (`canonicalUrl`): `HTTPS://…` or
 * ` https://…` would pass here but fail the widgets' check and blank their lists.
 */
export const httpUrl = z.string().check(
  z.maxLength(2000),
  z.refine(isHttpUrl, { message: CODES.urlScheme, params: { code: CODES.urlScheme } }),
  z.overwrite(canonicalUrl),
  // Percent-encoding can make the canonical form longer: the limit holds for what is stored.
  z.maxLength(2000),
  // In JSON Schema (and so in the browser's check, see contract.ts) as a format and a pattern.
).register(z.globalRegistry, { format: 'uri', pattern: '^https?://' });

/**
 * zod's own rules for an RFC 3339 instant with `Z` or an offset (`z.iso.datetime({ offset: true })`)
 * and for an e-mail address (`z.email()`), written out: checked with these, the form's chunk
 * leaves out zod's string formats (0.4 KB gzipped). test/server/submission-rules.test.ts proves
 * they are still zod's, and the JSON Schema names the same format and pattern as before.
 */
export const DATE_TIME = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
export const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** A string of `format` (its issue carries `code`, as zod's format checks give: see `issueCode`). */
const formatted = (format: string, pattern: RegExp, code: string, ...more: z.core.$ZodCheck<string>[]) =>
  z.string().check(...more, z.refine((s) => pattern.test(s), { message: code, params: { code } })).register(z.globalRegistry, { format, pattern: pattern.source });

/** An instant with its offset, inside the API's window of years (see `inDateWindow`). */
export const isoDateTime = formatted('date-time', DATE_TIME, 'invalid_format').check(
  z.refine(inWindow, { message: CODES.outOfRange, params: { code: CODES.outOfRange } }),
);
export const slug = z.string().check(z.regex(SLUG), z.maxLength(SLUG_MAX));
export const submissionReference = z.string().check(z.regex(REFERENCE));
// No regex flags here: JSON Schema patterns carry none (`npm run contract` refuses them).
export const postcode = z.string().check(z.regex(/^\d{4} ?[A-Za-z]{2}$/));

export const Organizer = z.object({
  name: line(2, 120),
  url: z.optional(z.nullable(httpUrl)),
});

export const Location = z.object({
  name: line(2, 120),
  address: z.optional(z.nullable(line(0, 200))),
  postcode: z.optional(z.nullable(postcode)),
  city: line(2, 80),
  municipality: z.optional(z.nullable(line(2, 80))),
  /** Null only when no province could be found (server/normalise.ts): the address is kept. */
  province: z.nullable(z.enum(PROVINCES)),
  lat: z.optional(z.nullable(z.number().check(z.gte(50.5), z.lte(53.7)))),
  lon: z.optional(z.nullable(z.number().check(z.gte(3.2), z.lte(7.3)))),
});
export type Location = z.infer<typeof Location>;

export const Geocode = z.object({
  lat: z.number(),
  lon: z.number(),
  label: line(1, 200),
  /** The province the place or postcode lies in, when known (the activity form fills it in). */
  province: z.optional(z.nullable(z.enum(PROVINCES))),
});
export type Geocode = z.infer<typeof Geocode>;

export { RECURRENCE_DATES_MAX } from './rules.js';

/** One more date of the same activity: its start and end, all-day or not like the first. */
export const RecurrenceDate = z.object({ start: isoDateTime, end: isoDateTime });
export type RecurrenceDate = z.infer<typeof RecurrenceDate>;

/**
 * What an activity is, for whom and when (its first date), written once for a submission and
 * for the activity it becomes (`Activity` in schema.ts): spread into both objects.
 */
export const activityBasics = {
  type: z.enum(ACTIVITY_TYPES),
  audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1)),
  mode: z.enum(MODES),
  start: isoDateTime,
  end: isoDateTime,
  allDay: z.boolean(),
};

/**
 * What a partner sends with the activity form. The server adds id, status and dates.
 * `start`/`end` are the first date; `recurrenceDates` the others of the same activity (a
 * workshop on Monday and on Thursday), as iCalendar's RDATE: one submission and one reference,
 * one activity per date once approved.
 */
export const SubmissionInput = z
  .object({
    title: line(3, 140),
    description: text(20, 5000),
    ...activityBasics,
    recurrenceDates: z.optional(z.array(RecurrenceDate).check(z.maxLength(RECURRENCE_DATES_MAX))),
    location: z.nullable(Location),
    onlineUrl: z.nullable(httpUrl),
    organizer: Organizer,
    contactEmail: formatted('email', EMAIL, 'invalid_email', z.maxLength(200)),
    /** Who the campaign team can ask about it (not published, like the e-mail address). */
    contactName: z.optional(z.nullable(line(2, 120))),
    registrationUrl: z.nullable(httpUrl),
    price: z.nullable(z.number().check(z.gte(0), z.lte(10000))),
    accessibility: z.nullable(text(0, 1000)),
    campaign: z.nullable(slug),
    /** The form's language: the e-mails about this submission are written in it (default nl). */
    lang: z.optional(z.enum(['nl', 'en'])),
    /** Honeypot: people leave it empty, naive bots fill it. */
    website: z.optional(z.string().check(z.maxLength(200))),
    /** Server-signed token proving the form was opened a few seconds ago. */
    token: z.string().check(z.maxLength(500)),
  })
  .check(
    // The rules across fields (end after start, also of each more date: recurrenceDates.2.end;
    // a location unless online, an online URL unless onsite), written once in rules.ts, where
    // the activity form takes them from too.
    z.superRefine((s, ctx) => {
      for (const { path, code } of crossFieldIssues(s)) ctx.issues.push({ code: 'custom', input: s, message: code, path, params: { code } });
    }),
  );
export type SubmissionInput = z.infer<typeof SubmissionInput>;

export const SubmissionReceipt = z.object({
  reference: submissionReference,
  // An enum of one rather than z.literal: the same rule, and the form's chunk needs no literal schema (0.1 KB).
  status: z.enum(['pending']),
});
export type SubmissionReceipt = z.infer<typeof SubmissionReceipt>;


/** A zod issue as a stable `{ path, code }` pair (custom checks carry their code in params). */
export function issueCode(issue: z.core.$ZodIssue): { path: string; code: string } {
  // A bad e-mail address is a custom issue with code invalid_email (`formatted`): a clearer message.
  const custom = issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
  return { path: issue.path.map(String).join('.'), code: custom ?? issue.code };
}
