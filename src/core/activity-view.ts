/**
 * How an activity reads, shared by `<mm-event-list>` and `<mm-week-calendar>`: the words
 * for types, audiences and modes, a one-line "when", and the details shown when a visitor
 * opens an activity (description, address, accessibility, registration, add to calendar).
 * All data is bound as text (Lit escapes it); links pass `safeUrl()` first.
 */
import { dutch } from './lang.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Activity, ActivityType, Audience, Mode } from '../contract/schema.js';
import { formatters, type Dictionary, type Lang } from './i18n.js';
import { addressText, calendarLinks, isLong } from './activities.js';
import type { SubscribeLinks } from './calendar.js';
import { dayRange } from './calendar.js';
import { safeUrl } from '../contract/vocabulary.js';

export interface ActivityWords {
  types: Record<ActivityType, string>;
  audiences: Record<Audience, string>;
  modes: Record<Mode, string>;
  online: string;
  free: string;
  allDay: string;
  cancelled: string;
  forWhom: string;
  where: string;
  organizer: string;
  price: string;
  address: string;
  accessibility: string;
  register: string;
  addToCalendar: string;
  icsFile: string;
  google: string;
  outlook: string;
  office365: string;
  subscribe: string;
  subscribeHint: string;
  /** Per way to subscribe: the link text and one sentence on who it is for. */
  subscribeWays: Record<Exclude<keyof SubscribeLinks, 'https'>, [label: string, sentence: string]>;
  copyAddress: string;
  copyHint: string;
  copied: string;
  details: string;
  until: string;
  runsUntil: string;
  /** Under the first day of an activity that runs into the next day(s). */
  continues: string;
  /** Under a later day of such an activity, before its first day's weekday: "vervolg van maandag". */
  continuedFrom: string;
}

