import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Activity } from '../../src/contract/schema.js';
import { OutboxWorker, backoffMs, listOutbox } from '../../server/mail/outbox.js';
import { fileTransport, oneLine, smtpTransport, type MailTransport } from '../../server/mail/transport.js';
import { moderatorNotice } from '../../server/mail/messages.js';
import { fileApp, formToken, newKey, NOW, postForm } from './helpers/app.js';
import { validSubmission } from './helpers/submission.js';
import { manageTokenIn, memoryTransport, submit, testWorker } from './helpers/mail.js';

type Received = ParsedMail & { envelopeTo: string[] };

/** A real SMTP server in this process; `down` makes it refuse every connection (as a server that is down would). */
const smtp = { received: [] as Received[], down: false, server: null as SMTPServer | null, transport: null as MailTransport | null };

before(async () => {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect: (_session, cb) => cb(smtp.down ? Object.assign(new Error('Service not available'), { responseCode: 421 }) : undefined),
    onData: (stream, session, cb) => {
      simpleParser(stream)
        .then((m) => {
          smtp.received.push(Object.assign(m, { envelopeTo: session.envelope.rcptTo.map((r) => r.address) }));
          cb();
        })
        .catch(cb);
    },
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  smtp.server = server;
  smtp.transport = smtpTransport(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
});
after(async () => {
  smtp.transport?.close();
  await new Promise<void>((ok) => smtp.server?.close(ok) ?? ok());
});

const ctx = fileApp({ rateLimit: false, mail: { moderatorEmail: 'team@voorbeeld.nl', apiBase: 'http://localhost/api/v1/' } });
const worker = () => testWorker(ctx.t, smtp.transport!);
const about = (ref: string) => smtp.received.filter((m) => m.subject?.includes(ref));
const textOf = (m: ParsedMail) => m.text ?? '';

describe('e-mail through SMTP', () => {
  test('a new submission: the partner gets a confirmation in the form language with the reference and a private link; the team a Dutch notice', async () => {
    const ref = await submit(ctx.t, { lang: 'en', title: 'Koffie & "praten" met Jan\'s buren' });
    const w = worker();
    assert.equal(await w.runOnce(), 2);
    await w.stop();
    const [partner, team] = [about(ref).find((m) => m.envelopeTo.includes('contact@voorbeeld.nl')), about(ref).find((m) => m.envelopeTo.includes('team@voorbeeld.nl'))];
    assert.ok(partner && team);
    assert.equal(partner.subject, `We have received your activity (${ref})`);
    assert.match(textOf(partner), /Thank you! We have received your activity/);
    assert.match(textOf(partner), new RegExp(`Your reference number: ${ref}`));
    assert.match(textOf(partner), /When: Tuesday,? 8 June 2027, 10:00 – 11:30/);
    manageTokenIn(textOf(partner));
    // The HTML part escapes every value and loads nothing from elsewhere.
    const html = String(partner.html);
    assert.ok(html.includes('Koffie &amp; &quot;praten&quot; met Jan&#39;s buren'), 'title escaped in HTML');
    assert.doesNotMatch(html, /<img|src=/i);
    assert.deepEqual(partner.from?.value.map((a) => [a.name, a.address]), [['Missie Mentaal', 'noreply@missiementaal.nl']]);
    assert.match(team.subject ?? '', /^Nieuwe activiteit om te bekijken: Koffie & "praten" met Jan's buren \(MM-/);
    assert.match(textOf(team), /http:\/\/localhost\/moderatie\//);
    assert.match(textOf(team), /Je meldnummer: MM-/);
  });

  test('Dutch by default; approval and rejection reach the partner with the link or the reason', async () => {
    const ref = await submit(ctx.t);
    const approve = await ctx.t.admin(`/submissions/${ref}/approve`, { method: 'POST' });
    assert.equal(approve.status, 200);
    const other = await submit(ctx.t);
    const reject = await ctx.t.admin(`/submissions/${other}/reject`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reason: 'Dit is geen activiteit over mentale gezondheid.' }) });
    assert.equal(reject.status, 200);
    const w = worker();
    await w.runOnce();
    await w.stop();
    const confirm = about(ref).find((m) => m.subject?.startsWith('We hebben je activiteit ontvangen'));
    assert.ok(confirm, 'Dutch confirmation');
    assert.match(textOf(confirm), /Hallo Voorbeeld Buurtteam Noord,/);
    const approved = about(ref).find((m) => m.subject === `Je activiteit staat in de agenda (${ref})`);
    assert.ok(approved);
    assert.deepEqual(approved.envelopeTo, ['contact@voorbeeld.nl']);
    assert.ok(textOf(approved).includes(`http://localhost/api/v1/activities/${ref.toLowerCase()}.ics`));
    const rejected = about(other).find((m) => m.subject === `We plaatsen je activiteit niet (${other})`);
    assert.ok(rejected);
    assert.match(textOf(rejected), /De reden: Dit is geen activiteit over mentale gezondheid\./);
    // A reply reaches the campaign team, not the no-reply sender.
    assert.equal(rejected.replyTo?.text, 'team@voorbeeld.nl');
    assert.match(textOf(rejected), /Antwoord dan op deze e-mail\./);
  });

  test('SMTP down: the submission still answers 201, the message waits with the error and is delivered once when the server is back', async () => {
    smtp.down = true;
    const ref = await submit(ctx.t);
    const w = worker();
    assert.equal(await w.runOnce(), 0);
    let rows = (await listOutbox(ctx.db)).filter((r) => r.reference === ref);
    assert.equal(rows.length, 2);
    for (const r of rows) {
      assert.equal(r.attempts, 1);
      assert.equal(r.sent, false);
      assert.ok(r.lastError, 'the last error is kept');
      assert.equal(r.nextAttemptAt, new Date(NOW.getTime() + 60_000).toISOString(), 'first retry after one minute');
    }
    smtp.down = false;
    assert.equal(await w.runOnce(), 0, 'not due yet');
    ctx.t.setNow(new Date(NOW.getTime() + 61_000));
    try {
      assert.equal(await w.runOnce(), 2);
      assert.equal(await w.runOnce(), 0);
    } finally {
      ctx.t.setNow(NOW);
      await w.stop();
    }
    rows = (await listOutbox(ctx.db)).filter((r) => r.reference === ref);
    // Both rows, each sent on the second attempt (an empty list must not pass).
    assert.deepEqual(rows.map((r) => [r.sent, r.attempts, r.lastError]), [
      [true, 2, null],
      [true, 2, null],
    ]);
    assert.equal(about(ref).length, 2, 'each message arrived once');
    // 90 days after sending, the rows (recipient, subject) are gone.
    ctx.t.setNow(new Date(NOW.getTime() + 91 * 86_400_000));
    try {
      await testWorker(ctx.t, smtp.transport!).runOnce();
    } finally {
      ctx.t.setNow(NOW);
    }
    assert.deepEqual((await listOutbox(ctx.db)).filter((r) => r.reference === ref), []);
  });

  test('retries wait exponentially longer, capped at an hour', () => {
    assert.deepEqual([1, 2, 3, 4, 7, 8, 30].map((n) => backoffMs(n, 60_000, 3_600_000) / 60_000), [1, 2, 4, 8, 60, 60, 60]);
  });

  test('subject lines stay on one line, whatever a value holds', async () => {
    assert.equal(oneLine('Nieuw: a\r\nBcc: x@voorbeeld.nl\u2028y'), 'Nieuw: a Bcc: x@voorbeeld.nl y');
    // A title that got past the boundary (an old row, an import) in the team's notice, as written to disk.
    const dir = mkdtempSync(join(tmpdir(), 'mm-mail-hdr-'));
    const title = 'Wandeling\r\nBcc: buit@voorbeeld.nl\r\nX-Extra: 1\n\nNep-tekst';
    const content = moderatorNotice('MM-2027-000123', { ...validSubmission(), title }, 'http://localhost/moderatie/');
    await fileTransport(dir).send({ id: 1, from: 'Missie Mentaal <noreply@missiementaal.nl>', to: 'team@voorbeeld.nl', subject: content.subject, text: content.text, html: content.html, messageId: '<t@missiementaal.nl>' });
    const raw = readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8');
    const parsed = await simpleParser(raw);
    assert.equal(parsed.subject, 'Nieuwe activiteit om te bekijken: Wandeling Bcc: buit@voorbeeld.nl X-Extra: 1 Nep-tekst (MM-2027-000123)');
    assert.equal(parsed.headers.get('bcc'), undefined);
    assert.equal(parsed.headers.get('x-extra'), undefined);
    assert.ok(!/^(Bcc|X-Extra):/im.test(raw.slice(0, raw.indexOf('\r\n\r\n'))), 'no forged header line');
  });
});

