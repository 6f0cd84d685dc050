/**
 * The campaign team's moderation page (/moderatie/ on the API origin) in Chromium, keyboard
 * only: sign in with a personal token (a wrong one first), approve a pending submission and
 * find it in GET /activities at once, reject one with a ready reason, edit a field and see
 * the error in words next to it, add a walk-in place (opening hours checked live, coordinates
 * from the postcode) and find it near its postcode; a token that stopped working returns to
 * the sign-in form with the reason. Every screen axe clean at 390 and 1280 px,
 * without sideways scrolling, no console errors or CSP violations.
 * MM_SCREENSHOTS=<folder> saves a picture of each screen.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import type { Db } from '../../server/db/db.js';
import { validSubmission } from '../server/helpers/submission.js';
import { openTestDb } from '../server/helpers/db.js';
import { axe } from './axe.js';
import { startTopology, type Topology } from './topology.js';

const TOKEN = 'mm_mod_e2e-token-0123456789abcdef';
let db: Db;
let topo: Topology;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const titles = ['Zebravinkwandeling door het park', 'Koffie-uurtje Kolibrie', 'Gesprekstafel Pelikaan'];

const api = (path: string, init: RequestInit = {}) => fetch(new URL(path, topo.api), init);
const moderationUrl = () => new URL('/moderatie/', topo.api).href;

/** A pending submission, sent as the form sends it. */
async function submit(title: string, n: number): Promise<string> {
  const { token } = (await (await api('submissions/token')).json()) as { token: string };
  const res = await api('submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-moderation-${n}` },
    body: JSON.stringify(validSubmission({ token, title, organizer: { name: `Organisatie ${title.split(' ')[0]} (voorbeeld)`, url: null } })),
  });
  assert.equal(res.status, 201);
  return ((await res.json()) as { reference: string }).reference;
}

before(async () => {
  db = await openTestDb();
  topo = await startTopology(db);
  for (const [n, title] of titles.entries()) await submit(title, n);
  browser = await launchChromium();
  page = await watched(1280);
});
after(async () => {
  await browser?.close();
  await topo?.close();
  await db?.close();
});

async function watched(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const p = await context.newPage();
  p.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  p.on('pageerror', (e) => errors.push(String(e)));
  return p;
}

