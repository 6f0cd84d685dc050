/**
 * The form's values as the user typed them (all text, kept in the draft), what they become
 * when sent (the contract's `SubmissionInput`), and the check of both: first what the form
 * itself requires (an empty field gets "Vul … in", not zod's "too short"), then the contract's
 * `SubmissionInput` as the server applies it (`submission-check.ts`: its JSON Schema and the
 * rules of `rules.ts`, with zod's codes, without downloading zod), so the form and the server
 * never disagree. Errors are keyed by
 * the id of the field that must change (`fieldOf` maps the contract's paths onto them).
 */
import type { SubmissionInput as Body } from '../contract/submission.js';
import { hasEnded, RECURRENCE_DATES_MAX, webAddress } from '../contract/rules.js';
import { submissionIssues } from '../contract/submission-check.js';
import type { Mode } from '../contract/vocabulary.js';
import { toIsoOffset, zonedInstant } from '../core/dates.js';

/** How many dates one submission may hold (the first and the recurrence dates). */
export const DATES_MAX = RECURRENCE_DATES_MAX + 1;

/** One date: `day` (`YYYY-MM-DD`, Amsterdam), `start`/`end` (`HH:MM`) or, all day, a `lastDay`. */
export interface DateRow {
  day: string;
  start: string;
  end: string;
  /** All day only: the last day when it runs several days (empty: one day). */
  lastDay: string;
}

export interface FormValues {
  title: string;
  description: string;
  type: string;
  audiences: string[];
  allDay: boolean;
  dates: DateRow[];
  mode: '' | Mode;
  locName: string;
  locAddress: string;
  locPostcode: string;
  locCity: string;
  locProvince: string;
  onlineUrl: string;
  orgName: string;
  orgUrl: string;
  contactName: string;
  contactEmail: string;
  registrationUrl: string;
  priceKind: '' | 'free' | 'paid';
  price: string;
  accessibility: string;
  consent: boolean;
}

export const emptyDate = (): DateRow => ({ day: '', start: '', end: '', lastDay: '' });

export const emptyValues = (organizer = ''): FormValues => ({
  title: '',
  description: '',
  type: '',
  audiences: [],
  allDay: false,
  dates: [emptyDate()],
  mode: '',
  locName: '',
  locAddress: '',
  locPostcode: '',
  locCity: '',
  locProvince: '',
  onlineUrl: '',
  orgName: organizer,
  orgUrl: '',
  contactName: '',
  contactEmail: '',
  registrationUrl: '',
  priceKind: '',
  price: '',
  accessibility: '',
  consent: false,
});

/** Field id → error code. Ids are the ids of the controls in the form (`date-0`, `org-name`). */
export type FieldErrors = Map<string, string>;

export const needsPlace = (v: FormValues): boolean => v.mode === 'onsite' || v.mode === 'hybrid';
export const needsUrl = (v: FormValues): boolean => v.mode === 'online' || v.mode === 'hybrid';

/** `1234ab`, `1234-AB` → `1234 AB` (the server spells postcodes so too); anything else unchanged. */
export function postcodeText(s: string): string {
  const m = /^([1-9]\d{3})\s*[-.]?\s*([a-z]{2})$/i.exec(s.trim());
  return m ? `${m[1]} ${m[2]!.toUpperCase()}` : s.trim();
}

/** "12,50", "€ 5", "5.5" → euros; NaN when it is no amount. */
export function priceValue(s: string): number {
  const t = s.replace(/€|eur(o|os)?/gi, '').trim().replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(t) ? Number(t) : Number.NaN;
}

/** A date row as the contract's start and end (Amsterdam clocks; all day: first and last day). */
function instants(d: DateRow, allDay: boolean): { start: string; end: string } {
  const iso = (day: string, time: string) => {
    if (!/^\d{4}-\d\d-\d\d$/.test(day) || (time && !/^\d\d:\d\d$/.test(time))) return '';
    return toIsoOffset(zonedInstant(day, time || '00:00'));
  };
  if (allDay) {
    // The last day closes at 23:59 (an end at midnight would mean "until the day before").
    const last = d.lastDay && d.lastDay !== d.day ? iso(d.lastDay, '23:59') : '';
    const start = iso(d.day, '00:00');
    return { start, end: last || start };
  }
  // An evening that ends at midnight (20:00–00:00) ends at the end of its day, not its start.
  return { start: iso(d.day, d.start), end: iso(d.day, d.end === '00:00' && d.start !== '00:00' ? '24:00' : d.end) };
}

const orNull = (s: string): string | null => s.trim() || null;

