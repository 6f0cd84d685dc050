/**
 * The one fake of the content API, for stories, browser tests and the benchmark pages: its
 * activities (`/activities`) and its walk-in places (`/walk-ins`). It filters, orders and
 * pages like the server (server/routes/activities.ts `parseFilters`, server/store/activities.ts
 * `listActivities`; server/routes/walk-ins.ts and server/store/walk-in-index.ts `nearJson`);
 * test/server/fake-api.test.ts asks the real server and this fake the same questions over the
 * sample data and wants the same ids (and, for places, the same distances).
 *
 * Where it differs from the server, on purpose, to stay small:
 * - `q`: every word must begin a word of the title, description, organizer or city (accents and
 *   case ignored). The server stems Dutch words ("wandelen" finds "wandeling"), drops stop
 *   words and corrects typos; the fake does none of that.
 * - `cursor` is an offset, not the server's keyset token (both are opaque to the widgets).
 * - no 400 for bad parameters: stories and tests send what the elements send.
 * - `/walk-ins`: places come with `openNow: false, nextChange: null` and `openNow=` is not
 *   read (the finder works out open states itself, from each place's hours); a place name in
 *   `near` is looked up in the table the caller gives (test/fixtures/walk-ins.ts `towns`).
 * No DOM and no Node: it runs in the browser tests, in Storybook, in the bench pages and in
 * the server test.
 */
import type { Activity, ActivityPage, WalkIn, WalkInResult } from '../../src/contract/schema.js';
import { provinceOf } from '../../src/contract/vocabulary.js';
import { addDays, isDateKey, zonedInstant } from '../../src/core/dates.js';
import type { Route } from './fake-fetch.js';

/** The server's page size when the request names none. */
const DEFAULT_LIMIT = 50;

/** `2026-06-01` (the start of that day in Amsterdam, or its end for `to`) or an ISO instant. */
function instant(v: string | null, endOfDay: boolean): number | undefined {
  if (!v) return undefined;
  return isDateKey(v) ? zonedInstant(endOfDay ? addDays(v, 1) : v).getTime() : Date.parse(v);
}

/** A comma-separated parameter as a list (`audience=jongeren,ouders`), undefined when absent. */
const list = (v: string | null) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

/** The words of a text, lower case, without accents: what the search compares. */
export const searchWords = (text: string): string[] =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when every word of `q` begins a word of the activity's searchable text (the server's prefix search, without stemming). */
export function matchesQuery(a: Activity, q: string): boolean {
  const wanted = searchWords(q).slice(0, 8);
  if (!wanted.length) return true;
  const words = searchWords(`${a.title} ${a.description} ${a.organizer.name} ${a.location?.city ?? ''}`);
  return wanted.every((w) => words.some((x) => x.startsWith(w)));
}

/** The server's order: by start, then by id. */
export const serverOrder = (a: Activity, b: Activity): number => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The activities the server would list for these query parameters, in its order (start, then id).
 * Without `from` and `to`, what has not ended at `now`. An audience also finds activities for
 * `iedereen`; a mode finds only that mode (`online` does not find `hybrid`).
 */
export function filterActivities(items: readonly Activity[], params: URLSearchParams, now: Date = new Date()): Activity[] {
  const to = instant(params.get('to'), true);
  const from = instant(params.get('from'), false) ?? (to === undefined ? now.getTime() : undefined);
  const audiences = list(params.get('audience'));
  const types = list(params.get('type'));
  const modes = list(params.get('mode'));
  // A province however it is written (provinceOf), else a municipality or city in any case (as the server).
  const region = params.get('region')?.trim();
  const place = region?.toLowerCase();
  const province = region ? provinceOf(region) : undefined;
  const campaign = params.get('campaign')?.trim();
  const organizer = params.get('organizer')?.trim().toLowerCase();
  const q = params.get('q')?.trim();
  return items
    .filter(
      (a) =>
        (from === undefined || Date.parse(a.end) > from) &&
        (to === undefined || Date.parse(a.start) < to) &&
        (!audiences || a.audiences.some((x) => x === 'iedereen' || audiences.includes(x))) &&
        (!types || types.includes(a.type)) &&
        (!modes || modes.includes(a.mode)) &&
        (!region ||
          (province ? a.location?.province === province : a.location?.municipality?.toLowerCase() === place || a.location?.city.toLowerCase() === place)) &&
        (!campaign || a.campaign === campaign) &&
        (!organizer || a.organizer.name.toLowerCase() === organizer) &&
        (!q || matchesQuery(a, q)),
    )
    .sort(serverOrder);
}

