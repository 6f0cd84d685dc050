// The functions must not depend on the machine's zone: run this file far from Amsterdam.
process.env.TZ = 'America/Los_Angeles';

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOOK_AHEAD_DAYS, openState, openings, type OpeningHours } from '../../src/core/opening-hours.js';
import { addDays } from '../../src/core/dates.js';
import { prng } from '../../server/sample/prng.js';

const week = (days: number[], open: string, close: string) => days.map((day) => ({ day, open, close }));
const office: OpeningHours = { hours: week([1, 2, 3, 4, 5], '10:00', '16:00'), exceptions: [] };
const iso = (d: Date | undefined) => d?.toISOString();

test('runs in a far-away machine zone', () => {
  assert.equal(new Date('2026-06-01T00:00:00Z').getTimezoneOffset(), 420);
});

test('open during office hours, with the closing time as next change', () => {
  const s = openState(office, new Date('2026-11-23T12:00:00+01:00'));
  assert.equal(s.openNow, true);
  assert.deepEqual(s.nextChange && { at: iso(s.nextChange.at), opens: s.nextChange.opens }, { at: '2026-11-23T15:00:00.000Z', opens: false });
});

test('closed before opening and over the weekend', () => {
  const early = openState(office, new Date('2026-11-23T09:59:00+01:00'));
  assert.equal(early.openNow, false);
  assert.equal(iso(early.nextChange?.at), '2026-11-23T09:00:00.000Z');
  assert.equal(early.nextChange?.opens, true);
  const friday = openState(office, new Date('2026-11-27T16:00:00+01:00'));
  assert.equal(friday.openNow, false, 'closing time itself is closed');
  assert.equal(iso(friday.nextChange?.at), '2026-11-30T09:00:00.000Z');
});

test('a period past midnight is open after midnight and closes the next day', () => {
  const night: OpeningHours = { hours: week([5], '20:00', '02:00'), exceptions: [] };
  const s = openState(night, new Date('2026-11-28T01:30:00+01:00')); // Saturday 01:30
  assert.equal(s.openNow, true);
  assert.equal(iso(s.nextChange?.at), '2026-11-28T01:00:00.000Z');
  const after = openState(night, new Date('2026-11-28T02:00:00+01:00'));
  assert.equal(after.openNow, false);
  assert.equal(iso(after.nextChange?.at), '2026-12-04T19:00:00.000Z');
});

test('spring forward (29 March 2026): an overnight period is one hour shorter', () => {
  const night: OpeningHours = { hours: week([6], '20:00', '04:00'), exceptions: [] };
  const s = openState(night, new Date('2026-03-28T21:00:00+01:00'));
  assert.equal(s.openNow, true);
  // Saturday 20:00 CET = 19:00Z; Sunday 04:00 CEST = 02:00Z: 7 hours, not 8.
  assert.equal(iso(s.nextChange?.at), '2026-03-29T02:00:00.000Z');
  const in3 = openState(night, new Date('2026-03-29T01:30:00Z')); // 03:30 CEST
  assert.equal(in3.openNow, true);
});

test('spring forward: an opening time inside the missing hour opens when clocks jump', () => {
  const h: OpeningHours = { hours: week([7], '02:10', '05:00'), exceptions: [] };
  const s = openState(h, new Date('2026-03-29T00:30:00Z')); // 01:30 CET
  assert.equal(s.openNow, false);
  assert.equal(iso(s.nextChange?.at), '2026-03-29T01:00:00.000Z'); // 03:00 CEST
});

test('fall back (25 October 2026): an overnight period is one hour longer', () => {
  const night: OpeningHours = { hours: week([6], '22:00', '03:00'), exceptions: [] };
  const s = openState(night, new Date('2026-10-24T23:00:00+02:00'));
  assert.equal(s.openNow, true);
  // Saturday 22:00 CEST = 20:00Z; Sunday 03:00 CET = 02:00Z: 6 hours.
  assert.equal(iso(s.nextChange?.at), '2026-10-25T02:00:00.000Z');
  assert.equal(openState(night, new Date('2026-10-25T01:30:00Z')).openNow, true, 'the repeated hour is inside');
});

