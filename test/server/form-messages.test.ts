// The activity form's words carry only the validation messages it can show (issue 17: its
// download within 20 KB). Every code the server can answer the form with must be among them,
// or the form would show the generic message: this test reads the codes from the server's
// sources on the form's path, so a new code there fails here until it has its message.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CODES } from '../../src/contract/vocabulary.js';
import { enForm } from '../../src/core/validation-messages.en.js';
import { nlForm } from '../../src/core/validation-messages.nl.js';

const source = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1]!);

test('the form has its own message for every code POST /submissions and GET /submissions/token can answer', () => {
  const codes = new Set<string>([
    // Error items written out (`code: 'rate_limited'`) by the routes, their middleware and the app's 404/500.
    ...['server/routes/submissions.ts', 'server/submission-checks.ts', 'server/http/json-body.ts', 'server/http/query.ts', 'server/app.ts'].flatMap((f) => all(source(f), /code: '([a-z_]+)'/g)),
    // Codes returned as a value: the JSON body's problems and the form token's state.
    ...all(source('server/http/json-body.ts'), /return '([a-z_]+)'/g),
    ...all(source('server/form-token.ts'), /'([a-z]+_[a-z_]+)'/g),
    // The schema's own codes, and what zod reports for its checks (issueCode: a bad e-mail is invalid_email).
    ...all(source('src/contract/submission.ts'), /CODES\.(\w+)/g).map((k) => CODES[k as keyof typeof CODES]),
    'invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'invalid_email',
  ]);
  assert.ok(codes.has('too_fast') && codes.has('invalid_json') && codes.has('one_line'), 'the sources were read');
  for (const code of codes) {
    assert.ok(Object.hasOwn(nlForm, code), `nl: no form message for ${code}`);
    assert.ok(Object.hasOwn(enForm, code), `en: no form message for ${code}`);
  }
});
