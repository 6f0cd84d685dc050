/**
 * Issue 14, point 6: the demo looks alive on any date. The sample data is generated around
 * the clock it is given: the coming national week (first Monday of June, Monday to
 * Saturday) always busy, some activities this week and some past, the same data for the
 * same date. Point 7: the API carries the campaigns' English texts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Activity, Campaign } from '../../src/contract/schema.js';
import { addDays, dateKey, isoWeekday, mondayOf } from '../../src/core/dates.js';
import { activityDays } from '../../src/core/activities.js';
import { sampleActivities } from '../../server/sample/activities.js';
import { sampleCampaigns } from '../../server/sample/campaigns.js';
import { fileApp } from './helpers/file-app.js';
import { getActivity, upsertActivity } from '../../server/store/activities.js';
import { seedIfEmpty } from '../../server/store/seed.js';

// The test clock, a day in the week, the day after it, the day before it, and far-off dates.
const TODAYS: [today: string, week: string][] = [
  ['2026-11-23', '2027-06-07'],
  ['2027-06-09', '2027-06-07'],
  ['2027-06-13', '2028-06-05'],
  ['2028-06-04', '2028-06-05'],
  ['2031-03-10', '2031-06-02'],
  ['2029-12-31', '2030-06-03'],
];

describe('sample data around any date (point 6)', () => {
  for (const [today, monday] of TODAYS) {
    test(`on ${today} the coming week is ${monday}, busy; some activities this week and some past`, () => {
      const campaigns = sampleCampaigns(today);
      const next = campaigns.at(-1)!;
      assert.equal(next.start, monday);
      assert.equal(isoWeekday(next.start), 1);
      assert.equal(next.end, addDays(monday, 5), 'Monday to Saturday');
      assert.ok(next.end >= today);
      for (const c of campaigns) assert.ok(Campaign.safeParse(c).success, c.slug);

      const items = sampleActivities(today);
      for (const a of items) assert.ok(Activity.safeParse(a).success, `${a.id} matches the contract`);
      const onDay = new Map<string, number>();
      for (const a of items) for (const d of activityDays(a)) onDay.set(d, (onDay.get(d) ?? 0) + 1);
      const inWeek = items.filter((a) => a.campaign === next.slug);
      assert.ok(inWeek.length >= 300, `hundreds in the coming week (${inWeek.length})`);
      for (let d = monday; d <= next.end; d = addDays(d, 1)) assert.ok((onDay.get(d) ?? 0) >= 20, `${d}: ${onDay.get(d)}`);
      const thisWeek = items.filter((a) => activityDays(a).some((d) => mondayOf(d) === mondayOf(today)));
      assert.ok(thisWeek.length >= 10, `this week: ${thisWeek.length}`);
      assert.ok(items.filter((a) => Date.parse(a.end) < Date.parse(`${today}T00:00:00Z`)).length >= 100, 'some past');
      assert.ok(items.every((a) => dateKey(new Date(a.updatedAt)) < today), 'never updated in the future');
      assert.ok(items.every((a) => a.sample && /voorbeeld/i.test(a.organizer.name) && (!a.location || /voorbeeld/i.test(a.location.name))));
      assert.deepEqual(sampleActivities(today), items, 'the same date gives the same data');
    });
  }
});

describe('the API from the injected clock (points 6 and 7)', () => {
  const file = fileApp();
  test('the current campaign is the coming week, in Dutch and in English', async () => {
    const { t } = file;
    const { body } = await t.json<Campaign>('/api/v1/campaigns/current');
    assert.equal(body.slug, 'week-van-de-mentale-gezondheid-2027');
    assert.equal(body.en?.name, 'Mental Health Week 2027');
    assert.match(body.en!.description!, /^From Monday 7 to Saturday 12 June 2027/);
    assert.match(body.description!, /^Van maandag 7 tot en met zaterdag 12 juni 2027/);
    const { body: page } = await t.json<{ items: Activity[] }>('/api/v1/activities?from=2027-06-07&to=2027-06-12&limit=200');
    assert.equal(page.items.length, 200, 'a full page in the coming week');
  });
  test('a demo database whose last sample campaign is over gets fresh sample data; what partners added stays', async () => {
    const partner = { ...sampleActivities('2026-11-23')[0]!, id: 'mm-2026-000001', sample: false, organizer: { name: 'Voorbeeld Partner', url: null } };
    await file.db.transaction((tx) => upsertActivity(tx, partner, 'submission', new Date('2026-11-23T12:00:00Z')).then(() => undefined));
    assert.equal(await seedIfEmpty(file.db, new Date('2027-06-10T12:00:00+02:00')), false, 'the coming week is still on');
    assert.equal(await seedIfEmpty(file.db, new Date('2027-06-13T12:00:00+02:00')), true, 'the week is over');
    const slugs = (await file.db.query<{ slug: string }>('SELECT slug FROM campaigns ORDER BY start_date')).map((r) => r.slug);
    assert.deepEqual(slugs, ['week-van-de-mentale-gezondheid-2026', 'week-van-de-mentale-gezondheid-2027', 'week-van-de-werkstress-2027', 'week-van-de-mentale-gezondheid-2028']);
    assert.ok(await getActivity(file.db, 'mm-2026-000001'), 'the partner activity stays');
    const [n] = await file.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM activities WHERE campaign = 'week-van-de-mentale-gezondheid-2028'`);
    assert.equal(n!.n, 320);
  });
});
