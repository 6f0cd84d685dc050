// `npm test`: every check in one command, with one closing line `N passed, N failed`.
// Steps: type check, lint (eslint, and jscpd: no copied code in src/, server/, test/), server tests (node:test on PGlite), browser tests
// (@web/test-runner in Debian's Chromium), the demo pages end to end on three origins (Playwright, with a bundle built for the run); with `--postgres` also the server tests against
// a throw-away PostgreSQL (CI does this). Each step's output streams through; the counts
// are read from each runner's summary. Exits non-zero when anything failed.
import { spawn } from 'node:child_process';

const withPostgres = process.argv.includes('--postgres');
const steps = [
  { name: 'type check', cmd: 'npx tsc -p tsconfig.json', counts: false },
  { name: 'lint', cmd: 'npm run -s lint', counts: false },
  // No import cycles; browser code never imports server, test or script code (.dependency-cruiser.cjs).
  { name: 'dependency rules', cmd: 'npx depcruise src server scripts bench test moderation --config .dependency-cruiser.cjs --output-type err', counts: false },
  { name: 'server tests (PGlite)', cmd: 'npm run -s test:server', counts: 'node' },
  { name: 'browser tests (Chromium)', cmd: 'npm run -s test:browser', counts: 'wtr' },
  { name: 'demo pages end to end', cmd: 'npm run -s test:e2e', counts: 'node' },
  ...(withPostgres ? [{ name: 'server tests (PostgreSQL)', cmd: 'npm run -s test:pg', counts: 'node' }] : []),
];

// The summaries of node's spec reporter ("ℹ pass 12") and of web-test-runner ("12 passed, 0 failed").
function count(kind, out) {
  const clean = out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  if (kind === 'node') {
    const pass = [...clean.matchAll(/^\s*ℹ pass (\d+)/gm)].map((m) => +m[1]);
    const fail = [...clean.matchAll(/^\s*ℹ fail (\d+)/gm)].map((m) => +m[1]);
    return { passed: pass.reduce((a, b) => a + b, 0), failed: fail.reduce((a, b) => a + b, 0) };
  }
  const all = [...clean.matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = all.at(-1);
  return last ? { passed: +last[1], failed: +last[2] } : { passed: 0, failed: 0 };
}

/** The names of failed tests: node's spec reporter marks them "✖", web-test-runner "❌". */
function failedTests(out) {
  const clean = out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  const names = [...clean.matchAll(/^\s*(?:✖|❌) (.+?)(?: \([\d.]+m?s\))?$/gm)].map((m) => m[1].trim());
  return [...new Set(names)].filter((n) => !/^failing tests:?$/.test(n));
}

function run(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n=== ${step.name}: ${step.cmd}`);
    const child = spawn(step.cmd, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    const keep = (chunk) => {
      out += chunk;
      if (out.length > 4_000_000) out = out.slice(-2_000_000);
    };
    child.stdout.on('data', (c) => (process.stdout.write(c), keep(c)));
    child.stderr.on('data', (c) => (process.stderr.write(c), keep(c)));
    child.on('close', (code) => resolve({ ...step, code, out, seconds: Math.round((Date.now() - started) / 1000) }));
  });
}

let passed = 0;
let failed = 0;
const results = [];
for (const step of steps) {
  const r = await run(step);
  const c = r.counts ? count(r.counts, r.out) : null;
  if (c) {
    passed += c.passed;
    failed += c.failed;
    // A runner that crashed before counting, or that ran nothing, is a failure too.
    if (r.code !== 0 && c.failed === 0) failed += 1;
    if (r.code === 0 && c.passed === 0) {
      console.error(`${r.name}: ran no test`);
      r.code = 1;
      failed += 1;
    }
  }
  results.push({ ...r, c });
}

console.log('\n=== summary');
for (const r of results) {
  const what = r.c ? `${r.c.passed} passed, ${r.c.failed} failed` : r.code === 0 ? 'ok' : 'FAILED';
  console.log(`${r.code === 0 ? '✔' : '✘'} ${r.name.padEnd(28)} ${what.padEnd(24)} ${r.seconds}s`);
}
// The failing tests by name, last, where a CI log that keeps only its tail still shows them.
const failures = results.flatMap((r) => failedTests(r.out).map((t) => `  ${r.name}: ${t}`));
if (failures.length) console.log(`\nfailed:\n${failures.slice(0, 40).join('\n')}`);
const ok = results.every((r) => r.code === 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
