/**
 * The rules of the contract that JSON Schema cannot hold, as plain functions without zod:
 * the zod schemas (`submission.ts`, the server) call them inside their refinements and the
 * activity form calls them in the browser (`submission-check.ts`), so each rule has one source.
 * Each returns true when the value keeps the rule; the error codes are in `vocabulary.ts` (`CODES`).
 */
import { CODES, inDateWindow, isHttpUrl, type Mode } from './vocabulary.js';

/**
 * A web address as people type it, before the rules judge it: `gemeente.nl/agenda` gets
 * `https://` (what every browser's address bar does); empty is null; anything else is kept as
 * typed (trimmed), for `url_scheme` to refuse. The form, the partner's management page and
 * the moderation page all send what people type through it.
 */
export const webAddress = (s: string | undefined): string | null => {
  const t = (s ?? '').trim();
  return /^[\p{L}\d-]+(\.[\p{L}\d-]+)+(?::\d+)?(?:[/?#]\S*)?$/u.test(t) ? `https://${t}` : t || null;
};

/** How many more dates one submission may carry besides its first (10 dates in all). */
export const RECURRENCE_DATES_MAX = 9;

// Anything that looks like markup or a control character is refused: content is text.
const MARKUP = /<\s*[a-z!/?]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/i;

/** `plain_text`: no markup and no control characters. */
export const isPlainText = (s: string): boolean => !MARKUP.test(s);

/**
 * What a one-line field (a title, a name, a place) may not hold besides markup: line
 * breaks and tabs (they end a header or an iCalendar line and start a forged one), Unicode
 * line separators, bidi controls (they flip the text around them in the widgets) and
 * invisible zero-width characters. Zero-width (non-)joiners stay: emoji sequences and
 * several scripts need them.
 */
const NOT_ONE_LINE = /[\t\n\r\u0085\u2028\u2029\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** `one_line`: no line breaks, tabs, bidi controls or invisible characters. */
export const isOneLine = (s: string): boolean => !NOT_ONE_LINE.test(s);

/** `out_of_range`: an instant (RFC 3339 text) inside the API's window of years (`inDateWindow`). */
export const inWindow = (s: string): boolean => inDateWindow(Date.parse(s));

/**
 * The rules of one text field, by the code of their issue: the zod schemas refine with these
 * very functions, `npm run contract` names them per field (`x-rules`, found by function), and
 * the form's check runs them by that name.
 */
export const FIELD_RULES: Readonly<Record<string, (s: string) => boolean>> = {
  [CODES.plainText]: isPlainText,
  [CODES.oneLine]: isOneLine,
  [CODES.outOfRange]: inWindow,
  [CODES.urlScheme]: isHttpUrl,
};

/** `end_before_start` when false: an end after its start; an all-day activity may end on its start (one day). */
export const endsAfterStart = (d: { start: string; end: string }, allDay: boolean): boolean =>
  Date.parse(d.end) > Date.parse(d.start) || (allDay && Date.parse(d.end) === Date.parse(d.start));

/**
 * Whether a date of an activity is over at `now` (ms): its end has passed; an all-day
 * activity lasts until the end of its last day (its `end` may be that day's midnight). Not a
 * rule of the schema (it depends on the clock): POST /submissions (`date_in_past`,
 * server/submission-checks.ts) and the form check it.
 */
export const hasEnded = (d: { end: string }, allDay: boolean, now: number): boolean => Date.parse(d.end) + (allDay ? 86_400_000 : 0) <= now;

/** The fields of a submission the rules across fields read. */
export interface Dated {
  start: string;
  end: string;
  allDay: boolean;
  recurrenceDates?: { start: string; end: string }[] | undefined;
  mode: Mode;
  location: unknown;
  onlineUrl: unknown;
}

/**
 * The rules across the fields of a submission, in the order the server reports them: end after
 * start (for the first date and each of `recurrenceDates`: `recurrenceDates.2.end`), a location
 * unless online, an online URL unless onsite. Each broken rule as `{ path, code }`.
 */
export function crossFieldIssues(s: Dated): { path: PropertyKey[]; code: string }[] {
  const out: { path: PropertyKey[]; code: string }[] = [];
  if (!endsAfterStart(s, s.allDay)) out.push({ path: ['end'], code: CODES.endBeforeStart });
  s.recurrenceDates?.forEach((d, i) => {
    if (!endsAfterStart(d, s.allDay)) out.push({ path: ['recurrenceDates', i, 'end'], code: CODES.endBeforeStart });
  });
  if (s.mode !== 'online' && s.location === null) out.push({ path: ['location'], code: CODES.required });
  if (s.mode !== 'onsite' && s.onlineUrl === null) out.push({ path: ['onlineUrl'], code: CODES.required });
  return out;
}
