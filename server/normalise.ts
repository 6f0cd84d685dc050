/**
 * Partner data, cleaned on the way in: one normaliser for the submission endpoint, the
 * moderation edits and the TEC import, so the three agree (and the exports show what was
 * stored). Dutch postcodes in every spelling become `1234 AB`; a missing province comes from
 * the place (also "Hengelo (Gld)"), the postcode or the coordinates; prices come from the
 * cost texts people write ("Gratis", "€ 5,00", "5 – 10").
 */
import { PROVINCES, type Province } from '../src/contract/schema.js';
import { lookupTable, nearestProvince, normalize, placeProvince } from './geo/geocoder.js';

// No 0 as first digit; letters may be separated by a space, a dash or a dot, in any case.
const POSTCODE = /^([1-9]\d{3})\s*[-.]?\s*([a-z]{2})$/i;

/** `1234ab`, `1234 ab`, ` 1234-AB ` → `1234 AB`; anything else → null. */
export function postcodeOf(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const m = POSTCODE.exec(s.trim());
  return m ? `${m[1]} ${m[2]!.toUpperCase()}` : null;
}

/** Province names and the abbreviations used in Dutch addresses ("Bergen (NH)", "Hengelo (Gld)"). */
const PROVINCE_WORDS: Record<string, Province> = {
  fryslan: 'friesland', 'north holland': 'noord-holland', 'south holland': 'zuid-holland', 'north brabant': 'noord-brabant', brabant: 'noord-brabant',
  gr: 'groningen', gn: 'groningen', gron: 'groningen', fr: 'friesland', frl: 'friesland', f: 'friesland', dr: 'drenthe', d: 'drenthe',
  ov: 'overijssel', o: 'overijssel', fl: 'flevoland', flev: 'flevoland', gld: 'gelderland', gl: 'gelderland', g: 'gelderland',
  ut: 'utrecht', utr: 'utrecht', u: 'utrecht', nh: 'noord-holland', zh: 'zuid-holland', z: 'zeeland', zl: 'zeeland', zld: 'zeeland',
  nb: 'noord-brabant', br: 'noord-brabant', l: 'limburg', lb: 'limburg', li: 'limburg', limb: 'limburg',
};

/** A province from its name, slug or abbreviation; null when it is none. */
export function provinceOf(name: unknown): Province | null {
  if (typeof name !== 'string') return null;
  const n = normalize(name).replace(/\s+/g, ' ');
  const slug = n.replace(/ /g, '-');
  if ((PROVINCES as readonly string[]).includes(slug)) return slug as Province;
  return PROVINCE_WORDS[n] ?? PROVINCE_WORDS[n.replace(/[.\s-]/g, '')] ?? null;
}

/** "Hengelo (Gld)" → Hengelo in Gelderland; "Utrecht" → Utrecht, province unknown here. */
export function placeOf(s: string): { city: string; province: Province | null } {
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(s.trim());
  return m && m[1] ? { city: m[1], province: provinceOf(m[2]) } : { city: s.trim(), province: null };
}

/** The province of a place, the place's postcode or its coordinates, in that order. */
export function deriveProvince(where: { city?: unknown; postcode?: string | null; lat?: unknown; lon?: unknown }): Province | null {
  const place = typeof where.city === 'string' ? placeOf(where.city) : null;
  const found =
    place?.province ??
    (place && placeProvince(place.city)) ??
    (where.postcode ? lookupTable(where.postcode)?.province : null) ??
    (typeof where.lat === 'number' && typeof where.lon === 'number' ? nearestProvince(where.lat, where.lon) : null);
  return (found as Province | null | undefined) ?? null;
}

/**
 * A location as people send it, cleaned: postcode spelled `1234 AB` (or null when it is no
 * Dutch postcode), the region taken out of the place name, the province filled in when it
 * is missing. Works on unchecked input (before validation): other values pass unchanged.
 */
export function normaliseLocation<T>(loc: T): T {
  if (!loc || typeof loc !== 'object') return loc;
  const l = { ...(loc as Record<string, unknown>) };
  if (typeof l.postcode === 'string') l.postcode = l.postcode.trim() === '' ? null : (postcodeOf(l.postcode) ?? l.postcode);
  if (typeof l.city === 'string') {
    const place = placeOf(l.city);
    l.city = place.city;
    if (typeof l.municipality === 'string') l.municipality = placeOf(l.municipality).city;
    if (!provinceOf(l.province)) {
      const derived = place.province ?? deriveProvince({ ...l, postcode: postcodeOf(l.postcode) });
      if (derived) l.province = derived;
    } else l.province = provinceOf(l.province);
  }
  return l as T;
}

const placeKey = (l: Record<string, unknown>) => [
  typeof l.city === 'string' ? normalize(placeOf(l.city).city) : l.city,
  typeof l.postcode === 'string' ? (postcodeOf(l.postcode) ?? l.postcode.trim()) : (l.postcode ?? null),
];

/**
 * An edited location (the management page, the moderation edit) against the one before:
 * what followed from the old place does not hold for a new one. Another city or postcode
 * drops the province (derived again by `normaliseLocation`) and, with another city, the
 * municipality; another address drops the coordinates. Fields the edit itself changed stay
 * as sent. Unchecked input: anything but two objects passes unchanged.
 */
export function relocated<T>(before: unknown, after: T): T {
  if (!before || typeof before !== 'object' || !after || typeof after !== 'object') return after;
  const b = before as Record<string, unknown>;
  const l = { ...(after as Record<string, unknown>) };
  const [bCity, bCode] = placeKey(b);
  const [aCity, aCode] = placeKey(l);
  const kept = (k: string) => l[k] === b[k];
  if ((aCity !== bCity || aCode !== bCode) && kept('province')) l.province = null;
  if (aCity !== bCity && kept('municipality')) l.municipality = null;
  if ((aCity !== bCity || aCode !== bCode || (l.address ?? null) !== (b.address ?? null)) && kept('lat') && kept('lon')) [l.lat, l.lon] = [null, null];
  return l as T;
}

/** A form body (or a moderator's merged edit) before validation: its location cleaned. */
export function normaliseSubmission<T extends Record<string, unknown>>(body: T): T {
  return 'location' in body ? { ...body, location: normaliseLocation(body.location) } : body;
}

const amount = (s: string) => Number(s.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.'));

/**
 * A price in euros from a cost text: "Gratis"/"Free"/"€ 0" → 0; "€ 5,00" → 5;
 * "5 – 10" or "vanaf € 7,50" → the lowest amount (what it costs at least); "€ 1.250" → 1250.
 * Null when it names no amount ("Vrije gift", "Op aanvraag").
 */
export function priceOf(cost: unknown): number | null {
  if (typeof cost === 'number') return cost >= 0 && cost <= 10000 ? cost : null;
  if (typeof cost !== 'string') return null;
  const text = cost.replace(/&euro;|&#8364;/gi, '€');
  // "Gratis (vrije gift € 5 welkom)": what it says first is what it costs.
  if (/^\W*(gratis|free|kosteloos)\b/i.test(text)) return 0;
  const numbers = (text.match(/\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?/g) ?? []).map(amount).filter((n) => n >= 0 && n <= 10000);
  if (numbers.length) return Math.min(...numbers);
  return /\b(gratis|free|kosteloos|geen kosten)\b/i.test(text) ? 0 : null;
}
