/**
 * npm run import:walk-ins -- places.csv [--lang en]
 * Imports walk-in places from a CSV file (columns: docs/server.md, example:
 * docs/walk-ins.example.csv) into the store (PGlite in ./data/pglite, or DATABASE_URL).
 * All or nothing: a file with bad rows is refused and every bad row is listed by line and
 * field; exit code 1. Places whose id is already known are updated. Stop `npm start` first
 * when using PGlite: one process at a time may open its data folder.
 */
import { readFileSync } from 'node:fs';
import { dateKey } from '../src/core/dates.js';
import { openDb } from '../server/db/db.js';
import { migrate } from '../server/db/migrations.js';
import { importWalkIns, parseWalkInsCsv, problemReport } from '../server/import/walk-ins-csv.js';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 && args[langAt + 1] === 'en' ? 'en' : 'nl';
const file = args.find((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1));
if (!file) {
  console.error('Usage: npm run import:walk-ins -- <file.csv> [--lang en]   (see docs/walk-ins.example.csv)');
  process.exit(2);
}

const result = parseWalkInsCsv(readFileSync(file, 'utf8'), { today: dateKey(new Date()), lang });
if (!result.ok) {
  const head = lang === 'nl' ? `niets ingelezen: ${result.problems.length} probleem/problemen in ${file}` : `nothing imported: ${result.problems.length} problem(s) in ${file}`;
  console.error(`[import:walk-ins] ${head}\n${problemReport(result.problems, lang)}`);
  process.exit(1);
}
const db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: './data/pglite' });
try {
  await migrate(db);
  const { added, updated } = await importWalkIns(db, result.walkIns);
  console.log(`[import:walk-ins] ${file}: ${added} added, ${updated} updated`);
} catch (err) {
  console.error(`[import:walk-ins] failed, nothing stored: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
