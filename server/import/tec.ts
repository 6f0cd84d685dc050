/**
 * Import from WordPress sites running The Events Calendar (REST API
 * `/wp-json/tribe/events/v1/events`). `mapTecEvent` turns one event into an Activity;
 * `importTec` pages through a site and upserts, so re-running changes nothing unless the
 * site changed (then `sequence` goes up). `fetch` is injected for tests.
 */
import { createHash } from 'node:crypto';
import { Activity, type ActivityType, type Audience } from '../../src/contract/schema.js';
import { addDays, dateKey, daysBetween, toIsoOffset, zonedInstant } from '../../src/core/dates.js';
import type { Db } from '../db/db.js';
import { normalize } from '../geo/geocoder.js';
import { deriveProvince, normaliseLocation, postcodeOf, priceOf, provinceOf } from '../normalise.js';
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

/** Minutes east of UTC of a zone at an instant, for IANA zones other than Amsterdam. */
function zoneOffset(tz: string, at: number): number | null {
  try {
    const p: Record<string, string> = {};
    const f = new Intl.DateTimeFormat('en-GB', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    for (const { type, value } of f.formatToParts(at)) p[type] = value;
    return Math.round((Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!) - Math.floor(at / 60_000) * 60_000) / 60_000);
  } catch {
    return null; // not a zone Intl knows
  }
}

/**
 * Site-local "2026-06-01 10:00:00" in the site's zone → instant. WordPress sites without a
 * city zone have a fixed offset, written "UTC+1", "UTC-5" or "UTC+5.5" (hours, decimals for
 * half hours); such a site's 10:00 is 09:00 UTC all year, also in summer.
 */
export function siteInstant(local: string | undefined, tz: string | undefined): Date | null {
  const m = local ? /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(local) : null;
  if (!m) return null;
  const [, day, time] = m as unknown as [string, string, string];
  const zone = (tz ?? '').trim();
  if (!zone || zone === 'Europe/Amsterdam') return zonedInstant(day, time);
  const wall = Date.parse(`${day}T${time}:00Z`);
  const fixed = /^(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2}(?:\.\d+)?))?$/i.exec(zone);
  if (fixed) return new Date(wall - (fixed[1] === '-' ? -1 : 1) * Number(fixed[2] ?? 0) * 3_600_000);
  const guess = zoneOffset(zone, wall);
  if (guess === null) return null;
  const off = zoneOffset(zone, wall - guess * 60_000) ?? guess;
  return new Date(wall - off * 60_000);
}

/** The lowest amount of `cost_details.values`, else what the cost text says ("Gratis", "€ 5,00", "5 – 10"). */
function mapPrice(e: TecEvent): number | null {
  const values = (e.cost_details?.values ?? []).map(priceOf).filter((n): n is number => n !== null);
  return values.length ? Math.min(...values) : priceOf(e.cost);
}

/** Longer than this is a mistake (an end typed a year too late), not an activity. */
const MAX_DAYS = 366;
/** Longer than this is imported, but the report lists it for a moderator to check. */
const LONG_DAYS = 31;

/** The stable id of an event of a site: the same on every run, different across sites. */
export const tecId = (site: string, eventId: number) =>
  `tec-${createHash('sha256').update(siteHost(site)).digest('hex').slice(0, 10)}-${eventId}`;

/** The site's host without `www.`: importing `https://www.x.nl` and `http://x.nl/` is one site. */
const siteHost = (site: string) => new URL(site).host.toLowerCase().replace(/^www\./, '');

/** `warning`: imported, but listed in the report (a very long activity, an address without province). */
export type MapResult = { ok: true; id: number; activity: Activity; warning?: string } | { ok: false; id: number; reason: string };

