// The browser's copy of the contract (contract.generated.ts) must be what the zod schemas say
// today, and must only use what json-check.ts knows how to check.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as zm from 'zod/mini';
import * as z from 'zod';
import { GENERATED_FILTER_VALUES_PATH, GENERATED_PATH, GENERATED_SUBMISSION_PATH, GENERATED_WALK_INS_PATH, SUBMISSION_ANSWERS, WALK_IN_ANSWERS, generatedContract, generatedFilterValues } from '../../scripts/contract.js';
import { refuseFlags } from '../../src/contract/json-schema.js';
import { KEYWORDS } from '../../src/contract/json-check.js';
import * as generated from '../../src/contract/generated.js';
import * as generatedWalkIns from '../../src/contract/generated-walk-ins.js';
import * as generatedSubmission from '../../src/contract/generated-submission.js';
import { SUBMISSION_KEYWORDS } from '../../src/contract/submission-check.js';
import { jsonSchemas } from '../../src/contract/json-schema.js';

test('contract.generated.ts is up to date with schema.ts (run `npm run contract` after changing a schema)', () => {
  assert.equal(readFileSync(GENERATED_PATH, 'utf8'), generatedContract());
  assert.equal(readFileSync(GENERATED_WALK_INS_PATH, 'utf8'), generatedContract(WALK_IN_ANSWERS));
  assert.equal(readFileSync(GENERATED_SUBMISSION_PATH, 'utf8'), generatedContract(SUBMISSION_ANSWERS));
  assert.equal(readFileSync(GENERATED_FILTER_VALUES_PATH, 'utf8'), generatedFilterValues());
});

/** The keywords of `schemas` that `known` does not hold. */
function unknownKeywords(schemas: object[], known: readonly string[]): string[] {
  const unknown = new Set<string>();
  const walk = (s: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(s)) {
      if (!known.includes(k)) unknown.add(k);
      if (k === 'properties') Object.values(v as object).forEach(walk);
      if (k === 'items') walk(v as Record<string, unknown>);
      if (k === 'anyOf') (v as object[]).forEach((o) => walk(o as Record<string, unknown>));
    }
  };
  for (const s of schemas) walk(s as Record<string, unknown>);
  return [...unknown];
}

test('the generated JSON Schema uses only keywords the browser checker knows', () => {
  assert.deepEqual(unknownKeywords([...Object.values(generated), ...Object.values(generatedWalkIns)], KEYWORDS), []);
  // The form's: json-check reads its answers (receipt, geocode), submission-check what it sends.
  assert.deepEqual(unknownKeywords([generatedSubmission.SubmissionReceipt, generatedSubmission.Geocode], [...KEYWORDS, 'x-rules']), []);
  assert.deepEqual(unknownKeywords([generatedSubmission.SubmissionInput], SUBMISSION_KEYWORDS), []);
  // submission-check reads anyOf and a list of types only as "X or null" (zod's nullable).
  const nullable = (s: Record<string, unknown>): void => {
    const types = s.type;
    if (Array.isArray(types)) assert.ok(types.length === 2 && types[1] === 'null', JSON.stringify(s));
    const any = s.anyOf as Record<string, unknown>[] | undefined;
    if (any) assert.ok(any.length === 2 && any[1]!.type === 'null', JSON.stringify(s));
    [...Object.values((s.properties ?? {}) as object), ...(s.items ? [s.items] : []), ...(any ?? [])].forEach((x) => nullable(x as Record<string, unknown>));
  };
  nullable(generatedSubmission.SubmissionInput as unknown as Record<string, unknown>);
});

test("the form's schema is /schema.json's with the rules JSON Schema cannot hold named (x-rules), and /schema.json has none", () => {
  const strip = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'x-rules').map(([k, x]) => [k, strip(x)])) : v;
  for (const name of SUBMISSION_ANSWERS) assert.deepEqual(strip(generatedSubmission[name as keyof typeof generatedSubmission]), jsonSchemas()[name], name);
  assert.doesNotMatch(JSON.stringify(jsonSchemas()), /x-rules/);
  const title = (generatedSubmission.SubmissionInput.properties!.title as { 'x-rules'?: readonly string[] })['x-rules'];
  assert.deepEqual(title, ['plain_text', 'one_line']);
});

test('a regex with flags is refused: JSON Schema would lose the flag and the browser would refuse good data', () => {
  const bad = zm.object({ postcode: zm.string().check(zm.regex(/^\d{4}[a-z]{2}$/i)) });
  assert.throws(() => z.toJSONSchema(bad as unknown as z.ZodType, { override: refuseFlags }), /has flags/);
});

test('a campaign is stored only when it meets the contract: unreadable colours are refused at the store', async () => {
  const { upsertCampaign } = await import('../../server/store/campaigns.js');
  const { week2026, unreadableColors } = await import('../fixtures/campaigns.js');
  const stored: unknown[] = [];
  const tx = { query: async <T>(_sql: string, params: unknown[] = []) => (stored.push(params), [] as T[]) };
  await upsertCampaign(tx, week2026);
  assert.equal(stored.length, 1, 'a readable campaign is stored');
  await assert.rejects(upsertCampaign(tx, unreadableColors), (e: Error) => /low_contrast/.test(e.message));
  assert.equal(stored.length, 1, 'the unreadable one is not');
});
