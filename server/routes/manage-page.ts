/**
 * The partner's management page (routes/manage.ts), rendered on the server as plain HTML:
 * forms that POST and work without JavaScript, every value escaped by hono/html, one inline
 * style allowed by its hash in the CSP, in Dutch (B1, "je" form) or English.
 */
import { createHash } from 'node:crypto';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Lang } from '../../src/core/lang.js';
import { toIsoOffset, zonedInstant, zonedParts } from '../../src/core/dates.js';
import { allDayRange } from '../../src/core/calendar.js';
import { validationMessage } from '../../src/core/validation-messages.js';
import { formatWhen } from '../mail/messages.js';
import type { ManagedSubmission } from '../store/revisions.js';
import { submissionDates } from '../store/occurrences.js';
import type { StoredInput } from '../store/submissions.js';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

// Large targets (44 px), visible focus, system colours respected in forced-colors mode.
const STYLE = `body{font:1.0625rem/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}
main{max-inline-size:40rem;margin-inline:auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-block-start:2rem}
label,legend{display:block;font-weight:600;margin-block-start:1rem}
input,textarea,button{font:inherit;min-block-size:44px;box-sizing:border-box}
input[type=text],input[type=url],input[type=date],input[type=datetime-local],textarea{inline-size:100%;padding:.4rem;border:2px solid #555;border-radius:4px}
input[type=checkbox]{inline-size:24px;block-size:24px;min-block-size:24px;margin:10px}
.check{display:flex;align-items:center;font-weight:400;margin-block-start:.5rem}
.confirm{margin-block-start:1.5rem;font-weight:600}
button{padding:.5rem 1.25rem;margin-block-start:1.5rem;border:2px solid #0b5394;border-radius:4px;background:#0b5394;color:#fff;cursor:pointer}
button.danger{background:#a4000f;border-color:#a4000f}
:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
a{color:#0b5394}
.lang a{display:inline-block;min-block-size:44px;line-height:44px}
.summary li{padding-block:.35rem}
.error{color:#a4000f;font-weight:600;margin:.25rem 0}
.status,.summary{border-inline-start:6px solid #0b5394;padding:.5rem 1rem;background:#eef4fa}
.summary{border-color:#a4000f;background:#fdf0f0}
.cancelled{font-weight:700;color:#a4000f}
fieldset{border:0;padding:0;margin:0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
@media (forced-colors:active){button{border-color:ButtonText}.status,.summary{border-color:CanvasText}}`;

/** The CSP of the page: nothing but this style, forms only to itself. */
export const PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

