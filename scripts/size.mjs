// Prints the gzipped size of every file in dist/cdn and fails when a budget is exceeded.
// Budgets: `sizeBudgets()` in scripts/elements.mjs (loader 2.6 KB, shared 15, contract 11,
// each element its row's `budget` in elements.mjs, chunks shared by some elements 7).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sizeBudgets } from './elements.mjs';

const root = 'dist/cdn';
const budgets = sizeBudgets();

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.js')) files.push(p);
  }
};
try {
  walk(root);
} catch {
  console.error(`size: ${root} is missing; run npm run build first`);
  process.exit(1);
}

let failed = 0;
const rows = files.sort().map((p) => {
  const rel = p.slice(root.length + 1);
  const gz = gzipSync(readFileSync(p), { level: 9 }).length;
  const [, limit, what] = budgets.find(([re]) => re.test(rel)) ?? [null, Infinity, 'other'];
  const ok = gz <= limit * 1000;
  if (!ok) failed++;
  return { file: rel, what, gz, limit, ok };
});
const kb = (n) => (n / 1000).toFixed(1).padStart(5);
console.log('file'.padEnd(44), 'what'.padEnd(24), 'gzip KB', ' budget');
for (const r of rows) console.log(r.file.padEnd(44), r.what.padEnd(24), kb(r.gz), '  ', String(r.limit).padStart(4), r.ok ? 'ok' : 'OVER BUDGET');
const page = rows.filter((r) => /^(missie-mentaal|chunks\/shared)/.test(r.file)).reduce((s, r) => s + r.gz, 0);
console.log(`loader + shared (what every page downloads once): ${kb(page)} KB`);
if (failed) {
  console.error(`size: ${failed} file(s) over budget`);
  process.exit(1);
}
console.log('size: all files within budget');
