/**
 * The demo pages as a partner's visitor gets them: three origins (test/e2e/topology.ts):
 * the page on `localhost:A`, the CDN bundle (built for this run) on `127.0.0.1:B`, the API on
 * `127.0.0.1:C`. Every demo page at 390 and 1280 px: every mm- element upgraded, no console
 * errors or CSP violations, axe clean, no sideways scrolling, no layout shift. Then the
 * script tag in every form a partner's CMS writes it, and what happens when a part is down.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import type { Db } from '../../server/db/db.js';
import { openTestDb } from '../server/helpers/db.js';
import { axe } from './axe.js';
import { startTopology, type Topology } from './topology.js';

const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
let db: Db;
let topo: Topology;
let browser: Browser;

/** One partner page, written the way a CMS writes the script tag (`{{cdn}}` is the CDN's base URL). */
const partnerPage = (head: string, body = '', lang = 'nl') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partnerpagina (voorbeeld)</title>${head}</head>
<body><h1>Partnerpagina (voorbeeld)</h1>
<mm-campaign-banner campaign="week-van-de-mentale-gezondheid-2026" now="2026-06-03"><a href="https://www.missiementaal.nl/">Week van de Mentale Gezondheid</a></mm-campaign-banner>
<mm-event-list limit="3" all-url="agenda/"><a href="https://www.missiementaal.nl/">Alle activiteiten</a></mm-event-list>
${body}</body></html>`;
const loader = '{{cdn}}missie-mentaal.js';

/** Each way a partner's site includes the script: the README's snippet, unchanged, on another origin. */
const VARIANTS: Record<string, string> = {
  '/variant/classic': partnerPage(`<script src="${loader}"></script>`),
  '/variant/defer': partnerPage(`<script defer src="${loader}"></script>`),
  '/variant/async': partnerPage(`<script async src="${loader}"></script>`),
  '/variant/module': partnerPage(`<script type="module" src="${loader}"></script>`),
  '/variant/crossorigin': partnerPage(`<script crossorigin src="${loader}"></script>`),
  '/variant/module-crossorigin': partnerPage(`<script type="module" crossorigin="anonymous" src="${loader}"></script>`),
  // A list with the partner's own content below it: it must not be pushed around in view.
  '/variant/content-below': partnerPage(
    `<script src="${loader}"></script>`,
    '<mm-week-calendar audience="jongeren"><a href="https://www.missiementaal.nl/">De week</a></mm-week-calendar><footer><p>Gemeente Voorbeeldstad (voorbeeld) · Contact</p></footer>',
  ),
  // The same tag twice, as a CMS template and a plugin both add it: no error, one copy works.
  '/variant/twice': partnerPage(`<script src="${loader}"></script><script src="${loader}"></script>`),
  // A tag manager inserts the script after the page has loaded (its own file, as GTM's is).
  '/variant/tag-manager': partnerPage(`<script defer src="/tag-manager.js"></script>`),
  // A CMS that sets <base href> to another folder: relative links follow it, chunk URLs must not.
  '/variant/base-href/': partnerPage(`<base href="/elders/"><script src="${loader}"></script>`),
};

/** Pages whose own CSP (a meta tag, on top of the server's header) misses a directive. */
const MISCONFIGURED: Record<string, string> = {
  '/broken/csp-loader-only': partnerPage(`<meta http-equiv="Content-Security-Policy" content="script-src ${loader}"><script src="${loader}"></script>`),
  '/broken/csp-no-api': partnerPage(`<meta http-equiv="Content-Security-Policy" content="script-src {{cdn-origin}}; connect-src 'self'"><script src="${loader}"></script>`),
};

/** The tag manager's own script file, from the partner's origin (an inline script would break the CSP). */
const TAG_MANAGER = `addEventListener('load', () => {
  const s = document.createElement('script');
  s.src = '${loader}';
  document.head.append(s);
});`;

before(async () => {
  db = await openTestDb();
  topo = await startTopology(db, {}, { ...VARIANTS, ...MISCONFIGURED, '/tag-manager.js': TAG_MANAGER });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await topo?.close();
  await db?.close();
});

interface Visit {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests (by address). */
  errors: string[];
  /** Console warnings. */
  warnings: string[];
  /** The layout shift score so far (`layout-shift` entries without recent input). */
  cls: () => Promise<number>;
}

interface VisitOptions {
  width?: number;
  /** Wait until every mm- element has rendered (false: the test checks what shows instead). */
  upgrade?: boolean;
  /** Set up routes (a part of the topology that is down) before the page loads. */
  prepare?: (page: Page) => Promise<unknown>;
}

async function visit(path: string, { width = 1280, upgrade = true, prepare }: VisitOptions = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (m) => {
    // Failed requests are reported below with their address.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  // Injected through the devtools protocol, so the page's CSP does not apply to it.
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // No network here: PDOK's map tiles (the walk-in finder's map) come from a stub, a 1×1 PNG.
  await context.route('https://service.pdok.nl/**', (r) => r.fulfill({ status: 200, contentType: 'image/png', body: TILE }));
  await prepare?.(page);
  await page.goto(new URL(path.replace(/^\//, ''), topo.site).href, { waitUntil: 'networkidle' });
  if (upgrade) await upgraded(page, path);
  return { page, errors, warnings, cls: () => page.evaluate(() => (window as unknown as { __cls: number }).__cls) };
}

/** Every mm- element on the page is defined and has rendered. (Polled with evaluate():
 * waitForFunction compiles its predicate in the page, which a strict CSP forbids.) */
async function upgraded(page: Page, path: string): Promise<void> {
  const done = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('mm-'))
        .every((e) => customElements.get(e.localName) && (e as Element & { hasUpdated?: boolean }).hasUpdated && e.getAttribute('state') !== 'loading'),
    );
  for (let i = 0; !(await done()); i++) {
    if (i > 150) throw new Error(`${path}: mm- elements left undefined or unrendered`);
    await page.waitForTimeout(100);
  }
  // A sleep on purpose: time for a late layout shift or console error, which must not come.
  await page.waitForTimeout(300);
}

const shadowText = (page: Page, selector: string) =>
  page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '').join(' | '), selector);
const activityCount = (page: Page, selector = 'mm-event-list') =>
  page.evaluate((s) => document.querySelector(s)?.shadowRoot?.querySelectorAll('[data-id]').length ?? 0, selector);

/** Waits (up to 6 s) until the list shows its error state with a retry. */
async function listShowsRetry(page: Page): Promise<void> {
  for (let i = 0; !(await shadowText(page, 'mm-event-list')).includes('Opnieuw proberen'); i++) {
    assert.ok(i < 60, 'the list shows its error state with a retry');
    await page.waitForTimeout(100);
  }
}

describe('three origins: the page, the CDN and the API', () => {
  test('the topology really is three origins, and the loader knows the API from its build', async () => {
    const origins = [topo.site, topo.cdn, topo.api].map((u) => new URL(u).origin);
    assert.equal(new Set(origins).size, 3, origins.join(' '));
    const { page } = await visit('/');
    const state = await page.evaluate(() => (globalThis as { __missieMentaal?: { api?: string; cdn?: string } }).__missieMentaal);
    assert.equal(state?.api, topo.api);
    assert.equal(state?.cdn, `${topo.cdn}missie-mentaal.js`);
    await page.context().close();
  });
});

describe('every demo page, as a visitor gets it', () => {
  const PAGES = ['/', '/activities.html', '/activity-form.html', '/walk-in-finder.html', '/school.html', '/school-screen.html', '/en.html', '/hostile.html', '/strict-csp.html', '/privacy.html'];
  for (const width of [390, 1280]) {
    test(`${width} px: upgraded, no errors, no sideways scroll, no layout shift, axe clean`, async () => {
      for (const path of PAGES) {
        const { page, errors, cls } = await visit(path, { width });
        assert.deepEqual(errors, [], path);
        const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
        // No layout shift: under 0.001 (one list measured 0.0005 once, a 7 px move at the fold).
        const shift = await cls();
        assert.ok(shift < 0.001, `${path}: layout shift ${shift.toFixed(4)} at ${width} px`);
        // The hostile page's own text is unreadable on purpose: there axe checks our elements only.
        assert.deepEqual(await axe(page, path === '/hostile.html'), [], path);
        await page.context().close();
      }
    });
  }

  test('the partner page: the banner from the API, under the CSP the server sends', async () => {
    const { page, errors } = await visit('/');
    const csp = (await page.request.get(topo.site)).headers()['content-security-policy'] ?? '';
    assert.match(csp, new RegExp(`script-src 'self' ${new URL(topo.cdn).origin}`));
    assert.match(csp, new RegExp(`connect-src 'self' ${new URL(topo.api).origin}`));
    assert.deepEqual(errors, []);
    assert.match(await shadowText(page, 'mm-campaign-banner'), /Week van de Mentale Gezondheid 2027/);
    assert.match(await shadowText(page, 'mm-campaign-banner'), /Nog 12 dagen/); // the now="2026-05-20" example
    await page.context().close();
  });

  test('the walk-in finder: "Zwolle" and "9711" find the nearest places with their open state, and the map loads its own chunk', async () => {
    const requests: string[] = [];
    const { page, errors } = await visit('/walk-in-finder.html', { prepare: (p) => Promise.resolve(p.on('request', (r) => requests.push(r.url()))) });
    assert.deepEqual(errors, []);
    const finder = page.locator('mm-walk-in-finder').first();
    const names = () => finder.locator('.place-name').allTextContents();
    const OPEN_STATE = /^(Nu open|Gesloten, opent|Vandaag gesloten)/;
    for (const [typed, city] of [['Zwolle', 'Zwolle'], ['9711', 'Groningen']] as const) {
      const input = finder.locator('input[role=combobox]');
      await input.fill('');
      await input.pressSequentially(typed);
      await finder.locator('[role=option]').first().waitFor();
      await input.press('ArrowDown');
      await input.press('Enter');
      for (let i = 0; !(await names()).some((n) => n.includes(city)); i++) {
        assert.ok(i < 60, `places in ${city} after "${typed}"`);
        await page.waitForTimeout(100);
      }
      const states = await finder.locator('[part=open-state]').allTextContents();
      assert.ok(states.length > 0 && states.every((t) => OPEN_STATE.test(t.trim())), states.join(' | '));
      const distances = (await finder.locator('.distance').allTextContents()).map((t) => Number(t.replace(/[^\d,]/g, '').replace(',', '.')));
      assert.deepEqual([...distances].sort((a, b) => a - b), distances, 'nearest first');
    }
    // The map is its own chunk, asked for only on this page; the crisis notice is there.
    assert.ok(requests.some((u) => /chunks\/walk-in-map-/.test(u)), 'the map chunk');
    assert.ok((await finder.locator('.leaflet-marker-icon').count()) > 0, 'markers');
    assert.match(await shadowText(page, 'mm-walk-in-finder'), /Heb je nu direct hulp nodig\?/);
    await page.context().close();
  });

  test('the English page: every element speaks English because the page says lang="en"', async () => {
    const { page, errors } = await visit('/en.html');
    assert.deepEqual(errors, []);
    assert.match(await shadowText(page, 'mm-campaign-banner'), /See the programme/);
    // Every element on it, not only the banner.
    assert.match(await shadowText(page, 'mm-event-list'), /activit(y|ies) found/);
    assert.match(await shadowText(page, 'mm-week-calendar'), /Week of \d/);
    assert.match(await shadowText(page, 'mm-walk-in-finder'), /Find a walk-in place near you/);
    assert.match(await shadowText(page, 'mm-activity-form'), /Register your activity/);
    await page.context().close();
  });

  test('the strict CSP page: scripts only from the CDN, requests only to the API, and every element works', async () => {
    const { page, errors } = await visit('/strict-csp.html');
    assert.deepEqual(errors, []);
    assert.ok((await activityCount(page)) > 0, 'the list shows activities');
    assert.match(await shadowText(page, 'mm-week-calendar'), /Week van/);
    await page.context().close();
  });

  test('the hostile page: two loaders, aggressive CSS, a host form, a sandboxed iframe, a list added later', async () => {
    const { page, errors } = await visit('/hostile.html');
    assert.deepEqual(errors, []);
    assert.equal(await page.evaluate(() => (globalThis as { __missieMentaal?: { loader?: boolean } }).__missieMentaal?.loader), true);
    assert.match(await shadowText(page, 'mm-campaign-banner'), /Deze week · dag 3 van 6/);
    // The page hides every <button>; the banner's close button lives in its shadow root and still shows.
    const closeVisible = await page.evaluate(() => {
      const b = document.querySelector('mm-campaign-banner')!.shadowRoot!.querySelector('button.close')!;
      return getComputedStyle(b).display !== 'none';
    });
    assert.equal(closeVisible, true);
    // The list that hostile.js adds after load is found and upgraded.
    for (let i = 0; (await activityCount(page, '#added-later')) === 0; i++) {
      assert.ok(i < 50, 'the list added after load shows activities');
      await page.waitForTimeout(100);
    }
    // Enter in the list's search box, inside the host's <form>, does not submit that form.
    const url = page.url();
    await page.locator('mm-event-list[filters] input[type="search"]').first().press('Enter');
    await page.waitForTimeout(300); // a sleep on purpose: time for a submission that must not happen
    assert.equal(page.url(), url, 'the host form was submitted');
    // In <iframe sandbox="allow-scripts"> storage throws; the list still shows activities.
    const frame = page.frames().find((f) => f.url().endsWith('/sandboxed.html'))!;
    assert.ok(frame, 'the sandboxed iframe loaded');
    for (let i = 0; (await frame.evaluate(() => document.querySelector('mm-event-list')?.shadowRoot?.querySelectorAll('[data-id]').length ?? 0)) === 0; i++) {
      assert.ok(i < 50, 'the list in the sandboxed iframe shows activities');
      await page.waitForTimeout(100);
    }
    assert.equal(await frame.evaluate(() => { try { localStorage.length; return 'storage works'; } catch { return 'storage throws'; } }), 'storage throws');
    await page.context().close();
  });

  test('times show Amsterdam time although the visitor is in New York', async () => {
    const { page } = await visit('/activities.html');
    const text = await shadowText(page, 'mm-event-list');
    const first = (await (await fetch(`${topo.api}activities?limit=1`)).json()).items[0];
    const hhmm = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(first.start));
    assert.ok(text.includes(hhmm), `expected ${hhmm} (Amsterdam) in the list`);
    await page.context().close();
  });
});

describe("the README's script tag, however a partner's CMS writes it", () => {
  for (const path of Object.keys(VARIANTS)) {
    test(`${path}: every element upgrades and shows data from the API`, async () => {
      const { page, errors, cls } = await visit(path);
      assert.deepEqual(errors, []);
      assert.ok((await activityCount(page)) > 0, 'the list shows activities');
      assert.match(await shadowText(page, 'mm-campaign-banner'), /Deze week/);
      // A script in the head reserves room before the first paint: nothing moves. (Loaded
      // later — defer, async, module, a tag manager — the page may move once, as the README says.)
      if (/classic|crossorigin$|twice|base-href|content-below/.test(path) && !/module/.test(path)) {
        const shift = await cls();
        assert.ok(shift < 0.001, `${path}: layout shift ${shift.toFixed(4)}`);
      }
      await page.context().close();
    });
  }

  test('a relative all-url follows the document base (<base href>), in the list and the week', async () => {
    const { page } = await visit('/variant/base-href/');
    const resolved = await page.evaluate(async () => {
      const list = document.querySelector('mm-event-list')!;
      const week = document.createElement('mm-week-calendar');
      week.setAttribute('all-url', 'agenda/');
      week.setAttribute('week', '2026-06-01');
      document.body.append(week);
      await customElements.whenDefined('mm-week-calendar');
      return { list: (list as unknown as { allHref?: string }).allHref, week: (week as unknown as { allHref?: string }).allHref };
    });
    assert.equal(resolved.list, `${new URL(topo.site).origin}/elders/agenda/`);
    assert.equal(resolved.week, `${new URL(topo.site).origin}/elders/agenda/`);
    await page.context().close();
  });
});

describe('when a part cannot be reached, the fallback stays and the console says why', () => {
  const fallbackVisible = (page: Page, selector: string) =>
    page.evaluate((s) => {
      const a = document.querySelector(`${s} > a`) as HTMLElement | null;
      return !!a && a.getBoundingClientRect().height > 0 && getComputedStyle(a).visibility !== 'hidden';
    }, selector);

  test('the CDN cannot be reached for the chunks: fallback links stay, one message names the address', async () => {
    const { page, errors, warnings } = await visit('/variant/classic', {
      upgrade: false,
      prepare: (p) => p.route('**/cdn/chunks/**', (r) => r.abort('connectionrefused')),
    });
    await page.waitForTimeout(800); // a sleep on purpose: time for a second message, which must not come
    assert.equal(await fallbackVisible(page, 'mm-event-list'), true);
    assert.equal(await fallbackVisible(page, 'mm-campaign-banner'), true);
    const ours = warnings.filter((w) => w.startsWith('[missie-mentaal]'));
    assert.equal(ours.length, 1, ours.join('\n'));
    assert.match(ours[0]!, /could not be reached/);
    assert.match(ours[0]!, new RegExp(`${topo.cdn}chunks/`));
    assert.deepEqual(errors.filter((e) => !e.includes('Failed to fetch dynamically imported module') && !/chunks\//.test(e)), []);
    await page.context().close();
  });

  test('the walk-in finder never leaves a visitor without the crisis numbers: not with the CDN down, not with the API down', async () => {
    const noCdn = await visit('/walk-in-finder.html', { upgrade: false, prepare: (p) => p.route('**/cdn/chunks/**', (r) => r.abort('connectionrefused')) });
    await noCdn.page.waitForTimeout(800); // a sleep on purpose: the chunks fail; the fallback must stay
    assert.ok(await noCdn.page.locator('mm-walk-in-finder a[href="tel:113"]').first().isVisible(), 'tel:113 in view');
    await noCdn.page.context().close();
    const noApi = await visit('/walk-in-finder.html', { upgrade: false, prepare: (p) => p.route(`${topo.api}**`, (r) => r.abort('connectionrefused')) });
    for (let i = 0; !(await shadowText(noApi.page, 'mm-walk-in-finder')).includes('We kunnen de inloopplekken nu niet ophalen'); i++) {
      assert.ok(i < 80, 'the finder says the API cannot be reached');
      await noApi.page.waitForTimeout(100);
    }
    const text = await shadowText(noApi.page, 'mm-walk-in-finder');
    assert.match(text, /Heb je nu direct hulp nodig\? Bel of chat met 113 Zelfmoordpreventie: 113 of 0800-0113/);
    assert.match(text, /Bekijk alle hulp op 113\.nl/);
    await noApi.page.context().close();
  });

  test("the page's CSP allows the loader but not the chunks: the message says which directive to change", async () => {
    const { page, warnings } = await visit('/broken/csp-loader-only', { upgrade: false });
    await page.waitForTimeout(800); // a sleep on purpose: time for a second message, which must not come
    assert.equal(await fallbackVisible(page, 'mm-event-list'), true);
    const ours = warnings.filter((w) => w.startsWith('[missie-mentaal]'));
    assert.equal(ours.length, 1, ours.join('\n'));
    assert.match(ours[0]!, new RegExp(`Content-Security-Policy: add ${new URL(topo.cdn).origin} to script-src`));
    await page.context().close();
  });

  test('the API cannot be reached: each element says so with a retry, the console names the address once', async () => {
    const { page, errors, warnings } = await visit('/variant/classic', {
      upgrade: false,
      prepare: (p) => p.route(`${topo.api}**`, (r) => r.abort('connectionrefused')),
    });
    await listShowsRetry(page);
    // The partner's fallback links stay in view: the banner's instead of the banner, the list's below its retry.
    assert.equal(await fallbackVisible(page, 'mm-campaign-banner'), true, 'banner fallback');
    assert.equal(await fallbackVisible(page, 'mm-event-list'), true, 'list fallback');
    const ours = warnings.filter((w) => w.startsWith('[missie-mentaal]'));
    assert.ok(ours.length >= 1 && ours.every((w) => w.includes(topo.api)), ours.join('\n'));
    assert.ok(ours.some((w) => /could not be reached/.test(w)), ours.join('\n'));
    assert.deepEqual(errors.filter((e) => !e.includes(topo.api) && !/net::ERR/.test(e)), []);
    await page.context().close();
  });

  test("the page's CSP does not allow the API: the message says to add it to connect-src", async () => {
    const { page, warnings } = await visit('/broken/csp-no-api', { upgrade: false });
    await listShowsRetry(page);
    const ours = warnings.filter((w) => w.startsWith('[missie-mentaal]'));
    assert.ok(ours.some((w) => w.includes(`add ${new URL(topo.api).origin} to connect-src`)), ours.join('\n'));
    await page.context().close();
  });
});