/** The text of the element that has focus. */
const focused = (p: Page) => p.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const live = (p: Page) => p.locator('[role="status"][aria-live]').first().textContent();
/** Polls until `check` is true (waitForFunction compiles code in the page, which the CSP forbids). */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; !(await check()); i++) {
    if (i > 100) throw new Error(`waited in vain: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** axe clean, no sideways scrolling; a screenshot when asked for. */
async function screenChecks(p: Page, name: string): Promise<void> {
  assert.deepEqual(await axe(p), [], name);
  const sideways = await p.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(sideways, false, `${name}: no sideways scrolling`);
  if (process.env.MM_SCREENSHOTS) await p.screenshot({ path: `${process.env.MM_SCREENSHOTS}/moderatie-${name}-${p.viewportSize()!.width}.png`, fullPage: true });
}

describe('moderation page', () => {
  test('the page is sent with a strict CSP, never cached, not indexed, no referrer, no frames', async () => {
    const res = await fetch(moderationUrl());
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const d of ["script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "default-src 'none'"]) assert.ok(csp.includes(d), d);
    assert.ok(!csp.includes('unsafe-inline'));
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.match(res.headers.get('x-robots-tag') ?? '', /noindex/);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.ok(!(await res.text()).match(/<script>|<script [^>]*>[^<]/), 'no inline script');
  });

  test('sign in: a wrong token is refused in words, the right one opens the pending submissions', async () => {
    await page.goto(moderationUrl(), { waitUntil: 'networkidle' });
    await screenChecks(page, 'inloggen');
    await page.locator('#token').press('x');
    await page.keyboard.type('wrong-token-123');
    await page.keyboard.press('Enter');
    await page.getByText('Deze code klopt niet of werkt niet meer').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'token', 'focus stays on the field');
    await page.locator('#token').fill(TOKEN);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Aanmeldingen', level: 2 }).waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.getItem('mm-moderatie-token')), TOKEN, 'kept for the tab');
    assert.equal(await page.evaluate(() => document.cookie), '', 'no cookie');
    assert.match(await page.locator('.tabs a[aria-current]').textContent() ?? '', /Wacht op beoordeling \(3\)/);
    await screenChecks(page, 'aanmeldingen');
  });

  test('approve: focus moves to the next pending submission; the activity is in GET /activities at once', async () => {
    await page.getByRole('link', { name: titles[0] }).press('Enter');
    await page.getByRole('heading', { name: titles[0], level: 2 }).waitFor();
    await screenChecks(page, 'aanmelding');
    await page.locator('#goedkeuren-knop').press('Enter');
    await until(async () => (await focused(page)) === titles[1], 'focus on the next title');
    await until(async () => /Goedgekeurd: Zebravinkwandeling/.test((await live(page)) ?? ''), 'the approval announced');
    const list = (await (await api('activities?q=Zebravinkwandeling')).json()) as { items: { title: string }[] };
    assert.deepEqual(list.items.map((a) => a.title), [titles[0]]);
  });

  test('reject with a ready reason, in a dialog; focus moves to the next pending submission', async () => {
    await page.locator('#afwijzen-knop').press('Enter');
    await page.locator('#afwijzen-dialoog[open]').waitFor();
    await screenChecks(page, 'afwijzen');
    await page.getByLabel('Deze activiteit is al aangemeld.').check();
    await page.locator('#reden-eigen').fill('Zie de aanmelding van vorige week.');
    await page.locator('#afwijzen-dialoog button[type="submit"]').press('Enter');
    await until(async () => (await focused(page)) === titles[2], 'focus on the next title');
    const found = (await (await api(`admin/submissions?q=Kolibrie`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as { items: { status: string; reason: string }[] };
    assert.deepEqual(found.items.map((s) => [s.status, s.reason]), [['rejected', 'Deze activiteit is al aangemeld. Zie de aanmelding van vorige week.']]);
  });

  test('edit: a field the contract refuses shows its error in words next to it', async () => {
    await page.locator('#bewerken-knop').press('Enter');
    await page.locator('#veld-title').fill('ab');
    await page.locator('#veld-title').press('Enter');
    await page.locator('.summary').waitFor();
    assert.match(await page.locator('#veld-title-error').textContent() ?? '', /te kort/);
    assert.equal(await page.locator('#veld-title').getAttribute('aria-invalid'), 'true');
    assert.match(await focused(page), /Er is 1 fout/);
    await screenChecks(page, 'bewerken-fout');
    await page.locator('#veld-title').fill('Gesprekstafel Pelikaan in de bibliotheek');
    await page.locator('#veld-title').press('Enter');
    await page.locator('dl.fields').waitFor();
    await until(async () => /opgeslagen/.test((await live(page)) ?? ''), 'the save announced');
    assert.match(await page.locator('.audit').textContent() ?? '', /Eindtest \(voorbeeld\).*Bewerkt: Titel/s);
  });

  test('add a walk-in place (hours checked live, coordinates from the postcode): in the finder at once; closed: gone from it', async () => {
    await page.getByRole('link', { name: 'Inlooplocaties' }).press('Enter');
    await page.getByRole('heading', { name: 'Inlooplocaties', level: 2 }).waitFor();
    await screenChecks(page, 'inloop');
    await page.getByRole('link', { name: 'Nieuwe inlooplocatie' }).press('Enter');
    await page.getByRole('heading', { name: 'Nieuwe inlooplocatie' }).waitFor();
    await page.locator('#veld-name').fill('Inloophuis De Reiger (voorbeeld)');
    await page.locator('#veld-address').fill('Reigerstraat 4');
    await page.locator('#veld-postcode').fill('3511 AB');
    await page.locator('#veld-city').fill('Utrecht');
    await page.getByRole('button', { name: 'Zoek op postcode' }).press('Enter');
    await until(async () => (await page.locator('#veld-lat').inputValue()) !== '', 'coordinates filled in');
    await page.locator('#veld-openingHours').fill('Mo-Fr 10:00-');
    await page.getByText('Dit klopt nog niet').waitFor();
    await page.locator('#veld-openingHours').fill('Mo-Fr 10:00-16:00; PH off');
    await page.getByText('Deze openingstijden kloppen.').waitFor();
    // What the finder's cards show: kind, free, appointment, wheelchair access.
    await page.getByLabel('Soort plek').fill('Herstelcafé');
    await page.getByLabel('Gratis').check();
    await page.getByLabel('Toegankelijk met een rolstoel').selectOption('limited');
    await screenChecks(page, 'inloop-nieuw');
    await page.getByRole('button', { name: 'Toevoegen' }).press('Enter');
    await page.getByRole('heading', { name: 'Inloophuis De Reiger (voorbeeld)', level: 2 }).waitFor();
    await until(async () => /is toegevoegd/.test((await live(page)) ?? ''), 'the addition announced');
    const lat = await page.locator('#veld-lat').inputValue();
    const lon = await page.locator('#veld-lon').inputValue();
    type Found = { name: string; kind?: string; free?: boolean; appointment?: boolean; wheelchair?: string };
    const found = async () => ((await (await api(`walk-ins?near=${lat},${lon}&radius=1`)).json()) as { items: Found[] }).items;
    const near = async () => (await found()).map((w) => w.name);
    const added = (await found()).find((w) => w.name === 'Inloophuis De Reiger (voorbeeld)');
    assert.deepEqual([added?.kind, added?.free, added?.appointment, added?.wheelchair], ['Herstelcafé', true, false, 'limited']);

    // Close it, after a question in a dialog; it leaves the finder at once and stays in the list.
    await page.getByRole('button', { name: 'Locatie sluiten…' }).press('Enter');
    await page.locator('#sluiten-dialoog[open]').waitFor();
    assert.equal(await focused(page), 'Nee, terug', 'focus starts on the safe answer');
    await screenChecks(page, 'inloop-sluiten');
    await page.getByRole('button', { name: 'Ja, sluiten' }).press('Enter');
    await until(async () => /is gesloten/.test((await live(page)) ?? ''), 'the closing announced');
    assert.match((await page.locator('.audit').textContent()) ?? '', /Toegevoegd.*Gesloten/s);
    assert.ok(!(await near()).includes('Inloophuis De Reiger (voorbeeld)'));
  });

  test('every screen at 390 px: axe clean, no sideways scrolling', async () => {
    const phone = await watched(390);
    await phone.goto(moderationUrl(), { waitUntil: 'networkidle' });
    // A token kept in the tab that no longer works (revoked): back to the sign-in form, told why.
    await phone.evaluate(() => sessionStorage.setItem('mm-moderatie-token', 'mm_mod_revoked-0123456789'));
    await phone.reload({ waitUntil: 'networkidle' });
    await phone.locator('.sign-in .notice').getByText('Je code werkt niet meer. Log opnieuw in.').waitFor();
    assert.equal(await phone.evaluate(() => sessionStorage.getItem('mm-moderatie-token')), null, 'the dead token is forgotten');
    await screenChecks(phone, 'inloggen');
    await phone.locator('#token').fill(TOKEN);
    await phone.keyboard.press('Enter');
    await phone.getByRole('heading', { name: 'Aanmeldingen', level: 2 }).waitFor();
    await screenChecks(phone, 'aanmeldingen');
    await phone.getByRole('link', { name: /Gesprekstafel Pelikaan/ }).press('Enter');
    await phone.locator('#goedkeuren-knop').waitFor();
    await screenChecks(phone, 'aanmelding');
    await phone.locator('#afwijzen-knop').press('Enter');
    await phone.locator('#afwijzen-dialoog[open]').waitFor();
    await screenChecks(phone, 'afwijzen');
    await phone.keyboard.press('Escape');
    assert.equal(await phone.evaluate(() => document.activeElement?.id), 'afwijzen-knop', 'focus back on the button after the dialog');
    await phone.locator('#bewerken-knop').press('Enter');
    await phone.locator('#veld-contactEmail').fill('geen-adres');
    await phone.locator('#veld-contactEmail').press('Enter');
    await phone.locator('#veld-contactEmail-error').waitFor();
    await screenChecks(phone, 'bewerken-fout');
    await phone.goto(`${moderationUrl()}#/inloop`, { waitUntil: 'networkidle' });
    await phone.getByRole('heading', { name: 'Inlooplocaties', level: 2 }).waitFor();
    await screenChecks(phone, 'inloop');
    await phone.getByRole('link', { name: 'Nieuwe inlooplocatie' }).press('Enter');
    await phone.getByRole('heading', { name: 'Nieuwe inlooplocatie' }).waitFor();
    await screenChecks(phone, 'inloop-nieuw');
    await phone.getByRole('button', { name: 'Uitloggen' }).press('Enter');
    await phone.getByText('Je bent uitgelogd.').first().waitFor();
    assert.equal(await phone.evaluate(() => sessionStorage.getItem('mm-moderatie-token')), null);
    await phone.context().close();
  });

  test('no console errors or CSP violations on the way', () => {
    assert.deepEqual(errors, []);
  });
});
