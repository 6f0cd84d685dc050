/**
 * The shape of the words of `<mm-activity-form>`, and how the form gets the page's language:
 * Dutch (B1, "je" form) in `activity-form.nl.ts`, English in `activity-form.en.ts`. Error messages per
 * code come from `validation-messages.ts` (the server uses the same); `fieldErrors` gives a
 * clearer sentence for a code on one field ("Vul de titel in" rather than "Vul dit veld in").
 */
import type { ActivityType, Audience, Mode } from '../contract/vocabulary.js';
import type { FormMessageCode } from '../core/validation-messages.nl.js';

type Texts<Code extends string> = Record<Code, string>;

/**
 * A clearer sentence for some codes on some fields, by field id (a date's fields without their
 * number) and code. Written out, so that both languages give every one: a text missing in
 * English or Dutch is a type error (a loose record let one go missing unnoticed).
 */
export type FieldErrorTexts = {
  title: Texts<'required' | 'too_small' | 'too_big'>;
  description: Texts<'required' | 'too_small' | 'too_big'>;
  type: Texts<'required'>;
  audiences: Texts<'required'>;
  date: Texts<'required' | 'invalid_format'>;
  lastday: Texts<'end_before_start'>;
  start: Texts<'required'>;
  end: Texts<'required' | 'end_before_start'>;
  mode: Texts<'required'>;
  'loc-name': Texts<'required'>;
  'loc-address': Texts<'required'>;
  'loc-postcode': Texts<'invalid_format'>;
  'loc-city': Texts<'required'>;
  'online-url': Texts<'required'>;
  'org-name': Texts<'required'>;
  'contact-email': Texts<'required'>;
  'price-kind': Texts<'required'>;
  price: Texts<'required' | 'invalid_price' | 'too_big' | 'too_small'>;
  consent: Texts<'required'>;
};

export interface ActivityFormMessages {
  heading: string;
  intro: string;
  requiredNote: string;
  optional: string;
  title: [label: string, hint: string];
  description: [label: string, hint: string];
  charsLeft: (n: number) => string;
  charsOver: (n: number) => string;
  type: [label: string, choose: string];
  types: Record<ActivityType, string>;
  audiences: [legend: string, hint: string];
  audienceNames: Record<Audience, string>;
  when: [legend: string, hint: string];
  allDay: string;
  dateN: (n: number) => string;
  day: string;
  firstDay: string;
  start: string;
  end: string;
  lastDay: [label: string, hint: string];
  addDate: string;
  removeDate: (n: number) => string;
  datesMax: (n: number) => string;
  mode: string;
  modes: Record<Mode, string>;
  place: [legend: string, hint: string];
  locName: [label: string, hint: string];
  locAddress: string;
  locPostcode: string;
  locCity: string;
  province: [label: string, hint: string, unknown: string];
  provinceFilled: (p: string) => string;
  onlineUrl: [label: string, hint: string];
  organizer: string;
  orgName: string;
  orgUrl: [label: string, hint: string];
  contact: [legend: string, hint: string];
  contactName: string;
  contactEmail: [label: string, hint: string];
  registrationUrl: [label: string, hint: string];
  price: [legend: string, free: string, paid: string, amount: string, amountHint: string];
  accessibility: [label: string, hint: string];
  campaign: string;
  consent: [before: string, link: string, after: string, noLink: string];
  honeypot: string;
  send: string;
  sending: string;
  errorSummary: string;
  fieldErrors: FieldErrorTexts;
  restored: string;
  startOver: string;
  startedOver: string;
  failed: { offline: string; network: string; timeout: string; server: string; kept: string; retry: string; willRetry: string; retryIn: (when: string) => string };
  rateLimited: (when: string) => string;
  inSeconds: (n: number) => string;
  atTime: (t: string) => string;
  done: {
    heading: string;
    reference: string;
    next: string;
    steps: [string, string, string];
    summary: string;
    another: string;
  };
  summaryLabels: { title: string; type: string; audiences: string; when: string; where: string; online: string; organizer: string; contact: string; price: string; free: string };
}

/** All the words a form needs in one language: its own and the messages per error code. */
export interface FormWords {
  form: ActivityFormMessages;
  validation: Record<FormMessageCode, string>;
}
