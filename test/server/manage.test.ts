import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Activity } from '../../src/contract/schema.js';
import { AuditList, type AdminSubmission } from '../../src/contract/admin.js';
import { eventJsonLd } from '../../src/core/activities.js';
import { listOutbox } from '../../server/mail/outbox.js';
import { fileApp, NOW } from './helpers/app.js';
import { manageTokenIn, memoryTransport, submit, testWorker } from './helpers/mail.js';

const ctx = fileApp({ rateLimit: false, mail: { moderatorEmail: 'team@voorbeeld.nl', apiBase: 'http://localhost/api/v1/' } });
const DATES = [
  { start: '2027-06-10T10:00:00+02:00', end: '2027-06-10T11:30:00+02:00' },
  { start: '2027-06-15T19:00:00+02:00', end: '2027-06-15T20:30:00+02:00' },
];

/** Sends the form, delivers the outbox and returns the reference and the token from the confirmation. */
async function submitted(overrides = {}): Promise<{ ref: string; token: string; page: string; confirmation: string }> {
  const ref = await submit(ctx.t, { recurrenceDates: DATES, ...overrides });
  const transport = memoryTransport();
  const w = testWorker(ctx.t, transport);
  await w.runOnce();
  await w.stop();
  const mail = transport.sent.find((m) => m.subject.includes(ref) && m.to === 'contact@voorbeeld.nl');
  assert.ok(mail);
  const token = manageTokenIn(mail.text);
  return { ref, token, page: `/api/v1/beheer/${token}`, confirmation: mail.text };
}

const form = (fields: [string, string][], headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin', ...headers },
  body: new URLSearchParams(fields).toString(),
});
const html = async (path: string, init?: RequestInit) => {
  const res = await ctx.t.request(path, init);
  return { res, text: await res.text() };
};
const activity = async (id: string) => (await ctx.t.json<Activity>(`/api/v1/activities/${id}`)).body;
const submission = async (ref: string) => (await (await ctx.t.admin(`/submissions/${ref}`)).json()) as AdminSubmission;
const approve = async (ref: string) => assert.equal((await ctx.t.admin(`/submissions/${ref}/approve`, { method: 'POST' })).status, 200);