export interface FakeApiOptions {
  /** Milliseconds before answering (the loading state). */
  delay?: number;
  /** Answer pages of this size whatever `limit` says (e.g. every match in one page). */
  pageSize?: number;
  /** The server's clock, for requests without `from` and `to`. */
  now?: () => Date;
}

/** One page of the answer to `url`, with `nextCursor` the offset of the next page. */
export function activityPage(items: readonly Activity[], url: URL, opts: FakeApiOptions = {}): ActivityPage {
  const p = url.searchParams;
  const found = filterActivities(items, p, opts.now?.());
  const start = Number(p.get('cursor') ?? 0) || 0;
  const end = start + (opts.pageSize ?? (Number(p.get('limit')) || DEFAULT_LIMIT));
  return { items: found.slice(start, end), nextCursor: end < found.length ? String(end) : null };
}

/** A route for `fakeFetch().on('/activities', fakeActivitiesApi(items))`: `items` served as the API would. */
export const fakeActivitiesApi =
  (items: readonly Activity[], opts: FakeApiOptions = {}): Route =>
  (url) => ({ delay: opts.delay, body: activityPage(items, url, opts) });

// ——— Walk-in places: GET /walk-ins?near=&radius=&audience=&limit= ———

/** A point the API searches from: `lat`, `lon` (WGS84 degrees) and how the answer names it. */
export interface Origin {
  lat: number;
  lon: number;
  label: string;
}

/** Great-circle distance in km on a sphere of 6371 km, as the server's geokdbush. */
export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * `items` within `radius` km of `from` as the API lists them: nearest first by the exact
 * distance (two places both 44.24 km away keep the server's order), `distanceKm` rounded
 * to 10 m, for `audience` or `iedereen`, at most `limit` (the server's defaults: 25 km,
 * every audience, 50).
 */
export function nearPlaces(items: readonly WalkIn[], from: { lat: number; lon: number }, radius = 25, audience = '', limit = 50): WalkInResult[] {
  // Like the server: within the radius and in order by the exact distance, rounded only in the answer.
  return items
    .map((w) => ({ w, d: km(from, w) }))
    .filter(({ w, d }) => d <= radius && (!audience || w.audiences.some((a) => a === audience || a === 'iedereen')))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map(({ w, d }) => ({ ...w, distanceKm: Math.round(d * 100) / 100, openNow: false, nextChange: null }));
}

/**
 * A route for `fakeFetch().on('/walk-ins', fakeWalkInsApi(items, geocode))`: `near` as
 * `lat,lon` or a place `geocode` knows; a 404 `unknown_place` for any other place.
 */
export const fakeWalkInsApi =
  (items: readonly WalkIn[], geocode: (near: string) => Origin | undefined, delay = 0): Route =>
  (url) => {
    const p = url.searchParams;
    const near = p.get('near') ?? '';
    const m = /^(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)$/.exec(near);
    const from = m ? { lat: Number(m[1]), lon: Number(m[2]), label: `${Number(m[1])},${Number(m[2])}` } : geocode(near);
    if (!from) return { delay, status: 404, body: { errors: [{ path: 'near', code: 'unknown_place', message: 'Onbekende plaats' }] } };
    const found = nearPlaces(items, from, Number(p.get('radius') ?? 25), p.get('audience') ?? '', Number(p.get('limit') ?? 50));
    return { delay, body: { items: found, origin: from } };
  };