export const activityWords: Dictionary<ActivityWords> = {
  nl: {
    types: {
      workshop: 'Workshop',
      webinar: 'Webinar',
      sport: 'Sport en bewegen',
      dans: 'Dans',
      film: 'Film',
      meetup: 'Meet-up',
      lezing: 'Lezing of gesprek',
      wandeling: 'Wandeling',
      'open-dag': 'Open dag',
      congres: 'Congres',
      podcast: 'Podcast',
      festival: 'Festival',
      overig: 'Overig',
    },
    audiences: {
      jongeren: 'Jongeren',
      studenten: 'Studenten',
      ouders: 'Ouders',
      onderwijs: 'Onderwijs',
      werkenden: 'Werkenden',
      werkgevers: 'Werkgevers',
      ouderen: 'Ouderen',
      professionals: 'Professionals',
      iedereen: 'Iedereen',
    },
    modes: { online: 'Online', onsite: 'Op locatie', hybrid: 'Op locatie en online' },
    online: 'Online',
    free: 'Gratis',
    allDay: 'Hele dag',
    cancelled: 'Gaat niet door',
    forWhom: 'Voor wie',
    where: 'Waar',
    organizer: 'Organisator',
    price: 'Prijs',
    address: 'Adres',
    accessibility: 'Toegankelijkheid',
    register: 'Aanmelden',
    addToCalendar: 'Zet in je agenda',
    icsFile: 'Agenda-bestand (.ics)',
    google: 'Google Agenda',
    outlook: 'Outlook.com',
    office365: 'Outlook van werk of school (Microsoft 365)',
    subscribe: 'Abonneren op deze agenda',
    subscribeHint: 'Nieuwe activiteiten komen dan vanzelf in je agenda.',
    subscribeWays: {
      webcal: ['Agenda-app op je computer of iPhone', 'Voor Apple Agenda en voor Outlook op Windows of Mac. Je agenda-app opent vanzelf.'],
      google: ['Google Agenda', 'Voor Google Agenda en de meeste Android-telefoons. Log in en kies Toevoegen.'],
      outlook: ['Outlook.com', 'Voor Outlook.com en Hotmail. Log in en kies Importeren.'],
    },
    copyAddress: 'Kopieer het adres',
    copyHint: 'Voor een andere agenda: plak het adres bij "Agenda toevoegen via url".',
    copied: 'Het adres is gekopieerd.',
    details: 'Meer over',
    until: 'tot en met',
    runsUntil: 'Loopt tot en met',
    continues: 'gaat verder',
    continuedFrom: 'vervolg van',
  },
  en: {
    types: {
      workshop: 'Workshop',
      webinar: 'Webinar',
      sport: 'Sport and exercise',
      dans: 'Dance',
      film: 'Film',
      meetup: 'Meet-up',
      lezing: 'Talk',
      wandeling: 'Walk',
      'open-dag': 'Open day',
      congres: 'Conference',
      podcast: 'Podcast',
      festival: 'Festival',
      overig: 'Other',
    },
    audiences: {
      jongeren: 'Young people',
      studenten: 'Students',
      ouders: 'Parents',
      onderwijs: 'Schools',
      werkenden: 'Employees',
      werkgevers: 'Employers',
      ouderen: 'Older people',
      professionals: 'Professionals',
      iedereen: 'Everyone',
    },
    modes: { online: 'Online', onsite: 'On site', hybrid: 'On site and online' },
    online: 'Online',
    free: 'Free',
    allDay: 'All day',
    cancelled: 'Cancelled',
    forWhom: 'For',
    where: 'Where',
    organizer: 'Organiser',
    price: 'Price',
    address: 'Address',
    accessibility: 'Accessibility',
    register: 'Register',
    addToCalendar: 'Add to your calendar',
    icsFile: 'Calendar file (.ics)',
    google: 'Google Calendar',
    outlook: 'Outlook.com',
    office365: 'Outlook for work or school (Microsoft 365)',
    subscribe: 'Subscribe to this calendar',
    subscribeHint: 'New activities then appear in your calendar by themselves.',
    subscribeWays: {
      webcal: ['Calendar app on your computer or iPhone', 'For Apple Calendar and for Outlook on Windows or Mac. Your calendar app opens by itself.'],
      google: ['Google Calendar', 'For Google Calendar and most Android phones. Sign in and choose Add.'],
      outlook: ['Outlook.com', 'For Outlook.com and Hotmail. Sign in and choose Import.'],
    },
    copyAddress: 'Copy the address',
    copyHint: 'For another calendar: paste the address where it says "Add calendar from URL".',
    copied: 'The address has been copied.',
    details: 'More about',
    until: 'until',
    runsUntil: 'Runs until',
    continues: 'continues',
    continuedFrom: 'continued from',
  },
};

// Lists render the same activities again and again (chunks, every search answer, a language
// switch), and `Intl` formatting is slow: a text is made once per language and per value it
// depends on (`keyOf`), so even a new answer with new objects reuses it. Bounded.
const memo = (keyOf: (a: Activity) => string, make: (a: Activity, lang: Lang) => string) => {
  const cache = new Map<string, string>();
  return (a: Activity, lang: Lang): string => {
    const k = lang + keyOf(a);
    let t = cache.get(k);
    if (t === undefined) {
      if (cache.size > 5000) cache.clear();
      cache.set(k, (t = make(a, lang)));
    }
    return t;
  };
};

/** "10:00–12:00", "Hele dag", or for multi-day "1 juni 10:00 tot en met 3 juni 16:00". */
export const whenText = memo((a) => `${a.start}/${a.end}/${a.allDay}/${a.lastDay}`, (a, lang) => {
  const f = formatters(lang);
  const w = activityWords[lang];
  const start = new Date(a.start);
  const end = new Date(a.end);
  const { first: d1, last: d2 } = dayRange(a);
  if (d1 !== d2) {
    // Ending at midnight: "3 juni 00:00" would read as a day early, so write "2 juni 24:00".
    const endTime = f.time(end) === '00:00' ? '24:00' : f.time(end);
    // Into another year: "1 december 2026 tot en met 15 januari 2027", never a bare "15 januari".
    const year = d1.slice(0, 4) !== d2.slice(0, 4);
    return a.allDay
      ? `${f.date(d1, year)} ${w.until} ${f.date(d2, year)}`
      : `${f.date(d1, year)} ${f.time(start)} ${w.until} ${f.date(d2, year)} ${endTime}`;
  }
  return a.allDay ? w.allDay : f.timeRange(start, end);
});