describe('the outbox', () => {
  test('a replayed submission and a decoy (honeypot filled) send nothing', async () => {
    const before = (await listOutbox(ctx.db)).length;
    const body = validSubmission({ token: formToken() });
    const key = newKey();
    assert.equal((await postForm(ctx.t, body, { 'Idempotency-Key': key })).status, 201);
    assert.equal((await postForm(ctx.t, body, { 'Idempotency-Key': key })).status, 201);
    assert.equal((await listOutbox(ctx.db)).length, before + 2, 'one confirmation and one notice, not two of each');
    assert.equal((await postForm(ctx.t, validSubmission({ token: formToken(), website: 'https://spam.example' }))).status, 201);
    assert.equal((await listOutbox(ctx.db)).length, before + 2);
  });

  test('the worker’s log and stored errors never hold a submitter’s e-mail address, whatever the error quotes', async () => {
    const address = 'geheim.adres@voorbeeld.nl';
    const ref = await submit(ctx.t, { contactEmail: address });
    const logged: string[] = [];
    // A mail server's refusal quotes the address, as SMTP servers do, in several spellings.
    const refusing: MailTransport = {
      describe: 'refusing',
      close: () => undefined,
      send: async (m) => {
        throw new Error(`550 5.1.1 <${m.to}>: Recipient address rejected; "${m.to}" (${m.to.toUpperCase()}) mailto:${m.to}`);
      },
    };
    const options = { transport: refusing, now: () => ctx.t.deps.now(), from: 'Missie Mentaal <noreply@missiementaal.nl>', log: (l: string) => void logged.push(l) };
    const w = new OutboxWorker({ db: ctx.db, ...options });
    await w.runOnce();
    await w.stop();
    // A pass that fails as a whole (the database refuses, quoting the row) is logged too.
    const failingDb = { ...ctx.db, query: async () => Promise.reject(new Error(`Failing row contains (${ref}, ${address})`)), transaction: async () => Promise.reject(new Error(`duplicate key: (recipient)=(${address})`)) };
    const broken = new OutboxWorker({ db: failingDb as typeof ctx.db, ...options });
    broken.kick();
    await broken.stop();
    await new Promise((ok) => setTimeout(ok, 10));
    const errors = (await listOutbox(ctx.db)).filter((r) => r.reference === ref).map((r) => r.lastError ?? '');
    assert.ok(logged.some((l) => l.includes(ref)) && logged.some((l) => l.includes('outbox pass failed')), logged.join('\n'));
    assert.ok(errors.every((e) => e.includes('[e-mail]')), errors.join('\n'));
    const all = [...logged, ...errors].join('\n').toLowerCase();
    assert.ok(!all.includes('geheim'), all);
  });

  test('stop() waits for the message being sent and no pass starts after it', async () => {
    await submit(ctx.t);
    let release = () => undefined as void;
    const inFlight = new Promise<void>((ok) => (release = ok));
    const memory = memoryTransport();
    let started = 0;
    const slow: MailTransport = { describe: 'slow', close: () => undefined, send: async (m) => void (started++, await inFlight, await memory.send(m)) };
    const w = new OutboxWorker({ db: ctx.db, transport: slow, now: () => ctx.t.deps.now(), from: 'Missie Mentaal <noreply@missiementaal.nl>', intervalMs: 60_000, log: () => undefined });
    w.start();
    while (started === 0) await new Promise((ok) => setTimeout(ok, 5));
    let stopped = false;
    const stopping = w.stop().then(() => (stopped = true));
    await new Promise((ok) => setTimeout(ok, 20));
    assert.equal(stopped, false, 'still sending');
    release();
    await stopping;
    assert.equal(memory.sent.length, 1, 'the message in flight was finished, the next one waits for the next start');
    w.kick();
    assert.equal(started, 1);
  });
});

