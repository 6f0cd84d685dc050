/**
 * The contract as JSON Schema (2020-12), made from the zod schemas with `z.toJSONSchema`:
 * served at `/schema.json` and `/openapi.json`, and written into `generated.ts` for the
 * display elements (`npm run contract`). Node only (it uses full zod).
 * Refinements (contrast, end after start…) cannot be expressed in JSON Schema; they are
 * left out (`unrepresentable: 'any'`) and enforced where content comes in.
 */
import * as z from 'zod';
import * as S from './schema.js';
import * as A from './admin.js';
import { FIELD_RULES } from './rules.js';

const SCHEMAS = {
  Activity: S.Activity,
  ActivityPage: S.ActivityPage,
  WalkIn: S.WalkIn,
  WalkInResult: S.WalkInResult,
  WalkInList: S.WalkInList,
  Geocode: S.Geocode,
  GeocodeSuggestions: S.GeocodeSuggestions,
  Campaign: S.Campaign,
  CampaignColors: S.CampaignColors,
  SubmissionInput: S.SubmissionInput,
  SubmissionReceipt: S.SubmissionReceipt,
  ApiErrorBody: S.ApiErrorBody,
  StoredSubmissionInput: A.StoredSubmissionInput,
  AdminSubmission: A.AdminSubmission,
  AdminSubmissionList: A.AdminSubmissionList,
  RejectInput: A.RejectInput,
  AuditList: A.AuditList,
  AdminSubmissionPage: A.AdminSubmissionPage,
  DuplicateList: A.DuplicateList,
  AdminWalkIn: A.AdminWalkIn,
  AdminWalkInPage: A.AdminWalkInPage,
  OpeningHoursCheckInput: A.OpeningHoursCheckInput,
  OpeningHoursCheck: A.OpeningHoursCheck,
} as const;
export type SchemaName = keyof typeof SCHEMAS;

/**
 * A regex flag (say `i`) would be lost in JSON Schema: a validator reading `/schema.json`,
 * and the display elements, which check answers against it (`npm run contract`), would
 * refuse what the server accepts. So a pattern with flags stops the conversion.
 */
export function refuseFlags(ctx: { zodSchema: unknown }): void {
  const checks = (ctx.zodSchema as { _zod: { def: { checks?: { _zod: { def: { pattern?: RegExp } } }[] } } })._zod.def.checks ?? [];
  for (const c of checks) {
    const re = c._zod.def.pattern;
    if (re?.flags) throw new Error(`schema: /${re.source}/${re.flags} has flags, which JSON Schema cannot carry; write the pattern without them`);
  }
}

let defs: Record<SchemaName, object> | undefined;
/** Each schema as JSON Schema, without its own `$schema` key (made once). */
export function jsonSchemas(): Record<SchemaName, object> {
  if (!defs) {
    defs = {} as Record<SchemaName, object>;
    for (const [name, schema] of Object.entries(SCHEMAS) as [SchemaName, unknown][]) {
      const { $schema: _s, ...rest } = z.toJSONSchema(schema as z.ZodType, { unrepresentable: 'any', override: refuseFlags }) as Record<string, unknown>;
      defs[name] = rest;
    }
  }
  return defs;
}

/** The refinements of `rules.ts` a field may carry → the code of their issue. */
const RULES = new Map<unknown, string>(Object.entries(FIELD_RULES).map(([code, fn]) => [fn, code]));

/**
 * `name` as JSON Schema for the activity form's check in the browser (`submission-check.ts`):
 * as `/schema.json` has it, and each field that a rule of `rules.ts` refines carries the codes
 * of those rules, in the order zod checks them, as `x-rules` (`["plain_text", "one_line"]`).
 * Only the form's generated module has them; `/schema.json` stays as it is.
 */
export function jsonSchemaWithRules(name: SchemaName): object {
  const { $schema: _s, ...rest } = z.toJSONSchema(SCHEMAS[name] as unknown as z.ZodType, {
    unrepresentable: 'any',
    override: (ctx) => {
      refuseFlags(ctx);
      const checks = (ctx.zodSchema as { _zod: { def: { checks?: { _zod: { def: { fn?: unknown } } }[] } } })._zod.def.checks ?? [];
      const rules = checks.map((c) => RULES.get(c._zod.def.fn)).filter((c): c is string => !!c);
      if (rules.length) (ctx.jsonSchema as Record<string, unknown>)['x-rules'] = rules;
    },
  }) as Record<string, unknown>;
  return rest;
}
