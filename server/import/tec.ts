/**
 * Import from WordPress sites running The Events Calendar (REST API
 * `/wp-json/tribe/events/v1/events`). `mapTecEvent` turns one event into an Activity;
 * `importTec` pages through a site and upserts, so re-running changes nothing unless the
 * site changed (then `sequence` goes up). `fetch` is injected for tests.
 */
import { createHash } from 'node:crypto';
import { Activity, PROVINCES, type ActivityType, type Audience, type Province } from '../../src/core/schema.js';
import { addDays, toIsoOffset, zonedInstant } from '../../src/core/dates.js';
import type { Db } from '../db/db.js';
import { lookupTable, normalize } from '../geo/geocoder.js';
import { upsertActivity } from '../store/activities.js';
import { htmlToText } from './html-text.js';

/** The parts of a TEC event we read (see the plugin's REST API docs). */
export interface TecEvent {
  id: number;
  url?: string;
  title?: string;
  description?: string;
  excerpt?: string;
  all_day?: boolean;
  start_date?: string;
  end_date?: string;
  utc_start_date?: string;
  utc_end_date?: string;
  timezone?: string;
  modified_utc?: string;
  cost?: string;
  cost_details?: { currency_symbol?: string; values?: (string | number)[] };
  website?: string;
  status?: string;
  event_status?: string;
  is_virtual?: boolean;
  virtual_url?: string;
  venue?: TecVenue | unknown[];
  organizer?: { organizer?: string; website?: string }[] | unknown[];
  categories?: { name?: string; slug?: string }[];
  tags?: { name?: string; slug?: string }[];
}
interface TecVenue {
  venue?: string;
  address?: string;
  city?: string;
  zip?: string;
  province?: string;
  stateprovince?: string;
  state?: string;
  country?: string;
  geo_lat?: number | string;
  geo_lng?: number | string;
}
export interface TecPage {
  events: TecEvent[];
  total?: number;
  total_pages?: number;
  next_rest_url?: string;
}

const TYPE_WORDS: [RegExp, ActivityType][] = [
  [/webinar|online sessie|livestream/, 'webinar'],
  [/workshop|training|cursus/, 'workshop'],
  [/wandel|walk/, 'wandeling'],
  [/dans|dance/, 'dans'],
  [/sport|beweeg|yoga|hardlo|bootcamp/, 'sport'],
  [/film|movie|cinema/, 'film'],
  [/meetup|meet-up|ontmoet/, 'meetup'],
  [/lezing|lecture|talk|presentatie/, 'lezing'],
  [/open dag|open-dag|open huis|open day/, 'open-dag'],
  [/congres|symposium|conferen/, 'congres'],
  [/podcast/, 'podcast'],
  [/festival/, 'festival'],
];
const AUDIENCE_WORDS: [RegExp, Audience][] = [
  [/jongeren|jeugd|youth|tieners/, 'jongeren'],
  [/student/, 'studenten'],
  [/ouders|parents/, 'ouders'],
  [/onderwijs|school|leraren|docenten|teachers/, 'onderwijs'],
  [/werknemers|werkenden|employees/, 'werkenden'],
  [/werkgevers|employers/, 'werkgevers'],
  [/ouderen|senioren|elderly/, 'ouderen'],
  [/professional|zorgverleners/, 'professionals'],
];
const PROVINCE_NAMES: Record<string, Province> = {
  fryslan: 'friesland', 'north holland': 'noord-holland', 'south holland': 'zuid-holland', 'north brabant': 'noord-brabant', brabant: 'noord-brabant',
};

const words = (e: TecEvent) => normalize([...(e.categories ?? []), ...(e.tags ?? [])].map((c) => `${c.name ?? ''} ${c.slug ?? ''}`).join(' '));

export function mapType(e: TecEvent): ActivityType {
  const w = `${words(e)} ${normalize(htmlToText(e.title, 200))}`;
  return TYPE_WORDS.find(([re]) => re.test(w))?.[1] ?? 'overig';
}

function mapAudiences(e: TecEvent): Audience[] {
  const w = words(e);
  const found = AUDIENCE_WORDS.filter(([re]) => re.test(w)).map(([, a]) => a);
  return found.length ? found : ['iedereen'];
}

function mapProvince(name: string | undefined, city: string | undefined): Province | null {
  const n = normalize(name ?? '').replace(/\s+/g, ' ');
  const slug = n.replace(/ /g, '-');
  if ((PROVINCES as readonly string[]).includes(slug)) return slug as Province;
  if (PROVINCE_NAMES[n]) return PROVINCE_NAMES[n];
  const place = city ? lookupTable(city) : null;
  return (place?.province as Province | undefined) ?? null;
}

