/**
 * Issue 14, point 8: search never dead-ends. A query of only stop words ("de", "het") or a
 * typo finds something sensible, and the answer says what was searched for instead.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ActivityPage } from '../../src/contract/schema.js';
import { correctWords, editDistance } from '../../server/store/search.js';
import { fileApp } from './helpers/file-app.js';

const file = fileApp();

const search = async (qs: string) => {
  const { res, body } = await file.t.json<ActivityPage>(`/api/v1/activities?from=2026-06-01&to=2026-06-06&limit=200&${qs}`);
  assert.equal(res.status, 200, JSON.stringify(body));
  assert.ok(ActivityPage.safeParse(body).success);
  return body;
};

describe('search never dead-ends (point 8)', () => {
  test('only stop words: the words are left out, the other filters stay, and the answer says so', async () => {
    for (const q of ['de', 'het', 'de het', 'een', 'Het!']) {
      const body = await search(`q=${encodeURIComponent(q)}`);
      assert.ok(body.items.length > 100, `${q}: ${body.items.length}`);
      assert.equal(body.corrected, '', q);
    }
    const utrecht = await search('q=de&region=utrecht');
    assert.ok(utrecht.items.length > 5 && utrecht.items.every((a) => a.location?.province === 'utrecht'));
  });
  test('a typo finds the nearest word of the programme and says which', async () => {
    // "wandleing": a typo of "wandeling", a form the programme's texts do not have ("wandelen").
    for (const [typo, fixed, word] of [['wandelng', /^wandel/, /wandel/i], ['wandleing', /^wandel/, /wandel/i], ['wokrshop', /^workshop$/, /workshop/i], ['de mindfulnss', /^mindfulness$/, /mindfulness/i]] as const) {
      const body = await search(`q=${encodeURIComponent(typo)}`);
      assert.match(body.corrected ?? '', fixed, typo);
      assert.ok(body.items.length > 0 && body.items.every((a) => word.test(`${a.title} ${a.description}`)), typo);
    }
  });
  test('a word that is right, or being typed, is left alone; nonsense still finds nothing', async () => {
    const ok = await search('q=wandeling');
    assert.ok(ok.items.length > 0);
    assert.equal(ok.corrected, undefined);
    const typing = await search('q=mindf');
    assert.ok(typing.items.length > 0);
    assert.equal(typing.corrected, undefined);
    const none = await search('q=qzxvbnm');
    assert.deepEqual([none.items.length, none.corrected], [0, undefined]);
  });
  test('edit distance counts a swap as one edit and stops early', () => {
    assert.equal(editDistance('wokrshop', 'workshop', 2), 1);
    assert.equal(editDistance('wandelng', 'wandeling', 2), 1);
    assert.equal(editDistance('abc', 'xyzxyz', 2), 3);
    assert.deepEqual(correctWords(['strss'], new Map([['stress', 3], ['strek', 1]])), ['stress']);
    assert.deepEqual(correctWords(['wandleingen'], new Map([['wandelen', 3], ['wandelde', 1]])), ['wandelen'], 'another form of the word');
    assert.equal(correctWords(['qzxvbing'], new Map([['wandelen', 3]])), null);
    assert.equal(correctWords(['wandeling'], new Map([['wandeling', 1]])), null);
  });
});