/**
 * When, as read under `day`: a long activity that began before it "Loopt tot en met 15 juli"
 * (with the year when that is another year than the day's); otherwise `whenText()`.
 */
export function whenOn(a: Activity, day: string, lang: Lang): string {
  const { first, last } = dayRange(a);
  if (day <= first || !isLong(a)) return whenText(a, lang);
  return `${activityWords[lang].runsUntil} ${formatters(lang).date(last, last.slice(0, 4) !== day.slice(0, 4))}`;
}

/**
 * For an activity over a few days, listed under each of them (`groupByDay`): "gaat verder"
 * under its first day, "vervolg van maandag" under the others, so the cards read as one
 * activity and not as two. '' for a one-day activity and for a long one (listed once, with
 * "Loopt tot en met …").
 */
export function continuation(a: Activity, day: string, lang: Lang): string {
  const { first, last } = dayRange(a);
  if (first === last || isLong(a)) return '';
  const w = activityWords[lang];
  return day <= first ? w.continues : `${w.continuedFrom} ${formatters(lang).weekday(first)}`;
}

export const priceText = (a: Activity, lang: Lang): string | undefined =>
  a.price === null ? undefined : a.price === 0 ? activityWords[lang].free : formatters(lang).price(a.price);

export const audienceText = memo((a) => a.audiences.join(), (a, lang) => formatters(lang).list(a.audiences.map((x) => activityWords[lang].audiences[x])));

/** The opened part of an activity: everything a visitor needs to decide and to go. */
export function activityDetails(a: Activity, lang: Lang, apiBase: string): TemplateResult {
  const w = activityWords[lang];
  const links = calendarLinks(apiBase, a);
  const register = safeUrl(a.registrationUrl);
  const online = safeUrl(a.onlineUrl);
  const organizerUrl = safeUrl(a.organizer.url);
  const l = a.location;
  return html`<div class="details" part="details">
    ${a.description ? html`<p class="description" lang=${dutch(lang)}>${a.description}</p>` : nothing}
    <dl class="facts">
      ${l
        ? html`<div><dt>${w.address}</dt><dd>${addressText(l)}</dd></div>`
        : nothing}
      ${online ? html`<div><dt>${w.online}</dt><dd><a href=${online} rel="noopener" target="_blank">${online}</a></dd></div>` : nothing}
      ${a.accessibility ? html`<div><dt>${w.accessibility}</dt><dd>${a.accessibility}</dd></div>` : nothing}
      <div>
        <dt>${w.organizer}</dt>
        <dd>${organizerUrl ? html`<a href=${organizerUrl} rel="noopener" target="_blank">${a.organizer.name}</a>` : a.organizer.name}</dd>
      </div>
    </dl>
    ${register && a.status !== 'cancelled'
      ? html`<p><a class="button" part="register" href=${register} rel="noopener" target="_blank">${w.register}<span class="visually-hidden">: ${a.title}</span></a></p>`
      : nothing}
    ${a.status !== 'cancelled'
      ? html`<div class="add-to-calendar">
          <span class="label">${w.addToCalendar}:</span>
          <ul role="list">
            <li><a href=${links.ics} download>${w.icsFile}</a></li>
            <li><a href=${links.google} rel="noopener" target="_blank">${w.google}</a></li>
            <li><a href=${links.outlook} rel="noopener" target="_blank">${w.outlook}</a></li>
            <li><a href=${links.office365} rel="noopener" target="_blank">${w.office365}</a></li>
          </ul>
        </div>`
      : nothing}
  </div>`;
}

