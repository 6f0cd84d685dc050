/**
 * The demo pages as a visitor's browser sees them, served by the real server with the built
 * CDN bundle (`npm run build:cdn` runs first): the strict CSP the server sends, the loader as
 * a module and as a classic script (twice on the hostile page), every mm- element upgraded,
 * no console errors or CSP violations, axe clean, no horizontal scrolling on a phone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../server/app.js';
import type { Db } from '../../server/db/db.js';
import { openTestDb } from '../server/helpers/db.js';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
let db: Db;
let server: ServerType;
let base = '';
let browser: Browser;

before(async () => {
  assert.ok(existsSync('dist/cdn/missie-mentaal.js'), 'run npm run build:cdn first');
  db = await openTestDb();
  const { app } = createApp({ db, secret: 'e2e-secret', adminToken: 'e2e-admin-token-0123456789', minFillMs: 0 });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});
after(async () => {
  await browser?.close();
  server?.close();
  await db?.close();
});

interface Visit {
  page: Page;
  errors: string[];
}

async function visit(path: string, width = 1280): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    // Failed requests are reported below with their address.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  // Every mm- element on the page is defined and has rendered. (Polled with evaluate():
  // waitForFunction compiles its predicate in the page, which the strict CSP forbids.)
  const upgraded = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('mm-'))
        .every((e) => customElements.get(e.localName) && (e as Element & { hasUpdated?: boolean }).hasUpdated),
    );
  for (let i = 0; !(await upgraded()); i++) {
    if (i > 150) throw new Error(`${path}: mm- elements left undefined or unrendered`);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300);
  return { page, errors };
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // evaluated through the devtools protocol: not subject to the page's CSP
  const result = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
    return w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const shadowText = (page: Page, tag: string) =>
  page.evaluate((t) => [...document.querySelectorAll(t)].map((e) => e.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '').join(' | '), tag);

describe('demo pages in Chromium (built bundle, real server)', () => {
  test('the partner page shows the banner under a strict CSP, without errors, axe clean', async () => {
    const { page, errors } = await visit('/');
    const csp = (await page.request.get(base + '/')).headers()['content-security-policy'];
    assert.match(csp ?? '', /script-src 'self'/);
    assert.deepEqual(errors, []);
    assert.match(await shadowText(page, 'mm-campaign-banner'), /Week van de Mentale Gezondheid 2027/);
    assert.match(await shadowText(page, 'mm-campaign-banner'), /Nog 12 dagen/); // the now="2026-05-20" example
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });

  test('the English page speaks English because the page says lang="en"', async () => {
    const { page, errors } = await visit('/en.html');
    assert.deepEqual(errors, []);
    assert.match(await shadowText(page, 'mm-campaign-banner'), /See the programme/);
    await page.context().close();
  });

  test('the hostile page: two copies of the loader (classic and module) and aggressive CSS', async () => {
    const { page, errors } = await visit('/hostile.html');
    assert.deepEqual(errors, []);
    const loaders = await page.evaluate(() => (globalThis as { __missieMentaal?: { loader?: boolean } }).__missieMentaal?.loader);
    assert.equal(loaders, true);
    assert.match(await shadowText(page, 'mm-campaign-banner'), /Deze week · dag 3 van 6/);
    // The page hides every <button>; the banner's close button lives in its shadow root and still shows.
    const closeVisible = await page.evaluate(() => {
      const b = document.querySelector('mm-campaign-banner')!.shadowRoot!.querySelector('button.close')!;
      return getComputedStyle(b).display !== 'none';
    });
    assert.equal(closeVisible, true);
    await page.context().close();
  });

  for (const width of [390, 1280]) {
    test(`activities and school pages at ${width} px: upgraded, no errors, no horizontal scroll, axe clean`, async () => {
      for (const path of ['/activities.html', '/school.html', '/school-screen.html']) {
        const { page, errors } = await visit(path, width);
        assert.deepEqual(errors, [], path);
        const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
        assert.deepEqual(await axe(page), [], path);
        await page.context().close();
      }
    });
  }

  test('times show Amsterdam time although the visitor is in New York', async () => {
    const { page } = await visit('/activities.html');
    const text = await shadowText(page, 'mm-event-list');
    const first = await page.evaluate(async () => {
      const res = await fetch('/api/v1/activities?limit=1');
      return (await res.json()).items[0];
    });
    const hhmm = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(first.start));
    assert.ok(text.includes(hhmm), `expected ${hhmm} (Amsterdam) in the list`);
    await page.context().close();
  });
});
