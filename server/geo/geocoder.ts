/**
 * Dutch postcode or place name → coordinates. Default: the bundled offline tables
 * (places.json from GeoNames, postcodes.ts approximate areas), no network. With
 * MM_GEOCODER=pdok it asks PDOK Locatieserver first (2 s timeout, LRU cache) and falls
 * back to the tables. Never answers with a place outside the Netherlands.
 */
import { createRequire } from 'node:module';
import { SUGGEST_MAX, type GeocodeSuggestion } from '../../src/contract/schema.js';
import { POSTCODE_AREAS } from './postcodes.js';

export interface GeoResult {
  lat: number;
  lon: number;
  label: string;
  province?: string;
}
export type Geocoder = (q: string) => Promise<GeoResult | null>;

type PlaceRow = [name: string, lat: number, lon: number, province: string];
const require = createRequire(import.meta.url);
const PLACES = require('./places.json') as PlaceRow[];

/** Common Dutch names GeoNames spells differently. */
const ALIASES: Record<string, string> = {
  almere: 'Almere Stad',
  noordwijk: 'Noordwijk-Binnen',
  "'s-gravenhage": 'Den Haag',
  's-gravenhage': 'Den Haag',
  'the hague': 'Den Haag',
  'den bosch': "'s-Hertogenbosch",
  's-hertogenbosch': "'s-Hertogenbosch",
};

export const normalize = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const byName = new Map<string, PlaceRow>();
for (const row of PLACES) if (!byName.has(normalize(row[0]))) byName.set(normalize(row[0]), row);

/** The province of a place name, in the given province when the name occurs in several (Hengelo, Laren, Beek). */
export function placeProvince(name: string, inProvince?: string | null): string | null {
  const n = normalize(ALIASES[normalize(name)] ?? name);
  const rows = PLACES.filter((r) => normalize(r[0]) === n);
  return (rows.find((r) => r[3] === inProvince) ?? rows[0])?.[3] ?? null;
}

/** The province of the nearest place in the table, for coordinates inside the Netherlands. */
export function nearestProvince(lat: number, lon: number): string | null {
  if (!(lat >= 50.7 && lat <= 53.6 && lon >= 3.3 && lon <= 7.25)) return null;
  let best: PlaceRow | undefined;
  let d = Infinity;
  for (const r of PLACES) {
    // Degrees of longitude are about 0.6 of a degree of latitude here: enough to rank.
    const e = (r[1] - lat) ** 2 + ((r[2] - lon) * 0.6) ** 2;
    if (e < d) [d, best] = [e, r];
  }
  return best?.[3] ?? null;
}

const POSTCODE = /^([1-9]\d{3})\s?([a-z]{2})?$/i;

/** The offline lookup: postcode area first, then the exact place name (accents and case ignored). */
export function lookupTable(q: string): GeoResult | null {
  const query = normalize(q);
  const pc = POSTCODE.exec(query);
  if (pc) {
    const place = byName.get(normalize(POSTCODE_AREAS[pc[1]!.slice(0, 2)] ?? ''));
    if (!place) return null;
    const code = pc[2] ? `${pc[1]} ${pc[2].toUpperCase()}` : pc[1]!;
    return { lat: place[1], lon: place[2], label: `${code} (${place[0]}, ongeveer)`, province: place[3] };
  }
  const alias = ALIASES[query];
  const row = alias ? byName.get(normalize(alias)) : byName.get(query);
  return row ? { lat: row[1], lon: row[2], label: row[0], province: row[3] } : null;
}

// Province slugs are their names in lower case ('noord-holland' → 'Noord-Holland').
const provinceName = (slug: string) => slug.replace(/(^|-)(\p{L})/gu, (_m, dash: string, c: string) => dash + c.toUpperCase());

/** Place names normalised once, sorted (shorter first: "Utrecht" before "Utrechtse Heuvelrug"). */
const SUGGESTABLE = [...PLACES]
  .map((row) => ({ row, key: normalize(row[0]) }))
  .sort((a, b) => a.key.length - b.key.length || a.key.localeCompare(b.key));
const NAME_COUNT = new Map<string, number>();
for (const { key } of SUGGESTABLE) NAME_COUNT.set(key, (NAME_COUNT.get(key) ?? 0) + 1);
const DIGITS = /^[1-9]\d{0,2}$/;

