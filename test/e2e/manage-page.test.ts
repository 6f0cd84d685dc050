/**
 * The partner's private management page in a real browser, on the API origin that serves
 * it: at 390 and 1280 px axe-clean (also with field errors), no CSP violation (its one style
 * is allowed by hash), no sideways scrolling, and usable with the keyboard alone: a
 * correction typed and sent without a mouse arrives with the thank-you message.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { axe } from './axe.js';
import type { Db } from '../../server/db/db.js';
import { openTestDb } from '../server/helpers/db.js';
import { testApp } from '../server/helpers/app.js';
import { manageTokenIn, memoryTransport, submit, testWorker } from '../server/helpers/mail.js';

let db: Db;
let server: ServerType;
let browser: Browser;
let pageUrl = '';

before(async () => {
  db = await openTestDb();
  const port = await new Promise<number>((ok) => {
    server = serve({ fetch: (req) => t.app.fetch(req), port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => ok(info.port));
  });
  const t = testApp(db, { rateLimit: false, mail: { apiBase: `http://127.0.0.1:${port}/api/v1/` } });
  const ref = await submit(t, { recurrenceDates: [{ start: '2027-06-10T10:00:00+02:00', end: '2027-06-10T11:30:00+02:00' }] });
  const transport = memoryTransport();
  const w = testWorker(t, transport);
  await w.runOnce();
  await w.stop();
  const mail = transport.sent.find((m) => m.subject.includes(ref))!;
  pageUrl = `http://127.0.0.1:${port}/api/v1/beheer/${manageTokenIn(mail.text.replace(`http://127.0.0.1:${port}`, 'http://localhost'))}`;
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
});
after(async () => {
  await browser?.close();
  server?.close();
  await db?.close();
});

async function open(width: number, url = pageUrl): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  const problems: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url);
  return { page, problems };
}

describe('management page in the browser', () => {
  for (const width of [390, 1280]) {
    test(`${width} px: axe clean, styled under its CSP, no sideways scrolling`, async () => {
      const { page, problems } = await open(width);
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(problems, []);
      // The hashed style applied: the button has its colour.
      assert.equal(await page.locator('button[type=submit]').last().evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 83, 148)');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
      await page.context().close();
    });
  }

  test('with the keyboard alone: an empty title shows the error by the field (axe clean), a correction is sent', async () => {
    const { page } = await open(390);
    const title = page.locator('#title');
    // Tab to the title field, clear it and send the form with Enter.
    for (let i = 0; i < 40 && !(await title.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    assert.ok(await title.evaluate((el) => el === document.activeElement), 'the title field is reachable with Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await page.waitForSelector('#title-error');
    assert.equal(await page.locator('#title').getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await axe(page), []);
    await page.locator('#title').focus();
    await page.keyboard.type('Wandeling en praten voor mantelzorgers');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role=status]');
    assert.match(await page.locator('[role=status]').first().innerText(), /Bedankt! We hebben je wijziging ontvangen\./);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });
});
