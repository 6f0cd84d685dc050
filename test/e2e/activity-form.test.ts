/**
 * The activity form end to end, on three origins with the real server and the real bundle
 * (test/e2e/topology.ts): a partner fills it in and sends it; the first POST fails on the
 * network (Playwright aborts it), the form says so, keeps everything, and the retry stores
 * exactly one submission, found through the moderators' API.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import type { Db } from '../../server/db/db.js';
import { openTestDb } from '../server/helpers/db.js';
import { startTopology, type Topology } from './topology.js';
import { REFERENCE } from '../../src/contract/vocabulary.js';

const MODERATOR = 'mm_mod_e2e-token-0123456789abcdef';
let db: Db;
let topo: Topology;
let browser: Browser;

before(async () => {
  db = await openTestDb();
  topo = await startTopology(db);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await topo?.close();
  await db?.close();
});

/** Fill a field of the form by its id (Playwright's locators pierce the shadow root). */
const fill = (page: Page, id: string, value: string) => page.locator(`mm-activity-form #${id}`).fill(value);
const check = (page: Page, selector: string) => page.locator(`mm-activity-form ${selector}`).check();
const formText = (page: Page) => page.locator('mm-activity-form').evaluate((e) => e.shadowRoot!.textContent!.replace(/\s+/g, ' '));

async function pending(): Promise<{ reference: string; input: { title: string; lang?: string } }[]> {
  const res = await fetch(`${topo.api}admin/submissions?status=pending`, { headers: { Authorization: `Bearer ${MODERATOR}` } });
  assert.equal(res.status, 200);
  return ((await res.json()) as { items: { reference: string; input: { title: string } }[] }).items;
}

test('a partner fills in the form on the demo page; a network failure, then the retry, stores exactly one report', async () => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 900 } })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  let posts = 0;
  const keys: string[] = [];
  // The first POST never reaches the server; the second goes through.
  await page.route('**/api/v1/submissions', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (++posts === 1) return route.abort('internetdisconnected');
    return route.continue();
  });
  await page.goto(new URL('activity-form.html', topo.site).href);
  await page.locator('mm-activity-form #title').waitFor();
  const title = 'Wandelen en praten in het Voorbeeldpark (e2e)';
  await fill(page, 'title', title);
  await fill(page, 'description', 'Een rustige wandeling van een uur met tijd om te praten. (voorbeeld)');
  await page.locator('mm-activity-form #type').selectOption('wandeling');
  await check(page, 'input[name=audiences][value=jongeren]');
  // A date still to come whenever the test runs (the server refuses one that has ended).
  await fill(page, 'date-0', `${new Date().getFullYear() + 1}-06-02`);
  await fill(page, 'start-0', '14:00');
  await fill(page, 'end-0', '15:30');
  await check(page, 'input[name=mode][value=onsite]');
  await fill(page, 'loc-name', 'Buurthuis De Voorbeeldlinde');
  await fill(page, 'loc-address', 'Voorbeeldstraat 12');
  await fill(page, 'loc-postcode', '3512 AB');
  await fill(page, 'loc-city', 'Utrecht');
  await fill(page, 'contact-email', 'sam@voorbeeld.nl');
  await check(page, 'input[name=priceKind][value=free]');
  await check(page, '#consent');
  // The province comes from the postcode (GET /geocode).
  await page.waitForFunction(() => (document.querySelector('mm-activity-form')!.shadowRoot!.querySelector('#loc-province') as HTMLSelectElement).value === 'utrecht');
  await page.locator('mm-activity-form button[type=submit]').click();
  await page.locator('mm-activity-form .failure').waitFor();
  assert.match(await formText(page), /Je melding is nog niet verstuurd/);
  assert.equal((await pending()).filter((s) => s.input.title === title).length, 0);
  await page.locator('mm-activity-form .failure button').click();
  await page.locator('mm-activity-form .done-heading').waitFor();
  const text = await formText(page);
  // The contract's reference pattern, found inside the confirmation's text.
  const reference = new RegExp(REFERENCE.source.replace(/^\^|\$$/g, '')).exec(text)?.[0];
  assert.ok(reference, text);
  assert.equal(posts, 2);
  assert.equal(keys[0], keys[1], 'the retry sends the same Idempotency-Key');
  const stored = (await pending()).filter((s) => s.input.title === title);
  assert.equal(stored.length, 1, 'exactly one submission');
  assert.equal(stored[0]!.reference, reference);
  assert.equal(stored[0]!.input.lang, 'nl');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the form fetches the words of its own language only, from the CDN: Dutch on the demo page, English once it is lang=en', async () => {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const words: string[] = [];
  page.on('request', (r) => {
    if (/\/chunks\/activity-form\.(nl|en)-/.test(r.url())) words.push(r.url());
  });
  await page.goto(new URL('activity-form.html', topo.site).href);
  await page.locator('mm-activity-form #title').waitFor();
  assert.match(await formText(page), /Meld je activiteit aan/);
  assert.deepEqual(words.map((u) => /activity-form\.(nl|en)-/.exec(u)![1]), ['nl'], 'a Dutch page asks for the Dutch words only');
  assert.ok(words[0]!.startsWith(new URL(topo.cdn).origin), 'from the CDN, not from the partner site');
  await page.locator('mm-activity-form').evaluate((e) => e.setAttribute('lang', 'en'));
  await page.waitForFunction(() => document.querySelector('mm-activity-form')!.shadowRoot!.textContent!.includes('Register your activity'));
  assert.equal(words.filter((u) => /activity-form\.en-/.test(u)).length, 1);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('when its words do not come (offline just then), the partner\'s fallback shows, and the form comes once back online', async () => {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/chunks/activity-form.nl-*', (route) => route.abort('internetdisconnected'));
  await page.goto(new URL('activity-form.html', topo.site).href);
  await page.waitForFunction(() => customElements.get('mm-activity-form') && document.querySelector('mm-activity-form')!.shadowRoot?.querySelector('slot'));
  assert.ok(await page.locator('mm-activity-form a[href^="mailto:"]').isVisible(), 'the partner\'s fallback link is visible');
  await page.unroute('**/chunks/activity-form.nl-*');
  await page.evaluate(() => dispatchEvent(new Event('online')));
  await page.locator('mm-activity-form #title').waitFor();
  assert.match(await formText(page), /Meld je activiteit aan/);
  assert.deepEqual(errors, []);
  await page.context().close();
});