/**
 * Up to `max` places and postcodes that start with what was typed, for the finder's
 * combobox, from the offline tables (accents, case and extra spaces ignored):
 * - a whole postcode (`9711`, `9711 AB`): that postcode, placed at its area's main place;
 * - 1–3 digits: the postcode areas (first two digits) that start with them (`97xx`);
 * - text: places whose name starts with it, then places with a later word that does
 *   ("haag" → Den Haag), then the aliases (`den bosch`); the shortest name first.
 */
export function suggestTable(q: string, max = SUGGEST_MAX): GeocodeSuggestion[] {
  const query = normalize(q);
  if (!query) return [];
  if (POSTCODE.test(query)) {
    const found = lookupTable(query);
    return found ? [{ kind: 'postcode', label: found.label, value: found.label.split(' (')[0]!, lat: found.lat, lon: found.lon }] : [];
  }
  if (DIGITS.test(query)) {
    // One digit lists the areas under it (`9` → 90xx … 99xx); two or three pick one area,
    // whose main place is the best guess the table has for any postcode in it.
    const out: GeocodeSuggestion[] = [];
    for (const [area, name] of Object.entries(POSTCODE_AREAS)) {
      const place = byName.get(normalize(name));
      if (!place || !(query.length === 1 ? area.startsWith(query) : area === query.slice(0, 2))) continue;
      const code = query.length === 3 ? `${query}x` : `${area}xx`;
      out.push({ kind: 'postcode', label: `${code} (${place[0]}, ongeveer)`, value: place[0], lat: place[1], lon: place[2] });
    }
    return out.slice(0, max);
  }
  const starts: PlaceRow[] = [];
  const words: PlaceRow[] = [];
  for (const { row, key } of SUGGESTABLE) {
    if (key.startsWith(query)) starts.push(row);
    else if (key.split(/[\s'-]+/).some((w, i) => i > 0 && w.startsWith(query))) words.push(row);
  }
  for (const [alias, name] of Object.entries(ALIASES)) {
    const row = byName.get(normalize(name));
    if (alias.startsWith(query) && row && !starts.includes(row) && !words.includes(row)) words.push(row);
  }
  return [...starts, ...words].slice(0, max).map((row) => {
    const shared = (NAME_COUNT.get(normalize(row[0])) ?? 1) > 1;
    return {
      kind: 'place' as const,
      label: shared ? `${row[0]} (${provinceName(row[3])})` : row[0],
      value: row[0],
      lat: row[1],
      lon: row[2],
    };
  });
}

/** Places of a province (for sample data and region checks). */
export function placeByName(name: string): GeoResult | null {
  return lookupTable(name);
}

export const tableGeocoder: Geocoder = async (q) => lookupTable(q);

/** PDOK Locatieserver with a small LRU cache; any failure falls back to the table. */
export function pdokGeocoder(fetchImpl: typeof fetch = fetch, cacheSize = 500): Geocoder {
  const cache = new Map<string, GeoResult | null>();
  return async (q) => {
    const key = normalize(q);
    if (cache.has(key)) {
      const hit = cache.get(key)!;
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    let result: GeoResult | null = null;
    try {
      const url = `https://api.pdok.nl/bzk/locatieserver/search/v3_1/free?q=${encodeURIComponent(q)}&rows=1&fl=weergavenaam,centroide_ll`;
      const res = await fetchImpl(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) {
        const body = (await res.json()) as { response?: { docs?: { weergavenaam?: string; centroide_ll?: string }[] } };
        const doc = body.response?.docs?.[0];
        const m = doc?.centroide_ll && /POINT\(([\d.]+) ([\d.]+)\)/.exec(doc.centroide_ll);
        if (m && doc?.weergavenaam) result = { lon: +m[1]!, lat: +m[2]!, label: doc.weergavenaam };
      }
    } catch {
      // Network trouble or timeout: the offline table below still answers.
    }
    result ??= lookupTable(q);
    cache.set(key, result);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    return result;
  };
}

export function geocoderFromEnv(env: NodeJS.ProcessEnv = process.env): Geocoder {
  return env.MM_GEOCODER === 'pdok' ? pdokGeocoder() : tableGeocoder;
}