test('daytime hours keep their wall-clock times across both changes', () => {
  const daily: OpeningHours = { hours: week([1, 2, 3, 4, 5, 6, 7], '09:00', '17:00'), exceptions: [] };
  assert.equal(iso(openState(daily, new Date('2026-03-29T05:00:00Z')).nextChange?.at), '2026-03-29T07:00:00.000Z');
  assert.equal(iso(openState(daily, new Date('2026-03-28T05:00:00Z')).nextChange?.at), '2026-03-28T08:00:00.000Z');
  assert.equal(iso(openState(daily, new Date('2026-10-25T05:00:00Z')).nextChange?.at), '2026-10-25T08:00:00.000Z');
});

test('always open (00:00–24:00 every day): open with no change ahead', () => {
  const always: OpeningHours = { hours: week([1, 2, 3, 4, 5, 6, 7], '00:00', '24:00'), exceptions: [] };
  assert.deepEqual(openState(always, new Date('2026-03-29T01:59:00Z')), { openNow: true, nextChange: null });
});

test('a closed exception (Koningsdag) skips the day; other hours replace the week', () => {
  const h: OpeningHours = {
    hours: office.hours,
    exceptions: [
      { date: '2027-04-27', closed: true },
      { date: '2026-12-24', closed: false, open: '10:00', close: '13:00' },
    ],
  };
  const kingsDay = openState(h, new Date('2027-04-27T11:00:00+02:00'));
  assert.equal(kingsDay.openNow, false);
  assert.equal(iso(kingsDay.nextChange?.at), '2027-04-28T08:00:00.000Z');
  const eve = openState(h, new Date('2026-12-24T12:00:00+01:00'));
  assert.equal(eve.openNow, true);
  assert.equal(iso(eve.nextChange?.at), '2026-12-24T12:00:00.000Z');
});

test('no opening within 14 days: closed, no next change', () => {
  assert.deepEqual(openState({ hours: [], exceptions: [] }, new Date('2026-11-23T12:00:00Z')), { openNow: false, nextChange: null });
  const closedLong: OpeningHours = {
    hours: office.hours,
    exceptions: Array.from({ length: 20 }, (_, i) => ({ date: `2026-08-${String(i + 3).padStart(2, '0')}`, closed: true })),
  };
  assert.deepEqual(openState(closedLong, new Date('2026-08-03T12:00:00+02:00')), { openNow: false, nextChange: null });
});

test('back-to-back periods merge: no change at the seam', () => {
  const h: OpeningHours = { hours: [...week([1], '09:00', '12:00'), ...week([1], '12:00', '17:00')], exceptions: [] };
  const s = openState(h, new Date('2026-11-23T10:00:00+01:00'));
  assert.equal(iso(s.nextChange?.at), '2026-11-23T16:00:00.000Z');
});

test('openState (day by day, stopping early) answers as merging every opening of the look-ahead', () => {
  // The reference: all openings of the look-ahead merged (`openings()`), the first that has not ended.
  const reference = (h: OpeningHours, now: Date) => {
    const t = now.getTime();
    const horizon = t + LOOK_AHEAD_DAYS * 86_400_000;
    const found = openings(h, now).find(([, end]) => end > t);
    if (!found) return { openNow: false, nextChange: null };
    const [start, end] = found;
    if (start <= t) return { openNow: true, nextChange: end <= horizon ? { at: new Date(end), opens: false } : null };
    return { openNow: false, nextChange: start <= horizon ? { at: new Date(start), opens: true } : null };
  };
  const r = prng(18);
  const times = ['00:00', '02:00', '02:30', '09:00', '12:00', '13:30', '17:00', '20:00', '23:30', '24:00'];
  let compared = 0;
  for (let n = 0; n < 300; n++) {
    const hours = Array.from({ length: r.int(0, 6) }, () => ({ day: r.int(1, 7), open: r.pick(times.slice(0, -1)), close: r.pick(times) }));
    // Around both clock changes of 2026, with closed days and other hours on some dates.
    const base = r.pick(['2026-03-27', '2026-10-23', '2026-06-01', '2026-12-22']);
    const exceptions = Array.from({ length: r.int(0, 3) }, () => {
      const date = addDays(base, r.int(0, 9));
      return r.chance(0.5) ? { date, closed: true } : { date, closed: false, open: r.pick(times.slice(0, -1)), close: r.pick(times) };
    });
    const h = { hours, exceptions };
    for (let i = 0; i < 5; i++) {
      const now = new Date(Date.parse(`${base}T00:00:00Z`) + r.int(0, 10 * 96) * 900_000 + r.int(0, 1) * 60_000);
      assert.deepEqual(openState(h, now), reference(h, now), JSON.stringify({ h, now }));
      compared++;
    }
  }
  assert.equal(compared, 1500);
});
