// Amsterdam's own clock, where the package itself would shift nights over a daylight-saving
// change (the converter runs it on UTC's clock; these tests hold it to that).
process.env.TZ = 'Europe/Amsterdam';

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OsmHoursError, osmToOpeningHours } from '../../server/import/opening-hours.js';
import { openState } from '../../src/core/opening-hours.js';

const state = (value: string, today: string, at: string) => {
  const s = openState(osmToOpeningHours(value, today), new Date(at));
  return { openNow: s.openNow, next: s.nextChange && { at: s.nextChange.at.toISOString(), opens: s.nextChange.opens } };
};

test('weekly slots from the syntax; Dutch public holidays as named closed dates', () => {
  const h = osmToOpeningHours('Mo-Fr 10:00-17:00; Sa 12:00-16:00; PH off', '2027-04-01', 60);
  assert.deepEqual(h.hours, [
    ...[1, 2, 3, 4, 5].map((day) => ({ day, open: '10:00', close: '17:00' })),
    { day: 6, open: '12:00', close: '16:00' },
  ]);
  assert.deepEqual(h.exceptions, [
    { date: '2027-04-27', closed: true, note: 'Koningsdag' },
    { date: '2027-05-05', closed: true, note: 'Bevrijdingsdag' },
    { date: '2027-05-06', closed: true, note: 'Hemelvaartsdag' },
    { date: '2027-05-17', closed: true, note: 'Tweede Pinksterdag' },
  ]);
  // Koningsdag on a Tuesday: closed all day, open again on Wednesday at 10:00 (CEST).
  assert.deepEqual(state('Mo-Fr 10:00-17:00; PH off', '2027-04-01', '2027-04-27T12:00:00+02:00'), { openNow: false, next: { at: '2027-04-28T08:00:00.000Z', opens: true } });
});

test('Koningsdag on a Sunday moves to the Saturday before (2025: 26 April)', () => {
  const h = osmToOpeningHours('Sa 12:00-16:00; PH off', '2025-04-01', 40);
  assert.deepEqual(h.exceptions.filter((e) => e.date.startsWith('2025-04-2')), [{ date: '2025-04-26', closed: true, note: 'Koningsdag' }]);
});

test('Christmas: shorter hours on Christmas Eve with its comment, closed on both Christmas days and New Year', () => {
  const h = osmToOpeningHours('Mo-Su 09:00-17:00; Dec 24 10:00-15:00 "Kerstavond: korter open"; PH off', '2026-12-01', 40);
  assert.deepEqual(h.hours.length, 7);
  assert.deepEqual(h.exceptions, [
    { date: '2026-12-24', closed: false, open: '10:00', close: '15:00', note: 'Kerstavond: korter open' },
    { date: '2026-12-25', closed: true, note: 'Eerste Kerstdag' },
    { date: '2026-12-26', closed: true, note: 'Tweede Kerstdag' },
    { date: '2027-01-01', closed: true, note: 'Nieuwjaarsdag' },
  ]);
  assert.deepEqual(state('Mo-Su 09:00-17:00; PH off', '2026-12-01', '2026-12-25T12:00:00+01:00'), { openNow: false, next: { at: '2026-12-27T08:00:00.000Z', opens: true } });
});

test('a night past midnight is one slot, closing the next day', () => {
  const h = osmToOpeningHours('Fr,Sa 20:00-02:00', '2026-11-01', 30);
  assert.deepEqual(h, { hours: [{ day: 5, open: '20:00', close: '02:00' }, { day: 6, open: '20:00', close: '02:00' }], exceptions: [] });
  assert.deepEqual(state('Fr,Sa 20:00-02:00', '2026-11-01', '2026-11-28T01:30:00+01:00'), { openNow: true, next: { at: '2026-11-28T01:00:00.000Z', opens: false } });
  // Two openings on one date with other hours: both kept, as two exceptions for that date.
  const split = osmToOpeningHours('Mo 10:00-17:00; 2026 Nov 30 09:00-12:00,13:00-15:00', '2026-11-20', 14);
  assert.deepEqual(split.exceptions, [
    { date: '2026-11-30', closed: false, open: '09:00', close: '12:00' },
    { date: '2026-11-30', closed: false, open: '13:00', close: '15:00' },
  ]);
  assert.equal(openState(split, new Date('2026-11-30T12:30:00+01:00')).openNow, false);
  assert.equal(openState(split, new Date('2026-11-30T13:30:00+01:00')).openNow, true);
});

test('both daylight-saving changes: a night over the change closes at 04:00 on the new clock', () => {
  const night = 'Sa 22:00-04:00';
  // Spring, last Sunday of March 2027: 02:00 CET becomes 03:00 CEST; the night lasts five hours.
  assert.deepEqual(osmToOpeningHours(night, '2027-03-20', 14), { hours: [{ day: 6, open: '22:00', close: '04:00' }], exceptions: [] });
  assert.deepEqual(state(night, '2027-03-20', '2027-03-28T03:30:00+02:00'), { openNow: true, next: { at: '2027-03-28T02:00:00.000Z', opens: false } });
  assert.deepEqual(state(night, '2027-03-20', '2027-03-27T21:30:00+01:00'), { openNow: false, next: { at: '2027-03-27T21:00:00.000Z', opens: true } });
  // Autumn, last Sunday of October 2026: 03:00 CEST becomes 02:00 CET; seven hours, 02:30 comes twice.
  assert.deepEqual(osmToOpeningHours(night, '2026-10-20', 14).exceptions, []);
  for (const at of ['2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00']) {
    assert.deepEqual(state(night, '2026-10-20', at), { openNow: true, next: { at: '2026-10-25T03:00:00.000Z', opens: false } }, at);
  }
  // Daytime hours on the change days keep their wall-clock times.
  assert.deepEqual(state('Su 10:00-17:00', '2027-03-20', '2027-03-28T09:59:00+02:00'), { openNow: false, next: { at: '2027-03-28T08:00:00.000Z', opens: true } });
});

test('always open, and values the package cannot read', () => {
  const always = osmToOpeningHours('24/7', '2026-11-01', 30);
  assert.equal(always.hours.length, 7);
  assert.ok(always.hours.every((p) => p.open === '00:00' && p.close === '24:00'));
  assert.deepEqual(always.exceptions, []);
  assert.equal(process.env.TZ, 'Europe/Amsterdam', 'the caller keeps its zone');
  assert.equal(openState(always, new Date('2026-12-25T03:00:00+01:00')).openNow, true);
  for (const bad of ['Mo-Fx 10:00-17:00', 'Mo-Fr 10:00-', 'Mo 10:00-17:00 +++', '']) assert.throws(() => osmToOpeningHours(bad, '2026-11-01'), OsmHoursError, bad);
});