const T = {
  nl: {
    title: 'Je activiteit beheren',
    other: 'English',
    reference: 'Meldnummer',
    name: 'Titel',
    statusHeading: 'Status',
    status: {
      pending: 'We bekijken je activiteit. Je krijgt een e-mail als we klaar zijn.',
      revised: 'We bekijken je wijziging. Tot we klaar zijn, staat de vorige versie in de agenda.',
      approved: 'Je activiteit staat in de agenda.',
      rejected: 'We plaatsen je activiteit niet.',
      cancelled: 'Je activiteit gaat niet door. Dat staat nu ook in de agenda.',
    },
    reason: 'De reden',
    dates: 'Datums',
    cancelledDate: 'Gaat niet door',
    cancelHeading: 'Afzeggen',
    cancelIntro: 'Gaat je activiteit niet door? Kies welke datums je afzegt. In de agenda staat dan meteen "Gaat niet door".',
    cancelIntroUnpublished: 'Gaat je activiteit niet door? Kies welke datums je afzegt. Ze komen dan niet in de agenda.',
    allDates: 'Alle datums',
    sure: 'Ja, ik zeg dit af. Dit kan ik niet terugdraaien.',
    cancelButton: 'Afzeggen',
    editHeading: 'Gegevens aanpassen',
    editIntro: 'Pas aan wat niet klopt. Ons team bekijkt je wijziging eerst.',
    editButton: 'Wijziging versturen',
    fields: {
      title: 'Titel',
      description: 'Beschrijving',
      start: 'Begin',
      end: 'Einde',
      location_name: 'Naam van de plek',
      location_address: 'Adres',
      location_postcode: 'Postcode',
      location_city: 'Plaats',
      onlineUrl: 'Link naar de online activiteit',
      registrationUrl: 'Link om je aan te melden',
      price: 'Prijs in euro (leeg of 0 is gratis)',
      accessibility: 'Toegankelijkheid',
    },
    dateLabel: (n: number) => `Datum ${n}`,
    errorsHeading: 'Er klopt iets niet',
    chooseDate: 'Kies minstens één datum.',
    confirmFirst: 'Vink aan dat je het zeker weet.',
    done: { revised: 'Bedankt! We hebben je wijziging ontvangen.', cancelled: 'Je hebt afgezegd. De agenda is bijgewerkt.', cancelledUnpublished: 'Je hebt afgezegd. Wat je afzegt, komt niet in de agenda.' },
    notFound: 'Deze link kennen we niet. Gebruik de hele link uit onze e-mail.',
    expired: 'Deze link werkt niet meer, want je activiteit is voorbij.',
    blocked: 'Dit formulier kwam niet van deze pagina. Open de link uit de e-mail en probeer het opnieuw.',
  },
  en: {
    title: 'Manage your activity',
    other: 'Nederlands',
    reference: 'Reference number',
    name: 'Title',
    statusHeading: 'Status',
    status: {
      pending: 'We are reviewing your activity. You will get an e-mail when we are done.',
      revised: 'We are reviewing your change. Until then, the previous version stays in the calendar.',
      approved: 'Your activity is in the calendar.',
      rejected: 'We will not publish your activity.',
      cancelled: 'Your activity is not going ahead. The calendar shows this now.',
    },
    reason: 'The reason',
    dates: 'Dates',
    cancelledDate: 'Cancelled',
    cancelHeading: 'Cancel',
    cancelIntro: 'Is your activity not going ahead? Choose the dates you cancel. The calendar then shows "Cancelled" at once.',
    cancelIntroUnpublished: 'Is your activity not going ahead? Choose the dates you cancel. They will not be put in the calendar.',
    allDates: 'All dates',
    sure: 'Yes, I cancel this. I cannot undo it.',
    cancelButton: 'Cancel the activity',
    editHeading: 'Change the details',
    editIntro: 'Correct what is wrong. Our team checks your change first.',
    editButton: 'Send the change',
    fields: {
      title: 'Title',
      description: 'Description',
      start: 'Start',
      end: 'End',
      location_name: 'Name of the place',
      location_address: 'Address',
      location_postcode: 'Postcode',
      location_city: 'Town or city',
      onlineUrl: 'Link to the online activity',
      registrationUrl: 'Link to sign up',
      price: 'Price in euros (empty or 0 is free)',
      accessibility: 'Accessibility',
    },
    dateLabel: (n: number) => `Date ${n}`,
    errorsHeading: 'Something is not right',
    chooseDate: 'Choose at least one date.',
    confirmFirst: 'Tick the box to confirm.',
    done: { revised: 'Thank you! We have received your change.', cancelled: 'You have cancelled. The calendar is up to date.', cancelledUnpublished: 'You have cancelled. What you cancelled will not be put in the calendar.' },
    notFound: 'We do not know this link. Use the whole link from our e-mail.',
    expired: 'This link no longer works, because your activity is over.',
    blocked: 'This form did not come from this page. Open the link from the e-mail and try again.',
  },
} satisfies Record<Lang, unknown>;

export type PageTexts = (typeof T)['nl'];
export const texts = (lang: Lang): PageTexts => T[lang];

/** A field's errors: name → message (validation codes in words, src/core/validation-messages.ts). */
export type FieldErrors = Map<string, string>;

/** The values of the edit form, as strings (what the partner typed, or the stored input). */
export type FormValues = Record<string, string>;