/** The values as the body the API takes (without token and honeypot, which the sender adds). */
export function toBody(v: FormValues, extra: { campaign: string; lang: 'nl' | 'en' }): Omit<Body, 'token'> {
  const [first = emptyDate(), ...more] = v.dates;
  const price = v.priceKind === 'free' ? 0 : v.priceKind === 'paid' ? priceValue(v.price) : null;
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    type: v.type as Body['type'],
    audiences: v.audiences as Body['audiences'],
    mode: v.mode as Mode,
    ...instants(first, v.allDay),
    allDay: v.allDay,
    ...(more.length ? { recurrenceDates: more.map((d) => instants(d, v.allDay)) } : {}),
    location: needsPlace(v)
      ? {
          name: v.locName.trim(),
          address: orNull(v.locAddress),
          postcode: orNull(postcodeText(v.locPostcode)),
          city: v.locCity.trim(),
          province: (v.locProvince || null) as NonNullable<Body['location']>['province'],
        }
      : null,
    onlineUrl: needsUrl(v) ? webAddress(v.onlineUrl) : null,
    organizer: { name: v.orgName.trim(), url: webAddress(v.orgUrl) },
    contactName: orNull(v.contactName),
    contactEmail: v.contactEmail.trim(),
    registrationUrl: webAddress(v.registrationUrl),
    price: Number.isNaN(price) ? -1 : price,
    accessibility: orNull(v.accessibility),
    campaign: extra.campaign || null,
    lang: extra.lang,
  };
}

/** The id of the control a contract path belongs to (`recurrenceDates.2.end` → `end-3`), or '' for the form as a whole. */
export function fieldOf(path: string, allDay: boolean): string {
  const date = /^(?:recurrenceDates\.(\d+)\.)?(start|end)$/.exec(path);
  if (date) {
    const i = date[1] === undefined ? 0 : Number(date[1]) + 1;
    return date[2] === 'start' ? `date-${i}` : allDay ? `lastday-${i}` : `end-${i}`;
  }
  const [head = '', sub] = path.split('.');
  if (head === 'location') return `loc-${sub === 'address' ? 'address' : sub === 'postcode' ? 'postcode' : sub === 'city' ? 'city' : sub === 'province' ? 'province' : 'name'}`;
  if (head === 'organizer') return sub === 'url' ? 'org-url' : 'org-name';
  const direct: Record<string, string> = {
    title: 'title',
    description: 'description',
    type: 'type',
    audiences: 'audiences',
    mode: 'mode',
    onlineUrl: 'online-url',
    contactName: 'contact-name',
    contactEmail: 'contact-email',
    registrationUrl: 'registration-url',
    price: 'price',
    accessibility: 'accessibility',
    recurrenceDates: 'date-1',
  };
  return direct[head] ?? '';
}

/** What the form requires before the contract is asked: every empty required field. */
function requiredErrors(v: FormValues): FieldErrors {
  const errors: FieldErrors = new Map();
  const need = (id: string, ok: boolean) => {
    if (!ok && !errors.has(id)) errors.set(id, 'required');
  };
  need('title', !!v.title.trim());
  need('description', !!v.description.trim());
  need('type', !!v.type);
  need('audiences', v.audiences.length > 0);
  v.dates.forEach((d, i) => {
    need(`date-${i}`, !!d.day);
    if (!v.allDay) {
      need(`start-${i}`, !!d.start);
      need(`end-${i}`, !!d.end);
    }
  });
  need('mode', !!v.mode);
  if (needsPlace(v)) {
    need('loc-name', !!v.locName.trim());
    need('loc-address', !!v.locAddress.trim());
    need('loc-city', !!v.locCity.trim());
  }
  if (needsUrl(v)) need('online-url', !!v.onlineUrl.trim());
  need('org-name', !!v.orgName.trim());
  need('contact-email', !!v.contactEmail.trim());
  need('price-kind', !!v.priceKind);
  if (v.priceKind === 'paid') {
    need('price', !!v.price.trim());
    if (v.price.trim() && Number.isNaN(priceValue(v.price))) errors.set('price', 'invalid_price');
  }
  need('consent', v.consent);
  return errors;
}

/**
 * Every problem with the values, keyed by field id, in the order of the form. An empty
 * required field says so; anything else is the contract's own code (`too_small`,
 * `url_scheme`, `end_before_start`, …), or `''`-keyed for what belongs to no field.
 */
export function validate(v: FormValues, extra: { campaign: string; lang: 'nl' | 'en' }, now: number): FieldErrors {
  const errors = requiredErrors(v);
  const body = toBody(v, extra);
  for (const issue of submissionIssues({ ...body, token: '' })) {
    const path = issue.path.join('.');
    const { code } = issue;
    const id = fieldOf(path, v.allDay);
    // An empty field already says "fill in"; an amount that is no number already says so.
    if (id && !errors.has(id) && !(id === 'price' && v.priceKind !== 'paid')) errors.set(id, code);
    else if (!id && path !== 'campaign') errors.set('', code);
  }
  // A date that has passed at `now` (ms; the server refuses it too: `date_in_past`).
  [body, ...(body.recurrenceDates ?? [])].forEach((d, i) => {
    const id = fieldOf(i === 0 ? 'end' : `recurrenceDates.${i - 1}.end`, v.allDay);
    if (!errors.has(id) && d.end && hasEnded(d, v.allDay, now)) errors.set(id, 'date_in_past');
  });
  return errors;
}
