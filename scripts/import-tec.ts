/**
 * npm run import:tec -- https://partner.example
 * Imports the events of a WordPress site with The Events Calendar into the store
 * (PGlite in ./data/pglite, or DATABASE_URL). Stop `npm start` first when using PGlite:
 * one process at a time may open its data folder. Re-running is safe (idempotent).
 */
import { openDb } from '../server/db/db.js';
import { migrate } from '../server/db/migrations.js';
import { importReport, importTec } from '../server/import/tec.js';

const site = process.argv[2];
if (!site || !/^https?:\/\//.test(site)) {
  console.error('Usage: npm run import:tec -- <site-url>   (for example https://www.voorbeeld.nl)');
  process.exit(2);
}
const db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: './data/pglite' });
try {
  await migrate(db);
  const s = await importTec(site, db);
  console.log(`[import:tec] ${importReport(site, s)}`);
} catch (err) {
  console.error(`[import:tec] failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