const pad = (n: number) => String(n).padStart(2, '0');
/** An instant as the value of a date or datetime-local input, in Amsterdam time. */
export function inputValue(iso: string, allDay: boolean): string {
  const p = zonedParts(new Date(iso));
  const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  return allDay ? day : `${day}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** An input's value back to an ISO instant (Amsterdam wall time); anything else is returned as typed, so validation names it. */
export function fromInputValue(v: string, allDay: boolean): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(v.trim());
  if (!m || (allDay ? m[2] : !m[2])) return v;
  const iso = toIsoOffset(zonedInstant(m[1]!, m[2] ?? '00:00'));
  // 2027-13-45 or 25:00 would roll over into another day: only a value that reads back the same counts.
  return inputValue(iso, allDay) === v.trim() ? iso : v;
}

/**
 * One date as the edit form's values: clock times, or for an all-day activity its first and
 * last day (inclusive, src/core/calendar.ts: an end at 23:59, at 00:00 the day after or on
 * the start all read as the same last day).
 */
export function dateValues(d: { start: string; end: string }, allDay: boolean): { start: string; end: string } {
  if (!allDay) return { start: inputValue(d.start, false), end: inputValue(d.end, false) };
  const r = allDayRange(d.start, d.end);
  return { start: r.first, end: r.last };
}

/**
 * The form's values of one date back to the input's start and end. Values that read as
 * `current` keep its instants (nothing changed); an all-day last day ends at 23:59, or at
 * the start for one day, as the activity form sends it (00:00 would mean "until the day
 * before"). Values that are no date are returned as typed, for validation to name.
 */
export function fromDateValues(start: string, end: string, allDay: boolean, current?: { start: string; end: string }): { start: string; end: string } {
  if (current) {
    const was = dateValues(current, allDay);
    if (was.start === start.trim() && was.end === end.trim()) return { start: current.start, end: current.end };
  }
  const s = fromInputValue(start, allDay);
  const e = fromInputValue(end, allDay);
  if (!allDay || s === start || e === end) return { start: s, end: e };
  return { start: s, end: e === s ? s : toIsoOffset(zonedInstant(end.trim(), '23:59')) };
}

/** The edit form's fields for an input: names and their current values. */
export function formValues(i: StoredInput): FormValues {
  const v: FormValues = {
    title: i.title,
    description: i.description,
    registrationUrl: i.registrationUrl ?? '',
    price: i.price === null ? '' : String(i.price),
    accessibility: i.accessibility ?? '',
  };
  submissionDates(i).forEach((d, n) => {
    const shown = dateValues(d, i.allDay);
    v[`start_${n}`] = shown.start;
    v[`end_${n}`] = shown.end;
  });
  if (i.mode !== 'onsite') v.onlineUrl = i.onlineUrl ?? '';
  if (i.location) {
    v.location_name = i.location.name;
    v.location_address = i.location.address ?? '';
    v.location_postcode = i.location.postcode ?? '';
    v.location_city = i.location.city;
  }
  return v;
}

function field(name: string, label: string, value: string, errors: FieldErrors, type = 'text', extra: Html | '' = ''): Html {
  const err = errors.get(name);
  const described = err ? `${name}-error` : undefined;
  const control =
    type === 'textarea'
      ? html`<textarea id="${name}" name="${name}" rows="6" aria-invalid="${err ? 'true' : 'false'}"${described ? html` aria-describedby="${described}"` : ''}>${value}</textarea>`
      : html`<input id="${name}" name="${name}" type="${type}" value="${value}" aria-invalid="${err ? 'true' : 'false'}"${described ? html` aria-describedby="${described}"` : ''}${extra}>`;
  return html`<label for="${name}">${label}</label>${err ? html`<p class="error" id="${name}-error">${err}</p>` : ''}${control}`;
}

export interface PageModel {
  lang: Lang;
  /** The page's own path (`/api/v1/beheer/<token>`): forms post below it, the language switch links to it. */
  base: string;
  managed: ManagedSubmission;
  values: FormValues;
  errors: FieldErrors;
  /** Errors of the cancel form (no date chosen, not confirmed). */
  cancelError?: string;
  done?: 'revised' | 'cancelled' | undefined;
}

function shell(lang: Lang, title: string, body: Html, switchTo?: string, errorTitle = false): Html {
  const t = texts(lang);
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${errorTitle ? `${texts(lang).errorsHeading}: ` : ''}${title} – Missie Mentaal</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<main>
${switchTo ? html`<p class="lang"><a href="${switchTo}" lang="${lang === 'nl' ? 'en' : 'nl'}">${t.other}</a></p>` : ''}
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
}

/** A page with one sentence: unknown link, expired link, refused form. */
export const messagePage = (lang: Lang, text: string): Html => shell(lang, texts(lang).title, html`<p>${text}</p>`);

export function managePage(m: PageModel): Html {
  const { lang, base, managed, values, errors } = m;
  const t = texts(lang);
  const s = managed.submission;
  const i = s.input;
  const revised = s.status === 'pending' && s.activityId !== null;
  const statusText = revised ? t.status.revised : t.status[s.status];
  const dates = submissionDates(i);
  const active = s.status !== 'cancelled' && s.status !== 'rejected' && !managed.expired;
  const isCancelled = (d: { start: string }) => s.status === 'cancelled' || managed.cancelled.has(Date.parse(d.start));
  const open = dates.filter((d) => !isCancelled(d));
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  const errorList = [...errors.entries()];
  const dateType = i.allDay ? 'date' : 'datetime-local';
  const label = (name: string): string => {
    const m2 = /^(start|end)_(\d+)$/.exec(name);
    if (m2) return `${dates.length > 1 ? `${t.dateLabel(Number(m2[2]) + 1)}: ` : ''}${t.fields[m2[1] as 'start' | 'end']}`;
    return (t.fields as Record<string, string>)[name] ?? name;
  };

  // Problems with what was sent come first, where the page opens; each links to its field.
  const summary =
    errorList.length || m.cancelError
      ? html`<div class="summary" role="alert"><h2>${t.errorsHeading}</h2><ul>${m.cancelError ? html`<li><a href="#cancel-heading">${t.cancelHeading}: ${m.cancelError}</a></li>` : ''}${errorList.map(([name, msg]) => html`<li><a href="#${name}">${label(name)}: ${msg}</a></li>`)}</ul></div>`
      : '';
  const body = html`
${summary}
${m.done ? html`<p class="status" role="status">${t.done[m.done === 'cancelled' && s.activityId === null ? 'cancelledUnpublished' : m.done]}</p>` : ''}
<h2>${t.statusHeading}</h2>
<div class="status"><p>${statusText}</p>${s.status === 'rejected' && s.reason ? html`<p>${t.reason}: ${s.reason}</p>` : ''}</div>
<dl><dt>${t.reference}</dt><dd>${s.reference}</dd><dt>${t.name}</dt><dd>${i.title}</dd></dl>
<h2>${t.dates}</h2>
<ul>${dates.map((d) => html`<li>${formatWhen(d, i.allDay, lang)}${isCancelled(d) ? html` – <span class="cancelled">${t.cancelledDate}</span>` : ''}</li>`)}</ul>
${active && open.length
  ? html`<h2 id="cancel-heading">${t.cancelHeading}</h2>
<form method="post" action="${base}/annuleren?lang=${lang}" aria-labelledby="cancel-heading">
<p>${s.activityId === null ? t.cancelIntroUnpublished : t.cancelIntro}</p>
${m.cancelError ? html`<p class="error" id="cancel-error">${m.cancelError}</p>` : ''}
<fieldset><legend>${t.dates}</legend>
${open.length > 1 ? html`<label class="check"><input type="checkbox" name="date" value="all">${t.allDates}</label>` : ''}
${open.map((d) => html`<label class="check"><input type="checkbox" name="date" value="${new Date(d.start).toISOString()}"${open.length === 1 ? ' checked' : ''}>${formatWhen(d, i.allDay, lang)}</label>`)}
</fieldset>
<label class="check confirm"><input type="checkbox" name="confirm" value="yes">${t.sure}</label>
<button class="danger" type="submit">${t.cancelButton}</button>
</form>`
  : ''}
${active
  ? html`<h2 id="edit-heading">${t.editHeading}</h2>
<form method="post" action="${base}/wijzigen?lang=${lang}" aria-labelledby="edit-heading" novalidate>
<p>${t.editIntro}</p>
${field('title', t.fields.title, values.title ?? '', errors)}
${field('description', t.fields.description, values.description ?? '', errors, 'textarea')}
${dates.map((_, n) => html`${field(`start_${n}`, label(`start_${n}`), values[`start_${n}`] ?? '', errors, dateType)}${field(`end_${n}`, label(`end_${n}`), values[`end_${n}`] ?? '', errors, dateType)}`)}
${'location_name' in values
  ? ['location_name', 'location_address', 'location_postcode', 'location_city'].map((n) => field(n, label(n), values[n] ?? '', errors))
  : ''}
${'onlineUrl' in values ? field('onlineUrl', t.fields.onlineUrl, values.onlineUrl ?? '', errors, 'url') : ''}
${field('registrationUrl', t.fields.registrationUrl, values.registrationUrl ?? '', errors, 'url')}
${field('price', t.fields.price, values.price ?? '', errors, 'text', html` inputmode="decimal"`)}
${field('accessibility', t.fields.accessibility, values.accessibility ?? '', errors, 'textarea')}
<button type="submit">${t.editButton}</button>
</form>`
  : ''}`;
  return shell(lang, t.title, body, `${base}?lang=${other}`, summary !== '');
}

/** Error codes to words for the fields they belong to. */
export const messageFor = (code: string, lang: Lang): string => validationMessage(code, lang);
