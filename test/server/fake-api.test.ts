// The fake API of the stories, browser tests and bench pages (test/helpers/fake-api.ts) must
// answer like the server: the same questions over the same activities give the same ids, in
// the same order, page after page. The stories once served `hybrid` for `mode=online` and left
// out `iedereen` for an audience, while the server does the opposite.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Activity, ActivityPage, WalkIn, WalkInResult } from '../../src/contract/schema.js';
import type { Origin } from '../helpers/fake-api.js';
import { activityPage, fakeWalkInsApi, filterActivities } from '../helpers/fake-api.js';
import { NOW, fileApp } from './helpers/app.js';

const file = fileApp();

/** Every activity the server holds: what the fake is given. */
async function everything(): Promise<Activity[]> {
  const rows = await file.db.query<{ doc: Activity }>('SELECT doc FROM activities');
  return rows.map((r) => r.doc);
}

/** All ids of an answer, following `nextCursor` page by page. */
async function ids(ask: (query: string) => Promise<ActivityPage>, query: string): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < 100; n++) {
    const page = await ask(cursor ? `${query}&cursor=${encodeURIComponent(cursor)}` : query);
    out.push(...page.items.map((a) => a.id));
    cursor = page.nextCursor;
    if (!cursor) return out;
  }
  throw new Error(`${query}: more than 100 pages`);
}

test('the fake API lists the same activities as the server for the same filters', async () => {
  const all = await everything();
  const server = async (query: string) => {
    const res = await file.t.request(`/api/v1/activities?${query}`);
    assert.equal(res.status, 200, query);
    return (await res.json()) as ActivityPage;
  };
  const fake = async (query: string) => activityPage(all, new URL(`https://api.example/api/v1/activities?${query}`), { now: () => NOW });

  // The differences the fake once had must be in the data, or this test could not see them.
  const organizer = all.find((a) => a.mode === 'hybrid')!.organizer.name;
  const campaign = all.find((a) => a.campaign)!.campaign;
  assert.ok(all.some((a) => a.mode === 'hybrid'), 'the sample data has hybrid activities');
  assert.ok(all.some((a) => a.audiences.includes('iedereen') && !a.audiences.includes('jongeren')), "the sample data has activities for 'iedereen'");

  const queries = [
    'limit=200',
    'limit=7',
    'from=2026-11-23&to=2026-11-29&limit=50',
    'from=2026-11-24T10:00:00%2B01:00&limit=30',
    'to=2027-01-10&limit=100',
    'audience=jongeren&limit=40',
    'audience=iedereen&limit=40',
    'audience=ouders,onderwijs&limit=40',
    'mode=online&limit=40',
    'mode=hybrid&limit=40',
    'mode=online,hybrid&limit=40',
    'type=wandeling&limit=40',
    'type=workshop,webinar&audience=werkenden&limit=25',
    'region=utrecht&limit=40',
    'region=Amsterdam&limit=40',
    `organizer=${encodeURIComponent(organizer.toUpperCase())}&limit=40`,
    `campaign=${campaign}&mode=onsite&from=2025-01-01&limit=40`, // from: the campaign may lie before NOW
  ];
  let compared = 0;
  for (const query of queries) {
    const want = await ids(server, query);
    assert.ok(want.length > 0, `${query} finds something, so the comparison can differ`);
    assert.deepEqual(await ids(fake, query), want, query);
    compared += want.length;
  }
  assert.ok(compared > 500, `the questions found activities (${compared})`);
});

test("an audience also finds activities for 'iedereen'; a mode finds only that mode", async () => {
  const all = await everything();
  const from = new URLSearchParams({ audience: 'jongeren', to: '2099-01-01' });
  assert.ok(filterActivities(all, from).some((a) => !a.audiences.includes('jongeren')), "'iedereen' activities are in");
  const online = filterActivities(all, new URLSearchParams({ mode: 'online', to: '2099-01-01' }));
  assert.ok(online.length > 0);
  assert.ok(online.every((a) => a.mode === 'online'), 'no hybrid activity for mode=online');
});

test('a search word finds what begins with it in the title, description, organizer or city, as the server does for whole words', async () => {
  const all = await everything();
  const server = async (query: string) => ((await (await file.t.request(`/api/v1/activities?${query}`)).json()) as ActivityPage);
  const fake = async (query: string) => activityPage(all, new URL(`https://api.example/api/v1/activities?${query}`), { now: () => NOW });
  for (const q of ['utrecht', 'voorbeeld', 'eenzaamheid', 'piekeren', 'social media']) {
    const query = `q=${q}&limit=200`;
    const want = await ids(server, query);
    assert.ok(want.length > 0, `${q} finds something`);
    assert.deepEqual(await ids(fake, query), want, query);
  }
});

test('the fake API lists the same walk-in places as the server, nearest first with the same distances', async () => {
  type WalkInList = { items: WalkInResult[]; origin: Origin };
  const rows = await file.db.query<{ doc: WalkIn }>('SELECT doc FROM walk_ins');
  const all = rows.map((r) => r.doc);
  const noPlace = () => undefined;
  const server = async (query: string) => {
    const res = await file.t.request(`/api/v1/walk-ins?${query}`);
    assert.equal(res.status, 200, query);
    return (await res.json()) as WalkInList;
  };
  const fake = async (query: string) => {
    const answer = fakeWalkInsApi(all, noPlace)(new URL(`https://api.example/api/v1/walk-ins?${query}`));
    return (answer as { body: WalkInList }).body;
  };
  const seen = (l: WalkInList) => l.items.map((w) => `${w.id} ${w.distanceKm}`);

  // The data must hold what the fake could get wrong: an audience beside 'iedereen', places outside a radius.
  assert.ok(all.some((w) => w.audiences.includes('iedereen')) && all.some((w) => !w.audiences.includes('iedereen')), "places for 'iedereen' and for some audiences only");
  const utrecht = '52.0907,5.1214';
  const queries = [
    `near=${utrecht}`,
    `near=${utrecht}&radius=5`,
    `near=${utrecht}&radius=300&limit=200`,
    `near=${utrecht}&radius=300&limit=7`,
    `near=52.5168,6.083&radius=60`,
    `near=53.2194,6.5665&radius=300&limit=20`,
    ...['jongeren', 'ouders', 'iedereen'].map((a) => `near=${utrecht}&radius=60&limit=200&audience=${a}`),
  ];
  let compared = 0;
  for (const query of queries) {
    const want = await server(query);
    assert.ok(want.items.length > 0, `${query} finds something, so the comparison can differ`);
    const got = await fake(query);
    assert.deepEqual(seen(got), seen(want), query);
    assert.deepEqual(got.origin, want.origin, `${query}: the origin`);
    compared += want.items.length;
  }
  const [everyone, young] = [await server(`near=${utrecht}&radius=60&limit=200`), await server(`near=${utrecht}&radius=60&limit=200&audience=jongeren`)];
  assert.ok(young.items.length < everyone.items.length, 'an audience leaves places out');
  assert.ok(compared > 50, `the questions found places (${compared})`);
});