describe('the private management page', () => {
  test('shows the status in the submission language, switches language, and is private (no-store, no-referrer, noindex, strict CSP)', async () => {
    const { ref, page } = await submitted({ lang: 'en' });
    const { res, text } = await html(page);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.match(res.headers.get('x-robots-tag') ?? '', /noindex/);
    assert.match(res.headers.get('content-security-policy') ?? '', /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; form-action 'self'/);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    assert.match(text, /<html lang="en">/);
    assert.ok(text.includes('We are reviewing your activity.'));
    assert.ok(text.includes(ref));
    const nl = await html(`${page}?lang=nl`);
    assert.match(nl.text, /<html lang="nl">/);
    assert.ok(nl.text.includes('We bekijken je activiteit.'));
  });

  test('an unknown or malformed token gets 404; after the last date the link stops working (410)', async () => {
    assert.equal((await html(`/api/v1/beheer/${'x'.repeat(43)}`)).res.status, 404);
    assert.equal((await html('/api/v1/beheer/kort')).res.status, 404);
    const { page } = await submitted();
    ctx.t.setNow(new Date('2027-06-15T20:31:00+02:00'));
    try {
      const gone = await html(page);
      assert.equal(gone.res.status, 410);
      assert.ok(gone.text.includes('want je activiteit is voorbij'));
    } finally {
      ctx.t.setNow(NOW);
    }
  });

  test('the link of an all-day activity works all through its last day (the form sends its end as the start)', async () => {
    const { page } = await submitted({ allDay: true, start: '2027-06-10T00:00:00+02:00', end: '2027-06-10T00:00:00+02:00', recurrenceDates: [] });
    try {
      ctx.t.setNow(new Date('2027-06-10T09:00:00+02:00'));
      assert.equal((await html(page)).res.status, 200, 'on the morning of the day: still to cancel');
      ctx.t.setNow(new Date('2027-06-11T00:00:00+02:00'));
      assert.equal((await html(page)).res.status, 410);
    } finally {
      ctx.t.setNow(NOW);
    }
  });

  test('a form posted from another site is refused', async () => {
    const { ref, page } = await submitted();
    for (const headers of [{ Origin: 'https://kwaad.example' }, { 'Sec-Fetch-Site': 'cross-site' }] as Record<string, string>[]) {
      const res = await ctx.t.request(`${page}/wijzigen`, form([['title', 'Overgenomen']], headers));
      assert.equal(res.status, 403);
    }
    assert.equal((await submission(ref)).input.title, 'Wandeling voor mantelzorgers');
  });

  test('a correction is checked like the form, with the error next to the field in words', async () => {
    const { page } = await submitted();
    const { res, text } = await html(`${page}/wijzigen`, form([['title', 'A'], ['end_2', '2027-06-15T18:00']]));
    assert.equal(res.status, 422);
    assert.match(text, /<p class="error" id="title-error">Dit is te kort of te weinig\.<\/p><input id="title" name="title" type="text" value="A" aria-invalid="true" aria-describedby="title-error">/);
    assert.match(text, /id="end_2-error">Het einde moet na het begin liggen\./);
    assert.match(text, /<a href="#title">Titel: Dit is te kort of te weinig\.<\/a>/);
  });

  test('a date moved into the past is refused in words; the dates already there are left alone', async () => {
    const { page } = await submitted();
    const { res, text } = await html(`${page}/wijzigen`, form([['start_1', '2021-06-09T10:00'], ['end_1', '2021-06-09T11:30']]));
    assert.equal(res.status, 422);
    assert.match(text, /id="end_1-error">Deze datum is al voorbij\. Kies een datum in de toekomst\./);
    assert.equal((await ctx.t.request(`${page}/wijzigen`, form([['title', 'Wandeling met een andere naam']]))).status, 303);
  });

  test('whatever is typed comes back escaped, and odd input is a 422, never a 500', async () => {
    const { page } = await submitted();
    const evil = '"><script>alert(1)</script>';
    const { res, text } = await html(`${page}/wijzigen`, form([['title', evil], ['description', `</textarea>${evil}`], ['price', 'gratis?'], ['start_0', '2027-13-45T99:99'], ['location_city', '\u0000\ud800']]));
    assert.equal(res.status, 422);
    assert.ok(!text.includes('<script>'), 'no markup from the input');
    assert.ok(text.includes('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
    assert.ok(text.includes('&lt;/textarea&gt;'));
    for (const name of ['title', 'price', 'start_0']) assert.match(text, new RegExp(`id="${name}-error"`), name);
    const huge = await ctx.t.request(`${page}/wijzigen`, form([['description', 'x'.repeat(40_000)]]));
    assert.equal(huge.status, 413);
  });

  test('what others wrote (the stored title and place, a moderator’s reason) is escaped in text and in attributes', async () => {
    const title = `Wandeling "De Brug" & 'co' > 5 <3`;
    const { ref, page } = await submitted({ title, location: { name: `Café "'t Hoekje" & zo`, address: 'Voorbeeldlaan 1', postcode: '3511 AB', city: 'Utrecht', municipality: 'Utrecht', province: 'utrecht', lat: null, lon: null } });
    const before = await html(page);
    assert.ok(before.text.includes('value="Wandeling &quot;De Brug&quot; &amp; &#39;co&#39; &gt; 5 &lt;3"'), 'the title in its input');
    assert.ok(before.text.includes('<dd>Wandeling &quot;De Brug&quot; &amp; &#39;co&#39; &gt; 5 &lt;3</dd>'), 'the title as text');
    assert.ok(before.text.includes('value="Café &quot;&#39;t Hoekje&quot; &amp; zo"'));
    const reason = 'Dit valt buiten de campagne: 1 < 2 & "meer" \'dan\' dat >';
    assert.equal((await ctx.t.admin(`/submissions/${ref}/reject`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reason }) })).status, 200);
    const after = await html(page);
    assert.ok(after.text.includes('Dit valt buiten de campagne: 1 &lt; 2 &amp; &quot;meer&quot; &#39;dan&#39; dat &gt;'), 'the reason');
    assert.ok(!after.text.includes(reason) && !before.text.includes(title));
  });

  test('a web address typed without https:// is taken as one, as in the form (a new user typed gemeente.nl)', async () => {
    const { ref, page } = await submitted();
    assert.equal((await ctx.t.request(`${page}/wijzigen`, form([['registrationUrl', ' voorbeeldstad.nl/aanmelden ']]))).status, 303);
    assert.equal((await submission(ref)).input.registrationUrl, 'https://voorbeeldstad.nl/aanmelden');
    const { res, text } = await html(`${page}/wijzigen`, form([['registrationUrl', 'ftp://voorbeeldstad.nl']]));
    assert.equal(res.status, 422);
    assert.match(text, /begint met https:\/\//);
  });

  test('a correction after approval goes back to moderation; the published version stays until a moderator approves it', async () => {
    const { ref, page } = await submitted();
    await approve(ref);
    const id = ref.toLowerCase();
    const res = await ctx.t.request(`${page}/wijzigen`, form([['title', 'Wandeling & praten voor mantelzorgers']]));
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `${page}?lang=nl&done=revised`);
    const s = await submission(ref);
    assert.equal(s.status, 'pending');
    assert.equal(s.input.title, 'Wandeling & praten voor mantelzorgers');
    assert.equal((await activity(id)).title, 'Wandeling voor mantelzorgers', 'published version unchanged');
    const after = await html(`${page}?done=revised`);
    assert.ok(after.text.includes('Tot we klaar zijn, staat de vorige versie in de agenda.'));
    assert.ok(after.text.includes('Wandeling &amp; praten voor mantelzorgers'));
    const notice = (await listOutbox(ctx.db)).find((r) => r.reference === ref && r.kind === 'revised');
    assert.equal(notice?.recipient, 'team@voorbeeld.nl');
    await approve(ref);
    for (const i of [id, `${id}-2`, `${id}-3`]) {
      const a = await activity(i);
      assert.equal(a.title, 'Wandeling & praten voor mantelzorgers');
      assert.equal(a.sequence, 1);
    }
    const audit = AuditList.parse(await (await ctx.t.admin('/audit')).json()).items.find((e) => e.reference === ref && e.action === 'revise');
    assert.equal(audit?.who, 'Organisator (beheerlink)');
    assert.deepEqual(audit?.details.fields, ['title']);
  });

  test('cancelling one date marks that activity cancelled at once (feed: STATUS:CANCELLED, higher SEQUENCE); the other dates stay', async () => {
    const { ref, page } = await submitted();
    await approve(ref);
    const id = ref.toLowerCase();
    const unconfirmed = await html(`${page}/annuleren`, form([['date', new Date(DATES[0]!.start).toISOString()]]));
    assert.equal(unconfirmed.res.status, 422);
    assert.ok(unconfirmed.text.includes('Vink aan dat je het zeker weet.'));
    const res = await ctx.t.request(`${page}/annuleren`, form([['date', new Date(DATES[0]!.start).toISOString()], ['confirm', 'yes']]));
    assert.equal(res.status, 303);
    assert.deepEqual([(await activity(id)).status, (await activity(`${id}-2`)).status, (await activity(`${id}-3`)).status], ['scheduled', 'cancelled', 'scheduled']);
    const ics = await (await ctx.t.request(`/api/v1/activities/${id}-2.ics`)).text();
    assert.match(ics, /STATUS:CANCELLED/);
    assert.match(ics, /SEQUENCE:1/);
    const shown = await html(page);
    assert.match(shown.text, /donderdag 10 juni 2027, 10:00 – 11:30 – <span class="cancelled">Gaat niet door<\/span>/);
    assert.equal((await submission(ref)).status, 'approved');
    // Approving again (after a moderator's edit) does not bring the cancelled date back.
    await approve(ref);
    assert.equal((await activity(`${id}-2`)).status, 'cancelled');
    // The moderator sees which date the partner cancelled; the approval e-mail says it too.
    assert.deepEqual((await submission(ref)).cancelledDates, [new Date(DATES[0]!.start).toISOString()]);
    const [mail] = await ctx.db.query<{ body: unknown }>(`SELECT body FROM outbox WHERE reference = $1 AND kind = 'approved' ORDER BY id DESC LIMIT 1`, [ref]);
    assert.match(JSON.stringify(mail?.body), /10 juni 2027[^"]*gaat niet door \(afgezegd\)/);
  });

  test('cancelling one date of an all-day activity sent with times of day cancels that day (.ics STATUS:CANCELLED, JSON-LD EventCancelled)', async () => {
    // The API takes an all-day date with a time of day; the store keeps it from 00:00, the
    // cancelled date is the input's start: they must still be matched.
    const { ref, page } = await submitted({
      allDay: true,
      start: '2027-06-10T09:00:00+02:00',
      end: '2027-06-10T17:00:00+02:00',
      recurrenceDates: [{ start: '2027-06-17T09:00:00+02:00', end: '2027-06-17T17:00:00+02:00' }],
    });
    await approve(ref);
    const id = ref.toLowerCase();
    const res = await ctx.t.request(`${page}/annuleren`, form([['date', new Date('2027-06-10T09:00:00+02:00').toISOString()], ['confirm', 'yes']]));
    assert.equal(res.status, 303);
    const [first, second] = [await activity(id), await activity(`${id}-2`)];
    assert.deepEqual([first.status, first.firstDay, second.status, second.firstDay], ['cancelled', '2027-06-10', 'scheduled', '2027-06-17']);
    const ics = await (await ctx.t.request(`/api/v1/activities/${id}.ics`)).text();
    assert.match(ics, /STATUS:CANCELLED/);
    assert.match(ics, /DTSTART;VALUE=DATE:20270610/);
    assert.equal(eventJsonLd(first).eventStatus, 'https://schema.org/EventCancelled');
  });

  test('correcting an all-day activity keeps its days: the last day is shown and sent back as the last day; a typed postcode becomes 1234 AB', async () => {
    const { ref, page } = await submitted({
      allDay: true,
      start: '2027-06-10T00:00:00+02:00',
      end: '2027-06-12T23:59:00+02:00',
      recurrenceDates: [{ start: '2027-06-17T00:00:00+02:00', end: '2027-06-17T00:00:00+02:00' }],
    });
    await approve(ref);
    const id = ref.toLowerCase();
    const shown = await html(page);
    assert.match(shown.text, /name="end_0" type="date" value="2027-06-12"/);
    const res = await ctx.t.request(`${page}/wijzigen`, form([['title', 'Open dagen in de Voorbeeldhoek'], ['location_postcode', ' 3512jc ']]));
    assert.equal(res.status, 303);
    const s = await submission(ref);
    assert.deepEqual([s.input.start, s.input.end, s.input.location?.postcode], ['2027-06-10T00:00:00+02:00', '2027-06-12T23:59:00+02:00', '3512 JC']);
    const audit = AuditList.parse(await (await ctx.t.admin('/audit')).json()).items.find((e) => e.reference === ref && e.action === 'revise');
    assert.deepEqual(audit?.details.fields, ['title', 'location'], 'the dates did not change');
    await approve(ref);
    assert.deepEqual([(await activity(id)).firstDay, (await activity(id)).lastDay, (await activity(`${id}-2`)).lastDay], ['2027-06-10', '2027-06-12', '2027-06-17']);
    // A later last day, typed as a day: that day is the last one.
    assert.equal((await ctx.t.request(`${page}/wijzigen`, form([['end_0', '2027-06-13'], ['end_1', '2027-06-18']]))).status, 303);
    await approve(ref);
    assert.deepEqual([(await activity(id)).lastDay, (await activity(`${id}-2`)).lastDay], ['2027-06-13', '2027-06-18']);
  });

  test('an all-day date sent iCalendar-style (end 00:00 the day after) reads as its days on the page and in the e-mail', async () => {
    const { page, confirmation } = await submitted({ allDay: true, start: '2027-06-17T00:00:00+02:00', end: '2027-06-18T00:00:00+02:00', recurrenceDates: [{ start: '2027-06-24T00:00:00+02:00', end: '2027-06-26T00:00:00+02:00' }] });
    const { text } = await html(page);
    for (const shown of [confirmation, text]) {
      assert.match(shown, /donderdag 17 juni 2027(?! –)/);
      assert.match(shown, /donderdag 24 juni 2027 – vrijdag 25 juni 2027/);
      assert.ok(!/juni 2027 – (vrijdag 18|zaterdag 26) juni/.test(shown), 'no day too many');
    }
    assert.match(text, /name="end_1" type="date" value="2027-06-25"/);
  });

  test('moving the activity to another place on the page: the new place\'s province, not the old one', async () => {
    const { ref, page } = await submitted({ recurrenceDates: [] });
    assert.equal((await submission(ref)).input.location?.province, 'utrecht');
    const res = await ctx.t.request(`${page}/wijzigen`, form([['location_address', 'Voorbeeldstraat 12'], ['location_postcode', '8011ab'], ['location_city', 'Zwolle']]));
    assert.equal(res.status, 303);
    const loc = (await submission(ref)).input.location;
    assert.deepEqual([loc?.postcode, loc?.city, loc?.province, loc?.municipality, loc?.lat], ['8011 AB', 'Zwolle', 'overijssel', null, null]);
  });

  test('cancelling every date cancels the submission and all its activities; the page then offers no forms', async () => {
    const { ref, page } = await submitted();
    await approve(ref);
    const id = ref.toLowerCase();
    const res = await ctx.t.request(`${page}/annuleren`, form([['date', 'all'], ['confirm', 'yes']]));
    assert.equal(res.status, 303);
    for (const i of [id, `${id}-2`, `${id}-3`]) assert.equal((await activity(i)).status, 'cancelled');
    assert.equal((await submission(ref)).status, 'cancelled');
    const shown = await html(page);
    assert.ok(shown.text.includes('Je activiteit gaat niet door.'));
    assert.ok(!shown.text.includes('<form'));
    const audit = AuditList.parse(await (await ctx.t.admin('/audit')).json()).items.find((e) => e.reference === ref && e.action === 'cancel');
    assert.equal(audit?.details.all, true);
    const notice = (await listOutbox(ctx.db)).find((r) => r.reference === ref && r.kind === 'cancelled');
    assert.equal(notice?.recipient, 'team@voorbeeld.nl');
    assert.match(notice?.subject ?? '', /^Afgezegd door de organisator: /);
  });

  test('a pending submission can be cancelled before anyone approved it', async () => {
    const { ref, page } = await submitted({ recurrenceDates: [] });
    // Not in the calendar yet: the page does not promise a "Gaat niet door" there.
    const before = await html(page);
    assert.ok(before.text.includes('Ze komen dan niet in de agenda.'));
    assert.ok(!before.text.includes('In de agenda staat dan meteen'));
    const res = await ctx.t.request(`${page}/annuleren`, form([['date', new Date('2027-06-08T10:00:00+02:00').toISOString()], ['confirm', 'yes']]));
    assert.equal(res.status, 303);
    assert.equal((await submission(ref)).status, 'cancelled');
    assert.equal((await ctx.t.request(`/api/v1/activities/${ref.toLowerCase()}`)).status, 404);
    // Nothing is left for a moderator to decide: approving or rejecting it now is refused in words.
    for (const [path, body] of [['approve', undefined], ['reject', { reason: 'Te laat aangemeld.' }]] as const) {
      const refused = await ctx.t.admin(`/submissions/${ref}/${path}`, { method: 'POST', ...(body ? { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } } : {}) });
      assert.equal(refused.status, 409);
      assert.match(JSON.stringify(await refused.json()), /De organisator heeft dit afgezegd/);
    }
    assert.equal((await submission(ref)).status, 'cancelled');
  });
});