describe('e-mail without SMTP_URL', () => {
  test('each message is written as an .eml file a developer can open', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mm-mail-')), 'outbox');
    const ref = await submit(ctx.t);
    const transport = fileTransport(dir);
    const w = testWorker(ctx.t, transport);
    await w.runOnce();
    await w.stop();
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    const mine = files.map((f) => readFileSync(join(dir, f), 'utf8')).filter((raw) => raw.includes(ref));
    assert.equal(mine.length, 2);
    const parsed = await simpleParser(mine.find((raw) => raw.includes('contact@voorbeeld.nl'))!);
    assert.equal(parsed.subject, `We hebben je activiteit ontvangen (${ref})`);
    manageTokenIn(parsed.text ?? '');
    assert.match(files[0]!, /^\d{4}-\d{2}-\d{2}T[\d-]+Z-\d+\.eml$/);
  });
});

describe('several dates', () => {
  test('approval publishes one activity per date, all in the feed; rejection cancels every one', async () => {
    const ref = await submit(ctx.t, {
      recurrenceDates: [
        { start: '2027-06-10T10:00:00+02:00', end: '2027-06-10T11:30:00+02:00' },
        { start: '2027-06-15T19:00:00+02:00', end: '2027-06-15T20:30:00+02:00' },
      ],
    });
    assert.equal((await ctx.t.admin(`/submissions/${ref}/approve`, { method: 'POST' })).status, 200);
    const id = ref.toLowerCase();
    const ids = [id, `${id}-2`, `${id}-3`];
    const docs = await Promise.all(ids.map(async (i) => (await ctx.t.json<Activity>(`/api/v1/activities/${i}`)).body));
    assert.deepEqual(docs.map((a) => [a.start, a.status, a.title]), [
      ['2027-06-08T10:00:00+02:00', 'scheduled', 'Wandeling voor mantelzorgers'],
      ['2027-06-10T10:00:00+02:00', 'scheduled', 'Wandeling voor mantelzorgers'],
      ['2027-06-15T19:00:00+02:00', 'scheduled', 'Wandeling voor mantelzorgers'],
    ]);
    const ics = await (await ctx.t.request('/api/v1/activities.ics?from=2027-06-01&to=2027-06-30')).text();
    for (const i of ids) assert.ok(ics.includes(`UID:${i}@missiementaal.nl`), `${i} in the feed`);
    const reject = await ctx.t.admin(`/submissions/${ref}/reject`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reason: 'Dubbel gemeld.' }) });
    assert.equal(reject.status, 200);
    for (const i of ids) {
      const a = (await ctx.t.json<Activity>(`/api/v1/activities/${i}`)).body;
      assert.equal(a.status, 'cancelled');
      assert.equal(a.sequence, 1);
    }
  });
});
