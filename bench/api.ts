/**
 * npm run bench:api — the content API under load. Starts the app on a free loopback port
 * (PGlite in memory from the seeded snapshot, or DATABASE_URL), runs autocannon for ~5 s
 * per scenario and prints a markdown table. Rate limit and fill-time check are off here.
 */
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.js';
import { issueToken } from '../server/form-token.js';
import { sampleWalkIns } from '../server/sample/walk-ins.js';
import { prng } from '../server/sample/prng.js';
import { upsertWalkIn } from '../server/store/walk-ins.js';
import { openTestDb } from '../test/server/helpers/db.js';
import { validSubmission } from '../test/server/helpers/submission.js';

interface Req {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}
interface Result {
  requests: { average: number };
  latency: { p99: number; p50: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (opts: Record<string, unknown>, cb: (err: Error | null, res: Result) => void) => unknown;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const db = await openTestDb();
const PLACES = Number(process.env.BENCH_WALK_INS ?? 10_000);
await addWalkIns(PLACES);
const secret = 'bench-secret';
const { app, deps } = createApp({ db, secret, rateLimit: false, minFillMs: 0 });
// As main.ts does at start: the walk-in index is loaded before the first visitor.
await deps.walkIns.preload();
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const run = (opts: Record<string, unknown>) =>
  new Promise<Result>((resolve, reject) =>
    autocannon({ url: base, connections: 20, duration: DURATION, ...opts }, (err, res) => (err ? reject(err) : resolve(res))),
  );

const WORDS = ['wandelen', 'stress', 'jongeren', 'workshop', 'slapen', 'ouders', 'samen', 'dansen', 'veerkracht', 'podcast'];
const REGIONS = ['utrecht', 'groningen', 'limburg', 'zeeland', 'Amsterdam', 'Rotterdam', 'friesland', 'drenthe'];
let n = 0;
// A form token serves one idempotency key: one token per report, as from real forms.
const body = () => JSON.stringify(validSubmission({ token: issueToken(secret, new Date(Date.now() - 10_000)) }));
/** A distinct instant per request (unknown parameters such as `n=` are refused, so the query itself varies). */
const instant = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().slice(0, 16) + 'Z';

const scenarios: [string, Record<string, unknown>][] = [
  ['GET /activities (cached feed, br)', { requests: [{ path: '/api/v1/activities?from=2026-06-01&to=2026-06-06', headers: { 'accept-encoding': 'br, gzip' } }] }],
  [
    'GET /activities?region&q (uncached, filtered)',
    {
      requests: [
        {
          setupRequest: (req: Req) => {
            n++;
            return { ...req, path: `/api/v1/activities?from=${instant(n)}&limit=20&region=${REGIONS[n % REGIONS.length]}&q=${WORDS[n % WORDS.length]}` };
          },
        },
      ],
    },
  ],
  [
    'GET /walk-ins?near=lat,lon (uncached)',
    {
      requests: [
        {
          setupRequest: (req: Req) => {
            n++;
            return { ...req, path: `/api/v1/walk-ins?near=${(51 + (n % 20_000) / 10_000).toFixed(4)},${(4.5 + (n % 15_000) / 10_000).toFixed(4)}&radius=25&limit=20` };
          },
        },
      ],
    },
  ],
  [
    `GET /walk-ins?near=lat,lon&limit=50 (uncached, ${PLACES.toLocaleString('en')} more places)`,
    {
      requests: [
        {
          setupRequest: (req: Req) => {
            n++;
            return { ...req, path: `/api/v1/walk-ins?near=${randomPoint(n).join(',')}&radius=25&limit=50` };
          },
        },
      ],
    },
  ],
  [
    'POST /submissions (insert)',
    {
      connections: 10,
      requests: [
        {
          setupRequest: (req: Req) => {
            n++;
            return { ...req, method: 'POST', path: '/api/v1/submissions', headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${process.pid}-${n}` }, body: body() };
          },
        },
      ],
    },
  ],
];

/** A point in the Netherlands' bounding box (the contract's bounds), 4 decimals like the finder's rounded positions. */
function randomPoint(i: number): [string, string] {
  const r = prng(i);
  return [(50.8 + r.next() * 2.6).toFixed(4), (3.6 + r.next() * 3.5).toFixed(4)];
}

/**
 * National scale: `count` fictional places spread over the country (copies of the sample
 * places with their hours and holidays, ids `vb-bench-…`), added to the seeded ones.
 */
async function addWalkIns(count: number): Promise<void> {
  const samples = sampleWalkIns();
  await db.transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      const [lat, lon] = randomPoint(1_000_000 + i).map(Number) as [number, number];
      await upsertWalkIn(tx, { ...samples[i % samples.length]!, id: `vb-bench-${i}`, lat, lon });
    }
  });
}

const only = process.env.BENCH_ONLY;
const rows: string[] = [];
for (const [name, opts] of scenarios) {
  if (only && !name.includes(only)) continue;
  const r = await run(opts);
  rows.push(`| ${name} | ${Math.round(r.requests.average).toLocaleString('en')} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors} |`);
  console.error(`[bench] ${name}: done`);
}
console.log(`\n${DURATION} s per row, ${db.kind}, Node ${process.version}\n`);
console.log('| endpoint | req/s | p50 ms | p99 ms | non-2xx + errors |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(r);
server.close();
await db.close();
process.exit(0);
