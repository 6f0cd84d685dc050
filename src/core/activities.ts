/**
 * What the activity elements (`<mm-event-list>`, `<mm-week-calendar>`) share about
 * activities, without DOM: filters ↔ API query, the days an activity covers, and the
 * "add to calendar" / "subscribe" links. Rendering lives in `activity-view.ts`.
 */
import type { Activity, Location } from './schema.js';
import { apiUrl } from './api.js';
import { addDays, dateKey } from './dates.js';

/** Filters a partner fixes with attributes or a visitor picks in the filter bar. */
export interface ActivityFilters {
  audience?: string;
  type?: string;
  region?: string;
  mode?: string;
  campaign?: string;
  organizer?: string;
  from?: string;
  to?: string;
  q?: string;
}

export const FILTER_KEYS = ['audience', 'type', 'region', 'mode', 'campaign', 'organizer', 'from', 'to', 'q'] as const;

/** Only the filters that are set, trimmed: one cache key per real query. */
export function cleanFilters(f: ActivityFilters): ActivityFilters {
  const out: ActivityFilters = {};
  for (const k of FILTER_KEYS) {
    const v = f[k]?.trim();
    if (v) out[k] = v;
  }
  return out;
}

/** The API URL of a page of activities. `from`/`to` date keys become Amsterdam day bounds. */
export function activitiesUrl(base: string, f: ActivityFilters, extra: { limit?: number; cursor?: string | null } = {}): string {
  return apiUrl(base, 'activities', { ...cleanFilters(f), limit: extra.limit, cursor: extra.cursor ?? undefined });
}

/** The `webcal:` address of the `.ics` feed with the same filters, to subscribe to. */
export function feedUrl(base: string, f: ActivityFilters): { webcal: string; https: string } {
  const https = apiUrl(base, 'activities.ics', { ...cleanFilters(f) });
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}

/** The Amsterdam calendar days an activity takes place on (one for most, several for multi-day). */
export function activityDays(a: Activity): string[] {
  const first = dateKey(new Date(a.start));
  // An end at exactly midnight belongs to the day before (a 20:00–00:00 activity is one day).
  const last = dateKey(new Date(Date.parse(a.end) - 1));
  const days = [first];
  for (let d = first; d < last && days.length < 62; ) {
    d = addDays(d, 1);
    days.push(d);
  }
  return days;
}

/** Group activities under each day they cover, days in order, within [from, to] when given. */
export function groupByDay(items: Activity[], from?: string, to?: string): Map<string, Activity[]> {
  // Start times are parsed once, not in every comparison: lists run to thousands.
  const start = new Map<Activity, number>();
  const groups = new Map<string, Activity[]>();
  for (const a of items) {
    start.set(a, Date.parse(a.start));
    for (const d of activityDays(a)) {
      if ((from && d < from) || (to && d > to)) continue;
      let list = groups.get(d);
      if (!list) groups.set(d, (list = []));
      list.push(a);
    }
  }
  const sorted = new Map([...groups.entries()].sort(([x], [y]) => (x < y ? -1 : 1)));
  for (const list of sorted.values()) list.sort((a, b) => start.get(a)! - start.get(b)! || a.title.localeCompare(b.title));
  return sorted;
}

const compact = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** A one-line place: "Online", or "Venue, City". */
export function placeText(a: Activity, onlineLabel: string): string {
  if (!a.location) return onlineLabel;
  return a.location.name === a.location.city ? a.location.city : `${a.location.name}, ${a.location.city}`;
}

/** "Venue, Street 1, 1234 AB City": the whole address of a place. */
export const addressText = (l: Location): string =>
  [l.name, l.address, [l.postcode, l.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/** Where it takes place, for a calendar entry: the address, or the online link. */
const fullAddress = (a: Activity): string => (a.location ? addressText(a.location) : (a.onlineUrl ?? ''));

/** "Add to calendar" links: the API's `.ics`, Google Calendar and Outlook.com. */
export function calendarLinks(base: string, a: Activity): { ics: string; google: string; outlook: string } {
  const details = [a.description.slice(0, 800), a.registrationUrl ?? ''].filter(Boolean).join('\n\n');
  const location = fullAddress(a);
  const google = new URL('https://calendar.google.com/calendar/render');
  google.searchParams.set('action', 'TEMPLATE');
  google.searchParams.set('text', a.title);
  google.searchParams.set(
    'dates',
    a.allDay
      ? `${dateKey(new Date(a.start)).replace(/-/g, '')}/${addDays(dateKey(new Date(Date.parse(a.end) - 1)), 1).replace(/-/g, '')}`
      : `${compact(a.start)}/${compact(a.end)}`,
  );
  google.searchParams.set('details', details);
  google.searchParams.set('location', location);
  google.searchParams.set('ctz', 'Europe/Amsterdam');

  const outlook = new URL('https://outlook.live.com/calendar/0/deeplink/compose');
  outlook.searchParams.set('path', '/calendar/action/compose');
  outlook.searchParams.set('rru', 'addevent');
  outlook.searchParams.set('subject', a.title);
  outlook.searchParams.set('startdt', a.start);
  outlook.searchParams.set('enddt', a.end);
  outlook.searchParams.set('body', details);
  outlook.searchParams.set('location', location);
  if (a.allDay) outlook.searchParams.set('allday', 'true');

  return { ics: apiUrl(base, `activities/${encodeURIComponent(a.id)}.ics`), google: google.href, outlook: outlook.href };
}

/** schema.org `Event` for search engines (written as JSON text into the light DOM, never HTML). */
export function eventJsonLd(a: Activity): Record<string, unknown> {
  const online = a.mode === 'online';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: a.title,
    description: a.description,
    startDate: a.start,
    endDate: a.end,
    eventStatus: a.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : a.mode === 'hybrid'
        ? 'https://schema.org/MixedEventAttendanceMode'
        : 'https://schema.org/OfflineEventAttendanceMode',
    location: a.location
      ? {
          '@type': 'Place',
          name: a.location.name,
          address: {
            '@type': 'PostalAddress',
            streetAddress: a.location.address ?? undefined,
            postalCode: a.location.postcode ?? undefined,
            addressLocality: a.location.city,
            addressCountry: 'NL',
          },
        }
      : { '@type': 'VirtualLocation', url: a.onlineUrl ?? a.registrationUrl ?? undefined },
    organizer: { '@type': 'Organization', name: a.organizer.name, url: a.organizer.url ?? undefined },
    offers:
      a.price === null
        ? undefined
        : { '@type': 'Offer', price: a.price, priceCurrency: 'EUR', url: a.registrationUrl ?? undefined },
    url: a.registrationUrl ?? undefined,
  };
}
