import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { WalkInList, type WalkInResult } from '../../src/contract/schema.js';
import { WalkInList as WalkInChecker } from '../../src/contract/walk-in-checkers.js';
import type { Db } from '../../server/db/db.js';
import { importWalkIns, parseWalkInsCsv, problemReport } from '../../server/import/walk-ins-csv.js';
import { renewOpeningHours } from '../../server/store/walk-ins.js';
import { testApp } from './helpers/app.js';
import { openTestDb } from './helpers/db.js';

const root = new URL('../../', import.meta.url).pathname;
const EXAMPLE = readFileSync(join(root, 'docs/walk-ins.example.csv'), 'utf8');
const TODAY = '2026-11-23';
const [HEADER, ...ROWS] = EXAMPLE.trimEnd().split('\n') as [string, ...string[]];

let db: Db;
before(async () => {
  db = await openTestDb();
});
after(() => db.close());

const count = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM walk_ins`))[0]!.n;

describe('CSV import of walk-in places', () => {
  test('a file with two bad rows is refused: both reported by line and field, nothing stored', async () => {
    const bad = [HEADER, ROWS[0]!, ROWS[1]!.replace('52.5080', '48.85'), ROWS[2]!.replace('https://voorbeeld', 'javascript:alert(1)//voorbeeld').replace('Mo,Fr 13:00', 'Mo-Fx 13:00')].join('\n');
    const before = await count();
    const r = parseWalkInsCsv(bad, { today: TODAY });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.field, p.code]),
      [
        [3, 'lat', 'too_small'],
        [4, 'openingHours', 'invalid_format'],
        [4, 'url', 'url_scheme'],
      ],
    );
    assert.match(r.problems[2]!.message, /https:\/\//, 'the translated message of the code');
    assert.match(problemReport(r.problems), /^regel 3, lat: .+\nregel 4, openingHours: Dit heeft niet de goede vorm\. \(Mo-F/);
    const en = parseWalkInsCsv(bad, { today: TODAY, lang: 'en' });
    assert.match(problemReport(en.ok ? [] : en.problems, 'en'), /^line 3, lat: .+\nline 4, openingHours: This is not in the right format/);
    assert.equal(await count(), before, 'nothing stored');

    // The command refuses it too, before it opens any database, with exit code 1.
    const dir = mkdtempSync(join(tmpdir(), 'mm-csv-'));
    writeFileSync(join(dir, 'bad.csv'), bad);
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-walk-ins.ts', join(dir, 'bad.csv')], { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
    assert.equal(cli.status, 1, cli.stderr);
    assert.match(cli.stderr, /niets ingelezen: 3 .*\nregel 3, lat: .*\nregel 4, openingHours: .*\nregel 4, url: /);
  });

  test('one-line fields refuse line breaks, bidi and zero-width characters; web addresses are stored in the spelling the finder accepts', () => {
    const bad = [
      HEADER,
      ROWS[0]!.replace('Inloophuis De Haven', 'Inloophuis \u202eneVaH eD'),
      ROWS[1]!.replace('Proefweg 3', '"Proefweg 3\r\nBEGIN:VEVENT"').replace('Voorbeeld Welzijn Zwolle', 'Voorbeeld\u200bWelzijn'),
    ].join('\n');
    const r = parseWalkInsCsv(bad, { today: TODAY });
    // A quoted field with a line break makes its row span two lines: the report names the line it starts on.
    assert.deepEqual(r.ok ? [] : r.problems.map((p) => [p.line, p.field, p.code]), [[2, 'name', 'one_line'], [3, 'organizer', 'one_line'], [3, 'address', 'one_line']]);
    // And the rows after it keep their own line numbers, past an empty line too.
    const after = parseWalkInsCsv(`${bad}\n\n${ROWS[2]!.replace(/^([^,]*),([^,]*)/, '$1,Inloop\u200bpunt')}`, { today: TODAY });
    assert.deepEqual(after.ok ? [] : after.problems.map((p) => [p.line, p.field, p.code]).at(-1), [6, 'name', 'one_line']);
    const odd = parseWalkInsCsv([HEADER, ROWS[0]!.replace('https://voorbeeld.missiementaal.nl', 'HTTPS://Voorbeeld.Missiementaal.NL')].join('\n'), { today: TODAY });
    assert.ok(odd.ok);
    assert.equal(odd.walkIns[0]!.url, 'https://voorbeeld.missiementaal.nl/inloop/csv-1');
    const answer = { items: odd.walkIns.map((w) => ({ ...w, distanceKm: 0, openNow: false, nextChange: null })) };
    assert.ok(WalkInChecker.safeParse(answer).success, 'the finder’s own check accepts it');
  });

  test('unknown or missing columns, duplicate ids and a broken quote are refused as well', () => {
    const r1 = parseWalkInsCsv(EXAMPLE.replace('openingHours', 'openingstijden').replace(',lat,', ',breedte,'), { today: TODAY });
    assert.deepEqual(!r1.ok && r1.problems.map((p) => [p.line, p.field, p.code]), [
      [1, 'breedte', 'unrecognized_keys'],
      [1, 'openingstijden', 'unrecognized_keys'],
      [1, 'lat', 'required'],
    ]);
    const r2 = parseWalkInsCsv([HEADER, ROWS[0]!, ROWS[0]!].join('\n'), { today: TODAY });
    assert.deepEqual(!r2.ok && r2.problems.map((p) => [p.line, p.field, p.message]), [[3, 'id', 'Kies een van de opties. (hetzelfde id als regel 2)']]);
    const r3 = parseWalkInsCsv(`${HEADER}\nvb-x,"Naam zonder eind\n`, { today: TODAY });
    assert.equal(r3.ok, false);
  });

  test('a good file imports: validated places, hours from the OSM syntax, the province from the city, found near Zwolle', async () => {
    const r = parseWalkInsCsv(EXAMPLE, { today: TODAY });
    assert.ok(r.ok, r.ok ? '' : problemReport(r.problems));
    const before = await count();
    assert.deepEqual(await importWalkIns(db, r.walkIns), { added: 3, updated: 0 });
    assert.equal(await count(), before + 3);
    const night = r.walkIns.find((w) => w.id === 'vb-csv-zwolle-2')!;
    assert.equal(night.province, 'overijssel');
    assert.deepEqual(night.hours, [{ day: 5, open: '20:00', close: '02:00' }, { day: 6, open: '20:00', close: '02:00' }]);
    assert.deepEqual(night.audiences, ['werkenden', 'jongeren']);
    const t = testApp(db);
    const { body } = await t.json<{ items: WalkInResult[] }>('/api/v1/walk-ins?near=52.5125,6.0912&radius=1');
    assert.ok(WalkInList.safeParse(body).success);
    assert.equal(body.items[0]!.id, 'vb-csv-zwolle-1');
    assert.equal(body.items[0]!.openingHours, 'Mo-Fr 10:00-16:00; PH off');
  });

  test('importing again updates the places it knows, never duplicates; a Dutch Excel export (;, decimal comma) reads the same', async () => {
    const before = await count();
    const renamed = EXAMPLE.replace('Inloophuis De Haven Zwolle (voorbeeld)', 'Inloophuis De Haven Zwolle-Zuid (voorbeeld)');
    const r = parseWalkInsCsv(renamed, { today: TODAY });
    assert.ok(r.ok);
    assert.deepEqual(await importWalkIns(db, r.walkIns), { added: 0, updated: 3 });
    assert.equal(await count(), before);
    const [row] = await db.query<{ name: string }>(`SELECT doc->>'name' AS name FROM walk_ins WHERE id = 'vb-csv-zwolle-1'`);
    assert.equal(row!.name, 'Inloophuis De Haven Zwolle-Zuid (voorbeeld)');

    const excel = [
      'id;name;address;postcode;city;lat;lon;openingHours;sample',
      'vb-csv-zwolle-1;Inloophuis De Haven Zwolle (voorbeeld);Voorbeeldstraat 12;8011 AB;Zwolle;52,5125;6,0912;"Mo-Fr 10:00-16:00; PH off";ja',
    ].join('\r\n');
    const e = parseWalkInsCsv(`\uFEFF${excel}`, { today: TODAY });
    assert.ok(e.ok, e.ok ? '' : problemReport(e.problems));
    assert.equal(e.walkIns[0]!.lat, 52.5125);
    assert.equal(e.walkIns[0]!.hours.length, 5);
  });
});

describe('renewing opening hours', () => {
  test('exceptions made long ago are derived again from the OSM text; unchanged places are left alone', async () => {
    const old = parseWalkInsCsv(EXAMPLE, { today: '2026-01-05' });
    assert.ok(old.ok);
    await importWalkIns(db, old.walkIns);
    const christmas = async () =>
      (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM walk_ins, jsonb_array_elements(doc->'exceptions') e WHERE id LIKE 'vb-csv-%' AND e->>'date' = '2026-12-25'`))[0]!.n;
    assert.equal(await christmas(), 0, 'December lies beyond six months from January');
    assert.equal(await renewOpeningHours(db, TODAY), 2, 'the two places with holidays in their hours');
    assert.equal(await christmas(), 2);
    assert.equal(await renewOpeningHours(db, TODAY), 0);
  });
});
