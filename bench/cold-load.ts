/**
 * `npm run bench` (second part): a cold load on a slow phone, as a partner's visitor gets it.
 *
 * Three origins (test/e2e/topology.ts): the partner's page on `localhost:A`, our CDN bundle on
 * `127.0.0.1:B`, the API on `127.0.0.1:C`; FullCalendar 6's global bundles (core + list,
 * gzipped) on a fourth origin, as from a public CDN. Each load: a new browser context (empty
 * cache, new connections), 390 × 844 px, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up,
 * 4× CPU slowdown (Chrome DevTools Protocol). Time = navigation start → the frame in which the
 * first activity (or the banner) is painted, seen from a requestAnimationFrame check injected
 * through the protocol (so the page's CSP does not block it). Bytes = what crossed the
 * network (encoded, headers included). Pages are measured interleaved (ours, FullCalendar,
 * FullCalendar, ours, …), n per page, and reported as medians side by side in one run.
 *
 * Prints a markdown table and writes it into docs/benchmark.md (section `bench:cold-load`).
 */
import { chromium, type Browser } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { openTestDb } from '../test/server/helpers/db.js';
import { startTopology } from '../test/e2e/topology.js';

const N = Math.max(1, Number(process.env.BENCH_COLD_N) || 5);
const DOC = new URL('../docs/benchmark.md', import.meta.url).pathname;
const log = (...a: unknown[]) => console.error('[bench:cold]', ...a);

// The README's snippet, unchanged: a classic script in the head, then the element.
const ours = (element: string) => `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner (voorbeeld)</title>
<script src="{{cdn}}missie-mentaal.js"></script></head>
<body><h1>Activiteiten</h1>${element}</body></html>`;

// The same partner page with FullCalendar from a public CDN, listing the same 20 activities
// from our API (`fc-page.js`, the partner's own script file, fetches and renders them).
const fullCalendarPage = (fcCdn: string) => `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner (voorbeeld)</title>
<script src="${fcCdn}core.global.min.js"></script><script src="${fcCdn}list.global.min.js"></script>
<script defer src="/cold/fc-page.js"></script></head>
<body><h1>Activiteiten</h1><div id="calendar"></div></body></html>`;
const FC_PAGE_JS = `fetch('{{api}}activities?limit=20').then((r) => r.json()).then(({ items }) => {
  const first = items[0] ? items[0].start.slice(0, 10) : undefined;
  new FullCalendar.Calendar(document.getElementById('calendar'), {
    initialView: 'list', initialDate: first, duration: { days: 366 }, firstDay: 1, locale: 'nl',
    events: items.map((a) => ({ id: a.id, title: a.title, start: a.start, end: a.end, allDay: a.allDay })),
  }).render();
});`;

interface Case {
  name: string;
  path: string;
  /** What counts as the first content: checked in the page at every animation frame. */
  painted: string;
}
const CASES: Case[] = [
  { name: '`<mm-event-list>` (20 activities)', path: '/cold/list', painted: `document.querySelector('mm-event-list')?.shadowRoot?.querySelector('[data-id]')` },
  { name: 'FullCalendar 6 list, same 20 activities', path: '/cold/fullcalendar', painted: `document.querySelector('.fc-list-event')` },
  { name: '`<mm-week-calendar>`', path: '/cold/week', painted: `document.querySelector('mm-week-calendar')?.shadowRoot?.querySelector('.act')` },
  { name: '`<mm-campaign-banner>`', path: '/cold/banner', painted: `document.querySelector('mm-campaign-banner')?.shadowRoot?.querySelector('.banner')` },
];

/** A static origin for FullCalendar's global bundles, gzipped as a CDN serves them. */
function fullCalendarCdn(): Promise<{ server: Server; url: string }> {
  const files: Record<string, Buffer> = {
    '/core.global.min.js': gzipSync(readFileSync('node_modules/@fullcalendar/core/index.global.min.js'), { level: 9 }),
    '/list.global.min.js': gzipSync(readFileSync('node_modules/@fullcalendar/list/index.global.min.js'), { level: 9 }),
  };
  const server = createServer((req, res) => {
    const body = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'gzip', 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=31536000' });
    res.end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })));
}

