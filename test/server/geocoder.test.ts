import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lookupTable, pdokGeocoder, suggestTable } from '../../server/geo/geocoder.js';

test('the offline table: postcodes (approximate area), places with accents and aliases, nothing foreign', () => {
  assert.deepEqual(lookupTable('1012 AB'), { lat: 52.37403, lon: 4.88969, label: '1012 AB (Amsterdam, ongeveer)', province: 'noord-holland' });
  assert.equal(lookupTable('6211')?.label, '6211 (Maastricht, ongeveer)');
  assert.equal(lookupTable('  LEEUWARDEN ')?.province, 'friesland');
  assert.equal(lookupTable('Den Bosch')?.label, "'s-Hertogenbosch");
  assert.equal(lookupTable('almere')?.province, 'flevoland');
  for (const q of ['Paris', 'Berlin', '0123', '12345', 'Amsterdamxyz', '']) assert.equal(lookupTable(q), null, q);
});

const pdokAnswer = { response: { numFound: 1, docs: [{ weergavenaam: 'Domplein 1, 3512JC Utrecht', centroide_ll: 'POINT(5.12143 52.09074)' }] } };

test('PDOK: parses the answer and caches it', async () => {
  const asked: string[] = [];
  const geo = pdokGeocoder((async (url: string | URL | Request) => {
    asked.push(String(url));
    return new Response(JSON.stringify(pdokAnswer));
  }) as typeof fetch);
  assert.deepEqual(await geo('Domplein 1 Utrecht'), { lat: 52.09074, lon: 5.12143, label: 'Domplein 1, 3512JC Utrecht' });
  await geo('domplein 1 utrecht');
  assert.equal(asked.length, 1, 'second lookup comes from the cache');
  assert.match(asked[0]!, /^https:\/\/api\.pdok\.nl\/bzk\/locatieserver\/search\/v3_1\/free\?q=Domplein%201%20Utrecht&rows=1/);
});

test('PDOK down or slow: the offline table answers', async () => {
  const failing = pdokGeocoder((async () => {
    throw new Error('network down');
  }) as typeof fetch);
  assert.equal((await failing('Zwolle'))?.label, 'Zwolle');
  const empty = pdokGeocoder((async () => new Response(JSON.stringify({ response: { numFound: 0, docs: [] } }))) as typeof fetch);
  assert.equal(await empty('Atlantis'), null);
});

test('suggestions: name prefix before later words and aliases, postcodes and areas, provinces for shared names', () => {
  const labels = (q: string) => suggestTable(q).map((s) => s.label);
  assert.deepEqual(labels('utr').slice(0, 1), ['Utrecht']);
  assert.deepEqual(labels('haag'), ['Den Haag'], 'a later word of the name');
  assert.ok(labels('den b').includes("'s-Hertogenbosch"), 'an alias (den bosch)');
  assert.deepEqual(labels('  HENGELO '), ['Hengelo (Overijssel)', 'Hengelo (Gelderland)']);
  assert.deepEqual(labels('9711 ab'), ['9711 AB (Groningen, ongeveer)']);
  assert.deepEqual(labels('97'), ['97xx (Groningen, ongeveer)']);
  assert.deepEqual(labels('971'), ['971x (Groningen, ongeveer)']);
  assert.equal(labels('9').length, 8);
  assert.equal(suggestTable('s', 8).length, 8);
  for (const q of ['Paris', '0123', '', '   ']) assert.deepEqual(suggestTable(q), [], q);
  const [zwolle] = suggestTable('zwolle');
  assert.deepEqual(zwolle, { kind: 'place', label: 'Zwolle', value: 'Zwolle', lat: lookupTable('Zwolle')!.lat, lon: lookupTable('Zwolle')!.lon });
});