export function mapTecEvent(e: TecEvent, site: string, now: Date): MapResult {
  // TEC's REST API shows drafts, pending, private and scheduled events to logged-in users.
  if (e.status && e.status !== 'publish') return { ok: false, id: e.id, reason: `not published (status ${e.status})` };
  const title = htmlToText(e.title, 140);
  const description = htmlToText(e.description || e.excerpt, 5000);
  // UTC fields when the plugin sends them (since 4.6), else site-local times in the site's zone.
  let start = utcDate(e.utc_start_date) ?? siteInstant(e.start_date, e.timezone);
  let end = utcDate(e.utc_end_date) ?? siteInstant(e.end_date, e.timezone);
  if (!start || !end) return { ok: false, id: e.id, reason: 'no usable start/end' };
  if (e.all_day && e.start_date && e.end_date) {
    // TEC all-day events end at 23:59:59 on the last day; the store keeps whole days.
    start = zonedInstant(e.start_date.slice(0, 10));
    end = zonedInstant(addDays(e.end_date.slice(0, 10), 1));
  }
  if (end < start) return { ok: false, id: e.id, reason: `ends before it starts (${e.start_date} – ${e.end_date})` };
  if (end.getTime() === start.getTime()) end = new Date(start.getTime() + 3_600_000); // no end time given
  const days = daysBetween(dateKey(start), dateKey(end));
  if (days > MAX_DAYS) return { ok: false, id: e.id, reason: `implausible dates: ends ${days} days after it starts (${dateKey(end)})` };
  const warnings: string[] = [];
  if (days > LONG_DAYS) warnings.push(`runs ${days} days, until ${dateKey(end)}`);

  const venue = Array.isArray(e.venue) ? undefined : (e.venue as TecVenue | undefined);
  const lat = Number(venue?.geo_lat);
  const lon = Number(venue?.geo_lng);
  const where = venue?.venue && venue.city
    ? normaliseLocation({
        name: htmlToText(venue.venue, 120),
        address: htmlToText(venue.address, 200) || null,
        postcode: postcodeOf(venue.zip),
        city: htmlToText(venue.city, 80),
        municipality: htmlToText(venue.city, 80),
        province: provinceOf(venue.province ?? venue.stateprovince ?? venue.state),
        lat: lat >= 50.5 && lat <= 53.7 ? lat : null,
        lon: lon >= 3.2 && lon <= 7.3 ? lon : null,
      })
    : null;
  const location = where && { ...where, province: where.province ?? deriveProvince(where) };
  if (location && !location.province) warnings.push(`no province found for ${location.city}`);
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
  return warnings.length ? { ok: true, id: e.id, activity: parsed.data, warning: warnings.join('; ') } : { ok: true, id: e.id, activity: parsed.data };
}

export interface ImportSummary {
  pages: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: { id: number; reason: string }[];
  /** Imported, but worth a moderator's look (a very long activity, an address without province). */
  flagged: { id: number; reason: string }[];
}

const pageUrl = (url: string, page: number) => {
  const u = new URL(url);
  u.searchParams.set('page', String(page));
  return u.href;
};

/**
 * Pages through a site and upserts every event. The next page is `next_rest_url`, else
 * (plugin versions that leave it out) the next page number while the body's `total_pages`
 * or the `X-TEC-TotalPages` header (TEC's own; `X-WP-TotalPages` from proxies that rewrite
 * it) says there are more.
 */
export async function importTec(site: string, db: Db, opts: { fetch?: typeof fetch; now?: Date; maxPages?: number } = {}): Promise<ImportSummary> {
  const doFetch = opts.fetch ?? fetch;
  const now = opts.now ?? new Date();
  const base = site.replace(/\/+$/, '');
  const summary: ImportSummary = { pages: 0, inserted: 0, updated: 0, unchanged: 0, skipped: [], flagged: [] };
  let url: string | undefined = `${base}/wp-json/tribe/events/v1/events?per_page=50&page=1`;
  const seen = new Set<string>();
  const done = new Set<string>();
  while (url && !seen.has(url) && summary.pages < (opts.maxPages ?? 200)) {
    seen.add(url);
    const res: Response = await doFetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(20_000) });
    if (res.status === 404 && summary.pages > 0) break; // past the last page
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const page = (await res.json()) as TecPage;
    summary.pages++;
    const mapped = (page.events ?? []).map((e) => mapTecEvent(e, base, now));
    await db.transaction(async (tx) => {
      for (const m of mapped) {
        if (!m.ok) {
          summary.skipped.push({ id: m.id, reason: m.reason });
          continue;
        }
        // Events added while paging shift the pages: one event may come twice in a run.
        if (done.has(m.activity.id)) continue;
        done.add(m.activity.id);
        if (m.warning) summary.flagged.push({ id: m.id, reason: m.warning });
        summary[await upsertActivity(tx, m.activity, `tec:${siteHost(base)}`, now)]++;
      }
    });
    const header = res.headers.get('x-tec-totalpages') ?? res.headers.get('x-wp-totalpages');
    const total: number | undefined = page.total_pages ?? (Number(header) || undefined);
    url = total !== undefined && summary.pages >= total ? undefined : (page.next_rest_url ?? (total ? pageUrl(url, summary.pages + 1) : undefined));
  }
  return summary;
}

/** The import report, as `npm run import:tec` prints it. */
export function importReport(site: string, s: ImportSummary): string {
  const lines = [
    `${site}: ${s.pages} page(s); imported ${s.inserted}, updated ${s.updated}, unchanged ${s.unchanged}, skipped ${s.skipped.length}, to check ${s.flagged.length}`,
    ...s.skipped.map((k) => `  skipped event ${k.id}: ${k.reason}`),
    ...s.flagged.map((k) => `  check event ${k.id}: ${k.reason}`),
  ];
  return lines.join('\n');
}
