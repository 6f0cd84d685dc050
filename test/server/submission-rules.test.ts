// src/contract/submission.ts writes out zod's rules for an instant and an e-mail address (so
// the activity form's chunk leaves out zod's string formats, issue 17). They must stay zod's
// own: a zod update that changes a rule fails here, and the JSON Schema keeps format and pattern.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import { DATE_TIME, EMAIL, isoDateTime, issueCode, SubmissionInput } from '../../src/contract/submission.js';

test('the written-out rules are the ones zod has for z.iso.datetime({ offset: true }) and z.email()', () => {
  assert.equal(DATE_TIME.source, z.regexes.datetime({ offset: true, local: false, precision: null }).source);
  assert.equal(EMAIL.source, z.regexes.email.source);
  for (const [value, ok] of [['2028-02-29T10:00:00+01:00', true], ['2026-02-29T10:00:00Z', false], ['2026-06-02T10:00', false]] as const) {
    assert.equal(isoDateTime.safeParse(value).success, ok, value);
    assert.equal(z.iso.datetime({ offset: true }).safeParse(value).success, ok, value);
  }
});

test('the JSON Schema of an instant and an e-mail address names their format and pattern', () => {
  const json = z.toJSONSchema(z.object({ at: isoDateTime, email: SubmissionInput.shape.contactEmail })) as { properties: Record<string, Record<string, unknown>> };
  assert.deepEqual(json.properties.at, { type: 'string', format: 'date-time', pattern: DATE_TIME.source });
  assert.deepEqual(json.properties.email, { type: 'string', maxLength: 200, format: 'email', pattern: EMAIL.source });
});

test('a bad instant is invalid_format and a bad e-mail address invalid_email, as the messages expect', () => {
  const codes = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value).error!.issues.map((i) => issueCode(i).code);
  assert.deepEqual(codes(isoDateTime, '2026-13-01T10:00:00Z'), ['invalid_format', 'out_of_range']);
  assert.deepEqual(codes(SubmissionInput.shape.contactEmail, 'naam@'), ['invalid_email']);
});
