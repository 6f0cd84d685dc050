/**
 * Query-string parsing for read endpoints: every parameter is checked, and anything odd
 * (control characters, broken Unicode, over-long values) is a 400 with the error shape.
 */
import type { MiddlewareHandler } from 'hono';
import { apiError, type ErrorItem } from './errors.js';

/**
 * Refuses (400 `unknown_parameter`) any query parameter the route does not name. A typo
 * then shows instead of being ignored, and `&_=123` cannot make every request a new
 * response-cache entry (the cache is keyed by the full URL).
 */
export const onlyParams =
  (...names: string[]): MiddlewareHandler =>
  async (c, next) => {
    const unknown = Object.keys(c.req.queries()).filter((k) => !names.includes(k));
    if (unknown.length) return apiError(c, 400, unknown.map((path) => ({ path, code: 'unknown_parameter' })));
    return next();
  };

export class QueryErrors {
  readonly items: ErrorItem[] = [];
  add(path: string, code: string): undefined {
    this.items.push({ path, code });
    return undefined;
  }
}

/** A half of a surrogate pair without its other half: not a character, no database takes it. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// C0/C1 controls and lone surrogates (from broken %-encodings) are never valid input here.
const BAD = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f]|${LONE_SURROGATE.source}`);

/** A text parameter: trimmed, ≤ max characters, no control characters or broken Unicode. */
export function textParam(value: string | undefined, name: string, errs: QueryErrors, max = 200): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (BAD.test(v) || v.includes('\ufffd')) return errs.add(name, 'invalid_format');
  if (v.length > max) return errs.add(name, 'too_big');
  return v === '' ? undefined : v;
}

/** A comma-separated list of enum values. */
export function enumList<T extends string>(value: string | undefined, name: string, allowed: readonly T[], errs: QueryErrors): T[] | undefined {
  const v = textParam(value, name, errs);
  if (v === undefined) return undefined;
  const parts = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (!parts.length || parts.some((p) => !(allowed as readonly string[]).includes(p))) return errs.add(name, 'invalid_value');
  return parts as T[];
}

/** A number written as `pattern` allows, within [min, max]; `fallback` when absent or wrong (with the error added). */
function boundedParam(pattern: RegExp) {
  return (value: string | undefined, name: string, errs: QueryErrors, min: number, max: number, fallback: number): number => {
    if (value === undefined || value === '') return fallback;
    if (!pattern.test(value)) return errs.add(name, 'invalid_type') ?? fallback;
    const n = Number(value);
    if (n < min) return errs.add(name, 'too_small') ?? fallback;
    if (n > max) return errs.add(name, 'too_big') ?? fallback;
    return n;
  };
}

/** A whole number of up to six digits. */
export const intParam = boundedParam(/^\d{1,6}$/);

/** A decimal number: up to four digits, and up to six after the point. */
export const numberParam = boundedParam(/^\d{1,4}(?:\.\d{1,6})?$/);

export function boolParam(value: string | undefined, name: string, errs: QueryErrors): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  return errs.add(name, 'invalid_type');
}
