/**
 * Search that never dead-ends. Two ways people got "nothing found" for no good reason:
 * - only stop words ("de", "het"): the Dutch text-search configuration drops them, so the
 *   query was empty and matched nothing. Now the words filter is left out (everything else
 *   still applies) and the answer says so (`corrected: ""`).
 * - a typo ("wandelng"): when a query finds nothing, each unknown word is replaced by the
 *   nearest word of the activities' own texts (at most one edit for short words, two for
 *   longer ones) and the search runs again; the answer names the query it used
 *   (`corrected: "wandeling"`), so the list can say "results for …". A typo in a word the
 *   texts have only in another form ("wandleing", the texts say "wandelen") is matched by
 *   its start without the Dutch ending.
 */
import type { ActivityPage } from '../../src/contract/schema.js';
import type { Queryable } from '../db/db.js';
import { normalize } from '../geo/geocoder.js';
import { listActivities, type ActivityFilters } from './activities.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a query that mean something to the Dutch text search (not "de", "het", "en"). */
async function meaningfulWords(db: Queryable, q: string): Promise<string[]> {
  const words = q.normalize('NFC').match(WORD)?.slice(0, 8) ?? [];
  if (!words.length) return [];
  const rows = await db.query<{ w: string }>(
    `SELECT w FROM unnest($1::text[]) WITH ORDINALITY AS t(w, n) WHERE to_tsvector('mm_dutch', w) <> ''::tsvector ORDER BY n`,
    [words],
  );
  return rows.map((r) => r.w);
}

/** Words of the activities' titles, descriptions and places, with how often they occur; cached a minute. */
const vocabularies = new WeakMap<Queryable, { at: number; words: Map<string, number> }>();
async function vocabulary(db: Queryable): Promise<Map<string, number>> {
  const hit = vocabularies.get(db);
  if (hit && Date.now() - hit.at < 60_000) return hit.words;
  const rows = await db.query<{ t: string }>(
    `SELECT concat_ws(' ', doc->>'title', doc->>'description', doc->'location'->>'city', doc->'organizer'->>'name') AS t FROM activities`,
  );
  const words = new Map<string, number>();
  for (const r of rows) for (const w of normalize(r.t).match(WORD) ?? []) if (w.length >= 4) words.set(w, (words.get(w) ?? 0) + 1);
  vocabularies.set(db, { at: Date.now(), words });
  return words;
}

/** Optimal string alignment distance (a swap of two letters is one edit), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    [prev2, prev] = [prev, row];
  }
  return prev[b.length]!;
}

/** The known word nearest to `w` (fewest edits, then the most frequent), compared as `form` gives it; null when none is within `max`. */
function nearest(w: string, known: Map<string, number>, max: number, form: (k: string) => string = (k) => k): string | null {
  let best: [string, number, number] | null = null;
  for (const [k, n] of known) {
    const d = editDistance(w, form(k), max);
    if (d <= max && (!best || d < best[1] || (d === best[1] && n > best[2]))) best = [k, d, n];
  }
  return best?.[0] ?? null;
}

// Dutch endings of the forms of one word (wandeling, wandelingen, wandelen, wandelde).
const ENDINGS = ['ingen', 'ing', 'en', 'de', 'te', 'e', 's'];

/**
 * A typo in a word the programme only has in another form ("wandleing" where the texts say
 * "wandelen"): the typed word without its ending, one edit at most from the start of a known word.
 */
function inflected(w: string, known: Map<string, number>): string | null {
  const ending = ENDINGS.find((e) => w.endsWith(e) && w.length - e.length >= 4);
  if (!ending) return null;
  const base = w.slice(0, -ending.length);
  return nearest(base, known, 1, (k) => k.slice(0, base.length));
}

/** The nearest known word to each unknown one; null when nothing is near enough. */
export function correctWords(words: string[], known: Map<string, number>): string[] | null {
  let changed = false;
  const out = words.map((word) => {
    const w = normalize(word);
    // Known, or the start of a known word (search as you type): keep it.
    if (w.length < 4 || known.has(w) || [...known.keys()].some((k) => k.startsWith(w))) return word;
    const found = nearest(w, known, w.length <= 5 ? 1 : 2) ?? inflected(w, known);
    if (!found) return word;
    changed = true;
    return found;
  });
  return changed ? out : null;
}

/** `listActivities` with the search text made useful: stop words, then typos (see above). */
export async function searchActivities(db: Queryable, f: ActivityFilters): Promise<ActivityPage> {
  if (!f.q) return listActivities(db, f);
  const words = await meaningfulWords(db, f.q);
  if (!words.length && /[\p{L}\p{N}]/u.test(f.q)) return { ...(await listActivities(db, { ...f, q: undefined })), corrected: '' };
  const page = await listActivities(db, f);
  if (page.items.length || !words.length) return page;
  const fixed = correctWords(words, await vocabulary(db));
  if (!fixed) return page;
  const q = fixed.join(' ');
  const again = await listActivities(db, { ...f, q });
  return again.items.length ? { ...again, corrected: q } : page;
}
