/**
 * The activity form's check of what it sends, without zod: every problem of a value against
 * the JSON Schema of `SubmissionInput` (`generated-submission.ts`, made from the zod schema by
 * `npm run contract`), as `{ path, code }` with the code and in the order the server's zod
 * schema reports it (`issueCode` in `submission.ts`), so the form and the server never
 * disagree (test/server/submission-parity.test.ts feeds both the same wrong submissions).
 *
 * Unlike `json-check.ts` (the display elements' check of answers: the first problem only) it
 * reports every problem, as zod does: a field's checks all run (a title can be too short and
 * hold markup), and the rules across fields (`crossFieldIssues`) run only when no field has
 * the wrong type or a value outside its list (zod stops there too). The rules JSON Schema
 * cannot hold are named per field in `x-rules` and are the functions of `rules.ts` the zod
 * schemas call.
 */
import type { Issue, JsonSchema } from './json-check.js';
import { crossFieldIssues, FIELD_RULES, type Dated } from './rules.js';
import { SubmissionInput } from './generated-submission.js';

/** Every keyword this check acts on (a server test fails when the generated schema uses another). */
export const SUBMISSION_KEYWORDS: readonly (keyof JsonSchema)[] = [
  'type', 'anyOf', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems',
  'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'x-rules',
];

/** A problem; `stop` when zod would skip the rules across fields after it (a wrong type or value). */
type Found = Issue & { stop?: boolean };

function walk(s: JsonSchema, v: unknown, path: PropertyKey[], out: Found[]): void {
  const add = (code: string, stop?: boolean) => out.push({ path, code, stop });
  // Nullable: `anyOf: [X, null]` or `type: [X, "null"]`; a value that is not null is X's.
  if (s.anyOf) return v === null ? undefined : walk(s.anyOf[0]!, v, path, out);
  if (Array.isArray(s.type)) return v === null ? undefined : walk({ ...s, type: s.type[0] }, v, path, out);
  if (s.enum) return void (s.enum.includes(v) || add('invalid_value', true));
  const wrongType = () => void add('invalid_type', true);
  switch (s.type) {
    case 'string':
      if (typeof v !== 'string') return wrongType();
      if (v.length < (s.minLength ?? 0)) add('too_small');
      if (v.length > (s.maxLength ?? Infinity)) add('too_big');
      // A URL's pattern (`^https?://`) is JSON Schema's picture of its rule `url_scheme` (in x-rules).
      if (s.pattern && s.format !== 'uri' && !new RegExp(s.pattern).test(v)) add(s.format === 'email' ? 'invalid_email' : 'invalid_format');
      for (const r of s['x-rules'] ?? []) if (!FIELD_RULES[r]!(v)) add(r);
      return;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) return wrongType();
      if (v < (s.minimum ?? -Infinity)) add('too_small');
      if (v > (s.maximum ?? Infinity)) add('too_big');
      return;
    case 'boolean':
      return typeof v === 'boolean' ? undefined : wrongType();
    case 'array':
      if (!Array.isArray(v)) return wrongType();
      v.forEach((x, i) => walk(s.items!, x, [...path, i], out));
      if (v.length < (s.minItems ?? 0)) add('too_small');
      if (v.length > (s.maxItems ?? Infinity)) add('too_big');
      return;
    case 'object':
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return wrongType();
      for (const k in s.properties) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined || s.required?.includes(k)) walk(s.properties[k]!, x, [...path, k], out);
      }
  }
}

/**
 * Every problem of `value` as the body of `POST /submissions`, as zod's `SubmissionInput`
 * reports them (`{ path: ['recurrenceDates', 2, 'end'], code: 'end_before_start' }`); empty when it may be sent.
 */
export function submissionIssues(value: unknown): Issue[] {
  const found: Found[] = [];
  walk(SubmissionInput, value, [], found);
  const issues: Issue[] = found.map(({ path, code }) => ({ path, code }));
  return found.some((f) => f.stop) ? issues : [...issues, ...crossFieldIssues(value as Dated)];
}
