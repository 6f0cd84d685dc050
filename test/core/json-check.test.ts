import { expect } from '@open-wc/testing';
import * as zod from '../../src/contract/schema.js';
import * as browser from '../../src/contract/checkers.js';
import { contract } from '../../src/contract/json-check.js';
import { makeActivity, manyActivities } from '../fixtures/activities.js';
import { week2026 } from '../fixtures/campaigns.js';

// The elements check answers with a JSON Schema made from the zod schemas instead of zod.
// Both must say the same about every answer, except for the rules JSON Schema cannot hold.

type Obj = Record<string, unknown>;
const set = (o: Obj, path: string, value: unknown): Obj => {
  const copy = structuredClone(o);
  const keys = path.split('.');
  let at = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Obj;
  if (value === undefined) delete at[keys.at(-1)!];
  else at[keys.at(-1)!] = value;
  return copy;
};

const activity = makeActivity() as unknown as Obj;
const online = makeActivity({ mode: 'online', location: null, onlineUrl: 'https://example.org/live' }) as unknown as Obj;

/** [path, value] pairs: wrong types, missing fields, bad formats and enums, edges on both sides. */
const ACTIVITY_CHANGES: [string, unknown][] = [
  ...Object.keys(activity).flatMap((k): [string, unknown][] => [[k, undefined], [k, null], [k, 42], [k, 'x'], [k, []], [k, {}], [k, true]]),
  ['id', 'a b'], ['id', 'a'.repeat(65)], ['id', 'ok_id-1'],
  ['title', 'ab'], ['title', 'abc'], ['title', 'x'.repeat(141)], ['description', ''],
  ['type', 'unknown'], ['type', 'open-dag'], ['mode', 'hybrid'], ['status', 'cancelled'], ['status', 'postponed'],
  ['audiences', []], ['audiences', ['ouders', 'x']], ['audiences', ['ouders', 'iedereen']],
  ['start', '2026-06-01'], ['start', '2026-06-01T10:00:00'], ['start', '2026-13-01T10:00:00Z'], ['start', '2026-06-01T10:00:00.123Z'], ['start', '2028-02-29T10:00:00+01:00'], ['start', '2027-02-29T10:00:00+01:00'],
  ['registrationUrl', 'javascript:alert(1)'], ['registrationUrl', 'data:text/html,x'], ['registrationUrl', 'https://localhost/x'], ['registrationUrl', 'http://example.org'], ['registrationUrl', 'example.org'], ['registrationUrl', `https://example.org/${'x'.repeat(2000)}`],
  ['onlineUrl', 'ftp://example.org/x'], ['onlineUrl', 'https://example.org/live'],
  ['price', -1], ['price', 10000], ['price', 10001], ['price', 2.5], ['price', '5'],
  ['sequence', 1.5], ['sequence', -1], ['sequence', 3],
  ['campaign', 'Week 2026'], ['campaign', 'week-2026'],
  ['organizer.name', 'X'], ['organizer.url', 'javascript:x'], ['organizer.url', undefined], ['organizer.url', null],
  ['location.province', 'brabant'], ['location.lat', 60], ['location.lon', 2], ['location.postcode', '3511aa'], ['location.postcode', '351 AA'], ['location.postcode', null], ['location.address', undefined], ['location.city', ''],
  ['newField', 'a newer API may add fields'],
];

describe('core/json-check: the browser contract says what zod says', () => {
  it('accepts the sample activities and campaigns', () => {
    const page = { items: manyActivities(200), nextCursor: 'abc' };
    expect(browser.ActivityPage.safeParse(page).success).to.equal(true);
    expect(zod.ActivityPage.safeParse(page).success).to.equal(true);
    expect(browser.Campaign.safeParse(week2026).success).to.equal(true);
  });

  it('agrees with zod on every changed activity', () => {
    const differ: string[] = [];
    for (const base of [activity, online]) {
      for (const [path, value] of ACTIVITY_CHANGES) {
        if (path.startsWith('location.') && base.location === null) continue;
        const page = { items: [activity, set(base, path, value)], nextCursor: null };
        const ours = browser.ActivityPage.safeParse(page).success;
        if (ours !== zod.ActivityPage.safeParse(page).success) differ.push(`${path} = ${JSON.stringify(value)?.slice(0, 40)}: ours ${ours}`);
      }
    }
    expect(differ).to.deep.equal([]);
  });

  it('agrees with zod on every changed campaign', () => {
    const c = week2026 as unknown as Obj;
    const changes: [string, unknown][] = [
      ...Object.keys(c).flatMap((k): [string, unknown][] => [[k, undefined], [k, null], [k, 1]]),
      ['slug', 'Bad Slug'], ['start', '2026-6-1'], ['end', '2026-02-30'], ['url', 'javascript:alert(1)'], ['lookBackUrl', 'https://example.org/x'],
      ['colors.background', '#ABCDEF'], ['colors.background', '#abc'], ['colors.text', 'red'], ['colors.text', '#12345'],
    ];
    const differ = changes
      .filter(([p, v]) => browser.Campaign.safeParse(set(c, p, v)).success !== zod.Campaign.safeParse(set(c, p, v)).success)
      .map(([p, v]) => `${p} = ${JSON.stringify(v)}`);
    expect(differ).to.deep.equal([]);
  });

  it('leaves the text rules to the server (Lit shows markup as text) and says where a problem is', () => {
    const markup = { items: [set(activity, 'title', 'Hoi <b>daar</b>')], nextCursor: null };
    expect(zod.ActivityPage.safeParse(markup).success).to.equal(false);
    expect(browser.ActivityPage.safeParse(markup).success).to.equal(true);

    const bad = browser.ActivityPage.safeParse({ items: [activity, set(activity, 'location.province', 'x')], nextCursor: null });
    expect(bad.success).to.equal(false);
    if (!bad.success) expect(bad.error.issues[0]).to.deep.equal({ path: ['items', 1, 'location', 'province'], code: 'invalid_value' });
  });

  it('checks a list of types and a const', () => {
    const c = contract<unknown>({ type: ['string', 'null'] });
    expect([c.safeParse('a').success, c.safeParse(null).success, c.safeParse(1).success]).to.deep.equal([true, true, false]);
    const k = contract<unknown>({ const: 'pending' });
    expect([k.safeParse('pending').success, k.safeParse('other').success]).to.deep.equal([true, false]);
  });
});