const httpUrl = (u: string | undefined | null): string | null => {
  if (!u) return null;
  try {
    const url = new URL(u.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
};

/** "2026-06-01 08:00:00" in UTC → Date. */
const utcDate = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(s) ? new Date(`${s.replace(' ', 'T')}Z`) : null);

function mapPrice(e: TecEvent): number | null {
  const v = e.cost_details?.values?.[0];
  const n = typeof v === 'number' ? v : v !== undefined ? Number(String(v).replace(',', '.')) : NaN;
  if (Number.isFinite(n) && n >= 0 && n <= 10000) return n;
  if (/gratis|free|kosteloos/i.test(e.cost ?? '')) return 0;
  return null;
}

/** The stable id of an event of a site: the same on every run, different across sites. */
export const tecId = (site: string, eventId: number) =>
  `tec-${createHash('sha256').update(new URL(site).host.toLowerCase()).digest('hex').slice(0, 10)}-${eventId}`;

export type MapResult = { ok: true; activity: Activity } | { ok: false; id: number; reason: string };

export function mapTecEvent(e: TecEvent, site: string, now: Date): MapResult {
  const title = htmlToText(e.title, 140);
  const description = htmlToText(e.description || e.excerpt, 5000);
  let start = utcDate(e.utc_start_date);
  let end = utcDate(e.utc_end_date);
  if ((!start || !end) && e.start_date && e.end_date && (!e.timezone || e.timezone === 'Europe/Amsterdam')) {
    // Without UTC fields, site-local times are read as Amsterdam wall time.
    start = zonedInstant(e.start_date.slice(0, 10), e.start_date.slice(11, 16));
    end = zonedInstant(e.end_date.slice(0, 10), e.end_date.slice(11, 16));
  }
  if (!start || !end) return { ok: false, id: e.id, reason: 'no usable start/end' };
  if (e.all_day && e.start_date && e.end_date) {
    // TEC all-day events end at 23:59:59 on the last day; we use the next midnight.
    start = zonedInstant(e.start_date.slice(0, 10));
    end = zonedInstant(addDays(e.end_date.slice(0, 10), 1));
  }
  if (end <= start) end = new Date(start.getTime() + 3_600_000);

  const venue = Array.isArray(e.venue) ? undefined : (e.venue as TecVenue | undefined);
  const province = venue ? mapProvince(venue.province ?? venue.stateprovince ?? venue.state, venue.city) : null;
  const lat = Number(venue?.geo_lat);
  const lon = Number(venue?.geo_lng);
  const location =
    venue?.venue && venue.city && province
      ? {
          name: htmlToText(venue.venue, 120),
          address: htmlToText(venue.address, 200) || null,
          postcode: venue.zip && /^\d{4} ?[A-Z]{2}$/i.test(venue.zip.trim()) ? venue.zip.trim().toUpperCase() : null,
          city: htmlToText(venue.city, 80),
          municipality: htmlToText(venue.city, 80),
          province,
          lat: lat >= 50.5 && lat <= 53.7 ? lat : null,
          lon: lon >= 3.2 && lon <= 7.3 ? lon : null,
        }
      : null;
  const onlineUrl = httpUrl(e.virtual_url);
  const organizerList = (Array.isArray(e.organizer) ? e.organizer : []) as { organizer?: string; website?: string }[];
  const org = organizerList[0];
  const organizerName = htmlToText(org?.organizer, 120) || new URL(site).host;
  const candidate = {
    id: tecId(site, e.id),
    title,
    description,
    type: mapType(e),
    audiences: mapAudiences(e),
    mode: onlineUrl ? (location ? 'hybrid' : 'online') : 'onsite',
    start: toIsoOffset(start),
    end: toIsoOffset(end),
    allDay: Boolean(e.all_day),
    status: /cancel/i.test(`${e.event_status ?? ''}`) ? 'cancelled' : 'scheduled',
    campaign: null,
    organizer: { name: organizerName, url: httpUrl(org?.website) },
    location,
    onlineUrl,
    price: mapPrice(e),
    registrationUrl: httpUrl(e.website) ?? httpUrl(e.url),
    accessibility: null,
    updatedAt: toIsoOffset(utcDate(e.modified_utc) ?? now),
    sequence: 0,
    sample: false,
  };
  const parsed = Activity.safeParse(candidate);
  if (!parsed.success) return { ok: false, id: e.id, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, activity: parsed.data };
}

export interface ImportSummary {
  pages: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: { id: number; reason: string }[];
}

/** Pages through a site (following next_rest_url, bounded by total_pages) and upserts every event. */
export async function importTec(site: string, db: Db, opts: { fetch?: typeof fetch; now?: Date; maxPages?: number } = {}): Promise<ImportSummary> {
  const doFetch = opts.fetch ?? fetch;
  const now = opts.now ?? new Date();
  const base = site.replace(/\/+$/, '');
  const summary: ImportSummary = { pages: 0, inserted: 0, updated: 0, unchanged: 0, skipped: [] };
  let url: string | undefined = `${base}/wp-json/tribe/events/v1/events?per_page=50&page=1`;
  const seen = new Set<string>();
  while (url && !seen.has(url) && summary.pages < (opts.maxPages ?? 200)) {
    seen.add(url);
    const res = await doFetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(20_000) });
    if (res.status === 404 && summary.pages > 0) break; // past the last page
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const page = (await res.json()) as TecPage;
    summary.pages++;
    const mapped = (page.events ?? []).map((e) => mapTecEvent(e, base, now));
    await db.transaction(async (tx) => {
      for (const m of mapped) {
        if (!m.ok) summary.skipped.push({ id: m.id, reason: m.reason });
        else summary[await upsertActivity(tx, m.activity, `tec:${new URL(base).host}`, now)]++;
      }
    });
    url = page.next_rest_url && (!page.total_pages || summary.pages < page.total_pages) ? page.next_rest_url : undefined;
  }
  return summary;
}