/**
 * The look of `activityDetails()` and of `continuation()`'s line, next to them, for both elements (the list opens it in
 * place, the week in a dialog whose own facts use `.facts` too): "Adres: …" lines, links at
 * least 44 px tall, the four calendar links in a row.
 */
export const detailsStyles = css`
  /* "gaat verder" / "vervolg van maandag" (continuation()), in both elements. */
  .continues {
    display: block;
    font-size: 0.875em;
    font-style: italic;
    font-weight: 400;
  }
  .continues::before {
    content: '↪ ' / '';
  }
  .details {
    display: grid;
    gap: 0.75em;
  }
  .details p {
    margin: 0;
  }
  .description {
    white-space: pre-line;
  }
  .facts {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  .facts dt,
  .label {
    font-weight: 600;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
  }
  .facts a,
  .add-to-calendar a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_mm-target);
  }
  .add-to-calendar ul {
    list-style: none;
    padding: 0;
    margin: 0.25em 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
`;

/** Copies `text`; where the Clipboard API is refused (http, old browsers) the field is selected instead. */
async function copy(e: Event, text: string, done: string): Promise<void> {
  const button = e.currentTarget as HTMLButtonElement;
  const field = button.parentElement?.querySelector('input');
  const status = button.parentElement?.querySelector('.copied');
  try {
    await navigator.clipboard.writeText(text);
    // No bindings inside this element, so setting its text does not disturb Lit.
    if (status) status.textContent = done;
  } catch {
    field?.select();
  }
}

/**
 * "Subscribe to this calendar" for everyone: a bare `webcal:` link does nothing on Android,
 * in a browser without a calendar app, or for Google Calendar users. So: webcal for the
 * apps that handle it, Google's add-by-URL, Outlook.com's add-from-web, and the https
 * address with a copy button, each with one sentence on who it is for. Not on paper
 * (the print styles in tokens.ts leave it off: nothing there can be pressed).
 */
export function subscribeMenu(feed: SubscribeLinks, lang: Lang): TemplateResult {
  const w = activityWords[lang];
  const way = (href: string, [label, sentence]: [string, string], external: boolean) =>
    html`<li><a href=${href} rel=${external ? 'noopener' : nothing} target=${external ? '_blank' : nothing}>${label}</a><span class="hint">${sentence}</span></li>`;
  return html`<details class="subscribe" part="subscribe">
    <summary>${w.subscribe}</summary>
    <p class="hint">${w.subscribeHint}</p>
    <ul role="list">
      ${way(feed.webcal, w.subscribeWays.webcal, false)} ${way(feed.google, w.subscribeWays.google, true)}
      ${way(feed.outlook, w.subscribeWays.outlook, true)}
      <li class="copy">
        <input readonly aria-label=${w.copyAddress} .value=${feed.https} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
        <button type="button" class="button quiet" @click=${(e: Event) => copy(e, feed.https, w.copied)}>${w.copyAddress}</button>
        <span class="hint">${w.copyHint}</span>
        <span class="copied" aria-live="polite"></span>
      </li>
    </ul>
  </details>`;
}

/** The subscribe menu's layout, in both activity elements. */
export const subscribeStyles = css`
  .subscribe summary {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_mm-target);
    color: var(--_mm-color-primary);
    font-weight: 600;
    cursor: pointer;
  }
  .subscribe ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .subscribe li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75em;
  }
  .subscribe li a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_mm-target);
    color: var(--_mm-color-primary);
    font-weight: 600;
  }
  .subscribe input {
    flex: 1 1 16em;
    min-block-size: var(--_mm-target);
    font: inherit;
  }
  .subscribe .hint {
    flex-basis: 100%;
  }
`;
