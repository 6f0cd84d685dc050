/**
 * How an activity reads, shared by `<mm-event-list>` and `<mm-week-calendar>`: the words
 * for types, audiences and modes, a one-line "when", and the details shown when a visitor
 * opens an activity (description, address, accessibility, registration, add to calendar).
 * All data is bound as text (Lit escapes it); links pass `safeUrl()` first.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Activity, ActivityType, Audience, Mode } from './schema.js';
import { formatters, type Dictionary, type Lang } from './i18n.js';
import { addressText, calendarLinks } from './activities.js';
import { dateKey } from './dates.js';
import { safeUrl } from './vocabulary.js';

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
  subscribe: string;
  subscribeHint: string;
  details: string;
  until: string;
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
    subscribe: 'Abonneren op deze agenda',
    subscribeHint: 'Nieuwe activiteiten komen dan vanzelf in je agenda.',
    details: 'Meer over',
    until: 'tot en met',
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
    subscribe: 'Subscribe to this calendar',
    subscribeHint: 'New activities then appear in your calendar by themselves.',
    details: 'More about',
    until: 'until',
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
export const whenText = memo((a) => `${a.start}/${a.end}/${a.allDay}`, (a, lang) => {
  const f = formatters(lang);
  const w = activityWords[lang];
  const start = new Date(a.start);
  const end = new Date(a.end);
  const d1 = dateKey(start);
  const d2 = dateKey(new Date(end.getTime() - 1));
  if (d1 !== d2) {
    // Ending at midnight: "3 juni 00:00" would read as a day early, so write "2 juni 24:00".
    const endTime = f.time(end) === '00:00' ? '24:00' : f.time(end);
    return a.allDay
      ? `${f.date(d1)} ${w.until} ${f.date(d2)}`
      : `${f.date(d1)} ${f.time(start)} ${w.until} ${f.date(d2)} ${endTime}`;
  }
  return a.allDay ? w.allDay : f.timeRange(start, end);
});

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
    ${a.description ? html`<p class="description">${a.description}</p>` : nothing}
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
          </ul>
        </div>`
      : nothing}
  </div>`;
}
