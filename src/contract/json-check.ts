/**
 * Checks an API answer against its JSON Schema (`contract.generated.ts`, made from the zod
 * schemas). The display elements use this instead of zod: under 1 KB instead of 10 KB gzipped,
 * for the third of every partner page's JavaScript that zod was (see docs/architecture.md).
 *
 * - It knows the keywords that zod writes for those answers (`KEYWORDS`); a server test
 *   fails when a generated schema uses another one, so nothing is skipped silently.
 * - Properties the schema does not name are allowed: a newer API may add fields.
 * - Rules JSON Schema cannot hold (plain text, end after start, contrast) are checked by the
 *   server when content comes in; in the browser, Lit renders every value as text anyway.
 *   (The activity form checks what it sends with them: `submission-check.ts`.)
 * - Lengths count UTF-16 code units and patterns run without flags, as in zod.
 * Its answer has the shape of zod's `safeParse`, so `api.ts` takes either.
 */
import { isHttpUrl } from './vocabulary.js';

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';
export interface JsonSchema {
  /** One type, or a list of them (zod writes `["string", "null"]` for a nullable plain string). */
  type?: JsonType | JsonType[];
  anyOf?: JsonSchema[];
  enum?: readonly unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  /** The codes of the rules JSON Schema cannot hold (`rules.ts`): only the activity form's schemas have them, and only `submission-check.ts` reads them. */
  'x-rules'?: readonly string[];
}

/** Every keyword the checker acts on (`additionalProperties` is read and deliberately ignored). */
export const KEYWORDS: readonly (keyof JsonSchema)[] = [
  'type', 'anyOf', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'items',
  'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum',
];

export interface Issue {
  path: PropertyKey[];
  code: string;
}
export type Checked<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };
/** Anything with a zod-like `safeParse`: a zod schema, or `contract()` below. */
export interface Contract<T> {
  safeParse(value: unknown): Checked<T>;
}

const regexps = new Map<string, RegExp>();
const regexp = (p: string) => regexps.get(p) ?? regexps.set(p, new RegExp(p)).get(p)!;

const bad = (code: string, path: PropertyKey[] = []): Issue => ({ path, code });
/** `p` (a problem found inside `key`) with `key` in front of its path. */
const inside = (key: PropertyKey, p: Issue): Issue => (p.path.unshift(key), p);

/**
 * The first problem of `v` against `s`, with a zod-like code, or undefined when there is none.
 * Paths are built on the way back up, only for the one problem found: checking a page of
 * 200 activities allocates nothing extra.
 */
function problem(s: JsonSchema, v: unknown): Issue | undefined {
  if (s.anyOf) {
    // Nullable values are `anyOf: [X, null]`: a value that is not null is checked against X
    // alone, as zod does, so a bad enum inside reports `invalid_value` where it is.
    const [x, y] = s.anyOf;
    if (s.anyOf.length === 2 && y?.type === 'null') return v === null ? undefined : problem(x!, v);
    // Otherwise report the problem inside the branch that got furthest
    // (`location.province`), not just "no branch fits".
    let deepest: Issue | undefined;
    for (const o of s.anyOf) {
      const p = problem(o, v);
      if (!p) return undefined;
      if (p.path.length && !deepest) deepest = p;
    }
    return deepest ?? bad('invalid_union');
  }
  if (Array.isArray(s.type)) return s.type.some((type) => !problem({ ...s, type }, v)) ? undefined : bad('invalid_type');
  if (s.enum && !s.enum.includes(v)) return bad('invalid_value');
  if ('const' in s && v !== s.const) return bad('invalid_value');
  switch (s.type) {
    case 'string':
      if (typeof v !== 'string') return bad('invalid_type');
      if (v.length < (s.minLength ?? 0)) return bad('too_small');
      if (v.length > (s.maxLength ?? Infinity)) return bad('too_big');
      if (s.pattern && !regexp(s.pattern).test(v)) return bad('invalid_format');
      if (s.format === 'uri' && !isHttpUrl(v)) return bad('invalid_format');
      return undefined;
    case 'number':
    case 'integer':
      if (typeof v !== 'number' || !Number.isFinite(v) || (s.type === 'integer' && !Number.isInteger(v))) return bad('invalid_type');
      if (v < (s.minimum ?? -Infinity)) return bad('too_small');
      if (v > (s.maximum ?? Infinity)) return bad('too_big');
      return undefined;
    case 'boolean':
      return typeof v === 'boolean' ? undefined : bad('invalid_type');
    case 'null':
      return v === null ? undefined : bad('invalid_type');
    case 'array': {
      if (!Array.isArray(v)) return bad('invalid_type');
      if (v.length < (s.minItems ?? 0)) return bad('too_small');
      if (v.length > (s.maxItems ?? Infinity)) return bad('too_big');
      for (let i = 0; i < v.length; i++) {
        const p = s.items && problem(s.items, v[i]);
        if (p) return inside(i, p);
      }
      return undefined;
    }
    case 'object': {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad('invalid_type');
      const o = v as Record<string, unknown>;
      for (const k in s.properties) {
        const sub = s.properties[k]!;
        if (o[k] === undefined) {
          if (s.required?.includes(k)) return bad('invalid_type', [k]);
        } else {
          const p = problem(sub, o[k]);
          if (p) return inside(k, p);
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** A checker for one answer's JSON Schema, used like a zod schema: `contract(S).safeParse(json)`. */
export function contract<T>(schema: JsonSchema): Contract<T> {
  return {
    safeParse(value) {
      const issue = problem(schema, value);
      return issue ? { success: false, error: { issues: [issue] } } : { success: true, data: value as T };
    },
  };
}