async function load(browser: Browser, url: string, c: Case): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  await page.addInitScript(`(() => {
    const check = () => { if (${c.painted}) window.__painted = performance.now(); else requestAnimationFrame(check); };
    requestAnimationFrame(check);
  })()`);
  await page.goto(url, { waitUntil: 'commit' });
  let ms = NaN;
  for (let i = 0; i < 300 && !Number.isFinite(ms); i++) {
    await page.waitForTimeout(100);
    ms = (await page.evaluate(() => (window as unknown as { __painted?: number }).__painted).catch(() => undefined)) ?? NaN;
  }
  await page.waitForTimeout(300); // let the last responses finish, to count their bytes
  await context.close();
  return { ms, bytes };
}

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  const db = await openTestDb();
  const fc = await fullCalendarCdn();
  const pages = {
    '/cold/list': ours('<mm-event-list><a href="https://www.missiementaal.nl/">Alle activiteiten</a></mm-event-list>'),
    '/cold/week': ours('<mm-week-calendar><a href="https://www.missiementaal.nl/">De week</a></mm-week-calendar>'),
    '/cold/banner': ours('<mm-campaign-banner><a href="https://www.missiementaal.nl/">Week van de Mentale Gezondheid</a></mm-campaign-banner>'),
    '/cold/fullcalendar': fullCalendarPage(fc.url),
    '/cold/fc-page.js': FC_PAGE_JS,
  };
  // FullCalendar comes from a fourth origin: the demo CSP allows it for this page's scripts.
  const topo = await startTopology(db, { rateLimit: false }, pages, { extraScriptOrigins: [fc.url] });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'],
  });
  const load0 = loadavg()[0]!;
  const results = new Map<Case, { ms: number[]; bytes: number[] }>(CASES.map((c) => [c, { ms: [], bytes: [] }]));
  try {
    for (let i = 0; i < N; i++) {
      // Interleaved, and the order flips each round: neither side always runs first.
      for (const c of i % 2 ? [...CASES].reverse() : CASES) {
        const r = await load(browser, new URL(c.path, topo.site).href, c);
        results.get(c)!.ms.push(r.ms);
        results.get(c)!.bytes.push(r.bytes);
        log(`${c.path} ${Math.round(r.ms)} ms ${(r.bytes / 1000).toFixed(1)} KB`);
      }
    }
  } finally {
    await browser.close();
    await topo.close();
    fc.server.close();
    await db.close();
  }
  const fcMs = median(results.get(CASES[1]!)!.ms);
  const rows = CASES.map((c) => {
    const r = results.get(c)!;
    const m = median(r.ms);
    const vs = c === CASES[1] ? '–' : `${(fcMs / m).toFixed(2)}×`;
    return `| ${c.name} | ${Math.round(m)} ms <sub>(${Math.round(Math.min(...r.ms))}–${Math.round(Math.max(...r.ms))}, n=${r.ms.length})</sub> | ${(median(r.bytes) / 1000).toFixed(1)} KB | ${vs} |`;
  });
  const section = [
    '## Cold load on a slow phone, three origins (`npm run bench`)',
    '',
    `Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} on ${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}, Node ${process.version}, load average ${load0.toFixed(1)} at the start. ` +
      'Each load in a new browser context (empty cache, new connections): 390 px, 150 ms round trip, 1.6 Mbit/s down, 4× CPU slowdown. ' +
      'Navigation start → the frame that shows the first activity (the banner: the banner). Pages interleaved in one run; medians (min–max, n).',
    '',
    '| Partner page (its own origin; widgets from the CDN origin, data from the API origin) | first content | bytes over the network (HTML, JS, data) | FullCalendar / this |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    '',
    'FullCalendar: its core and list global bundles (gzip) from a fourth origin, as from a public CDN; the page\'s own script fetches the same 20 activities from our API and renders a list view. Goal (issue 12): first content at least 2× sooner than that page.',
  ].join('\n');
  console.log(section);
  const doc = await readFile(DOC, 'utf8');
  const start = '<!-- bench:cold-load:start (written by `npm run bench`; do not edit by hand) -->';
  const end = '<!-- bench:cold-load:end -->';
  const block = `${start}\n${section}\n${end}`;
  const i = doc.indexOf(start);
  const next = i >= 0 ? doc.slice(0, i) + block + doc.slice(doc.indexOf(end) + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  await writeFile(DOC, next);
}

await main();
