/**
 * What the activity elements (`<mm-event-list>`, `<mm-week-calendar>`) share about
 * activities, without DOM: filters ↔ API query, the days an activity covers, and the
 * "add to calendar" / "subscribe" links. Rendering lives in `activity-view.ts`.
 */
import type { Activity } from '../contract/schema.js';
import { apiUrl } from './api.js';
import { addDays, daysBetween } from './dates.js';
import { calendarLinks as links, dayRange, subscribeLinks, type CalendarLinks, type SubscribeLinks } from './calendar.js';

export { addressText } from './calendar.js';

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

/** The `.ics` feed with the same filters, and every way to subscribe to it. */
export function feedUrl(base: string, f: ActivityFilters, name = 'Missie Mentaal'): SubscribeLinks {
  return subscribeLinks(apiUrl(base, 'activities.ics', { ...cleanFilters(f) }), name);
}

/** The Amsterdam calendar days an activity takes place on (one for most, several for multi-day). */
export function activityDays(a: Activity): string[] {
  const { first, last } = dayRange(a);
  const days = [first];
  for (let d = first; d < last && days.length < 62; ) {
    d = addDays(d, 1);
    days.push(d);
  }
  return days;
}

/**
 * Activities of more than a week (an exhibition, a month of walks) are listed once, under
 * the first day shown, reading "loopt tot en met …": under every day they would bury the
 * rest of the programme.
 */
export const LONG_DAYS = 8;
export const isLong = (a: Activity): boolean => {
  const { first, last } = dayRange(a);
  return daysBetween(first, last) + 1 >= LONG_DAYS;
};

/** Group activities under each day they cover (long ones once), days in order, within [from, to] when given. */
export function groupByDay(items: Activity[], from?: string, to?: string): Map<string, Activity[]> {
  // Start times are parsed once, not in every comparison: lists run to thousands.
  const start = new Map<Activity, number>();
  const groups = new Map<string, Activity[]>();
  for (const a of items) {
    start.set(a, Date.parse(a.start));
    const once = isLong(a);
    for (const d of activityDays(a)) {
      if ((from && d < from) || (to && d > to)) continue;
      let list = groups.get(d);
      if (!list) groups.set(d, (list = []));
      list.push(a);
      if (once) break;
    }
  }
  const sorted = new Map([...groups.entries()].sort(([x], [y]) => (x < y ? -1 : 1)));
  for (const list of sorted.values()) list.sort((a, b) => start.get(a)! - start.get(b)! || a.title.localeCompare(b.title));
  return sorted;
}

/** A one-line place: "Online", or "Venue, City". */
export function placeText(a: Activity, onlineLabel: string): string {
  if (!a.location) return onlineLabel;
  return a.location.name === a.location.city ? a.location.city : `${a.location.name}, ${a.location.city}`;
}

/** "Add to calendar" links: the API's `.ics`, Google Calendar, Outlook.com and Microsoft 365. */
export function calendarLinks(base: string, a: Activity): CalendarLinks & { ics: string } {
  return { ics: apiUrl(base, `activities/${encodeURIComponent(a.id)}.ics`), ...links(a) };
}

const SCHEMA = 'https://schema.org/';
const ATTENDANCE = { online: 'OnlineEventAttendanceMode', onsite: 'OfflineEventAttendanceMode', hybrid: 'MixedEventAttendanceMode' } as const;
// Province slugs are their names in lower case ('noord-holland' → 'Noord-Holland').
const regionName = (slug: string) => slug.replace(/(^|-)(\p{L})/gu, (_m, dash: string, c: string) => dash + c.toUpperCase());

/**
 * schema.org `Event` as Google's Event rich results read it (required: name, startDate,
 * location; recommended: description, endDate, eventAttendanceMode, eventStatus,
 * organizer, offers). `location` follows the mode: a `Place` with a `PostalAddress`, a
 * `VirtualLocation` with the online link, or both for hybrid. All-day activities give
 * dates (the last day inclusive), so a search engine does not show "00:00". There is no
 * `image`: activities have none, and a made-up one would mislead. Written as JSON text
 * into the light DOM, never HTML.
 */
export function eventJsonLd(a: Activity): Record<string, unknown> {
  const days = a.allDay ? dayRange(a) : null;
  const l = a.location;
  const place = l && {
    '@type': 'Place',
    name: l.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: l.address ?? undefined,
      postalCode: l.postcode ?? undefined,
      addressLocality: l.city,
      addressRegion: l.province ? regionName(l.province) : undefined,
      addressCountry: 'NL',
    },
    geo: l.lat != null && l.lon != null ? { '@type': 'GeoCoordinates', latitude: l.lat, longitude: l.lon } : undefined,
  };
  const virtual = a.mode !== 'onsite' && { '@type': 'VirtualLocation', url: a.onlineUrl ?? a.registrationUrl ?? undefined };
  const url = a.registrationUrl ?? a.onlineUrl ?? undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: a.title,
    description: a.description || a.title,
    startDate: days ? days.first : a.start,
    endDate: days ? days.last : a.end,
    eventStatus: SCHEMA + (a.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'),
    eventAttendanceMode: SCHEMA + ATTENDANCE[a.mode],
    location: place && virtual ? [place, virtual] : (place || virtual || undefined),
    organizer: { '@type': 'Organization', name: a.organizer.name, url: a.organizer.url ?? undefined },
    offers:
      a.price === null && !url
        ? undefined
        : {
            '@type': 'Offer',
            // Unknown price: the offer still says where to sign up, without a made-up amount.
            price: a.price ?? undefined,
            priceCurrency: a.price === null ? undefined : 'EUR',
            availability: SCHEMA + (a.status === 'cancelled' ? 'SoldOut' : 'InStock'),
            url,
          },
    isAccessibleForFree: a.price === 0 ? true : undefined,
    url,
  };
}
