/**
 * A partner's attribute values checked against the contract's vocabulary before anything is
 * asked of the API. A typo (`audience="jongere"`) used to reach the API, come back as a 400
 * and show visitors "Er ging iets mis bij de server" with a retry that could never help. Now:
 * case and spaces do not matter (`" Jongeren "` is `jongeren`); a value that still is not
 * allowed is told to the webmaster once, in the console, with the element, the attribute, the
 * value, the nearest allowed value and the whole list; the element shows visitors a neutral
 * message instead of its data (`Misconfigured`).
 */
import { PROVINCES, provinceOf, regionKey } from '../contract/vocabulary.js';

/** Thrown by an element's data task when an attribute makes no sense: nothing to retry. */
export class Misconfigured extends Error {
  override name = 'Misconfigured';
}

const warned = new Set<string>();

/** Tell the webmaster once per element kind, attribute and value. */
export function warnAttribute(el: Element, attr: string, value: string, hint: string): void {
  const key = `${el.localName} ${attr} ${value}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[missie-mentaal] <${el.localName} ${attr}="${value}">: ${hint}`);
}

/** Levenshtein distance, for "did you mean": short words, so the plain table is fine. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** The allowed value `p` is most likely a typo of, if any is close enough. */
function nearest(p: string, allowed: readonly string[]): string | undefined {
  const near = allowed.map((a) => [a, distance(p, a)] as const).sort((x, y) => x[1] - y[1])[0];
  return near && near[1] <= Math.max(2, Math.floor(p.length / 3)) ? near[0] : undefined;
}

/**
 * `raw` (one value, or several separated by commas) as the allowed values it means, or
 * `undefined` when a part is not allowed (told to the webmaster). Empty: `''`.
 */
export function choiceAttribute(el: Element, attr: string, raw: string, allowed: readonly string[]): string | undefined {
  const parts = raw.split(',').map((p) => p.trim().toLowerCase().replace(/\s+/g, '-')).filter(Boolean);
  for (const p of parts) {
    if (allowed.includes(p)) continue;
    const near = nearest(p, allowed);
    warnAttribute(el, attr, raw, `"${p}" is not a value of ${attr}. ${near ? `Did you mean "${near}"? ` : ''}Allowed: ${allowed.join(', ')}.`);
    return undefined;
  }
  return parts.join(',');
}

/** HTML's global attributes (and `data-*`, `aria-*`, event handlers): never taken for a typo. */
const GLOBAL = /^(?:id|class|style|lang|dir|hidden|title|slot|part|tabindex|role|inert|is|nonce|translate|exportparts|popover|autofocus|accesskey|draggable|spellcheck|contenteditable|data-.*|aria-.*|on.*)$/;

/**
 * An attribute whose name is a typo of one the element has (`audiance` for `audience`): told
 * to the webmaster once, because the element would silently ignore it. Other unknown names
 * (a CMS's own) are left alone.
 */
export function checkAttributeNames(el: Element, known: readonly string[]): void {
  for (const { name, value } of el.attributes) {
    const near = known.includes(name) || GLOBAL.test(name) ? undefined : nearest(name, known);
    if (near) warnAttribute(el, name, value, `<${el.localName}> has no attribute "${name}", so it is ignored. Did you mean "${near}"?`);
  }
}

/**
 * `region`: a province however it is written (`provinceOf`: "Noord-Holland" is
 * `noord-holland`), or a municipality's or city's name ("Zwolle"), kept as written (the API
 * reads it the same way). `undefined` when it is no province but so close to one that it
 * must be a typo ("utrect"): the API would find nothing, and nobody would know why.
 */
export function regionAttribute(el: Element, raw: string): string | undefined {
  if (!raw.trim() || provinceOf(raw)) return raw.trim();
  // Compared in the form provinceOf() reads ("Utrect" → `utrect`, one edit from `utrecht`).
  const near = nearest(regionKey(raw), PROVINCES);
  if (!near) return raw.trim();
  warnAttribute(el, 'region', raw, `"${raw.trim()}" is not a province. Did you mean "${near}"? Allowed: ${PROVINCES.join(', ')}, or the name of a municipality.`);
  return undefined;
}

/** A date attribute (`from`, `to`, `week`): `2026-06-01`, or a moment with its offset. */
export function dateAttribute(el: Element, attr: string, raw: string): string | undefined {
  const v = raw.trim();
  if (!v || /^\d{4}-\d\d-\d\d$/.test(v) || (/^\d{4}-\d\d-\d\dT/.test(v) && !Number.isNaN(Date.parse(v)))) return v;
  warnAttribute(el, attr, raw, `write the date as year-month-day, for example ${attr}="2026-06-01".`);
  return undefined;
}
