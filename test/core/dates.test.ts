import { expect } from '@open-wc/testing';
import { addDays, dateKey, isoWeekday, mondayOf, offsetMinutes, toIsoOffset, zonedInstant, clockTime, daysBetween, isDateKey, todayKey } from '../../src/core/dates.js';
import { formatters } from '../../src/core/i18n.js';
import { amsterdamToday } from '../../src/core/amsterdam-today.js';

describe('core/dates (Europe/Amsterdam)', () => {
  it('knows the offset in winter and summer', () => {
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'))).to.equal(60);
    expect(offsetMinutes(new Date('2026-06-01T12:00:00Z'))).to.equal(120);
  });

  it('crosses the spring clock change (29 March 2026, 02:00 → 03:00)', () => {
    expect(toIsoOffset(zonedInstant('2026-03-29', '01:30'))).to.equal('2026-03-29T01:30:00+01:00');
    expect(toIsoOffset(zonedInstant('2026-03-29', '03:30'))).to.equal('2026-03-29T03:30:00+02:00');
    // 02:30 does not exist that night: we get the moment clocks jump to.
    expect(clockTime(zonedInstant('2026-03-29', '02:30'))).to.equal('03:30');
    // That Sunday has 23 hours.
    expect(zonedInstant('2026-03-30').getTime() - zonedInstant('2026-03-29').getTime()).to.equal(23 * 3_600_000);
  });

  it('crosses the autumn clock change (25 October 2026, 03:00 → 02:00)', () => {
    expect(toIsoOffset(zonedInstant('2026-10-25', '01:30'))).to.equal('2026-10-25T01:30:00+02:00');
    expect(toIsoOffset(zonedInstant('2026-10-25', '04:00'))).to.equal('2026-10-25T04:00:00+01:00');
    expect(zonedInstant('2026-10-26').getTime() - zonedInstant('2026-10-25').getTime()).to.equal(25 * 3_600_000);
    // Both 02:30s show as 02:30 on Amsterdam clocks.
    expect(clockTime(new Date('2026-10-25T02:30:00+02:00'))).to.equal('02:30');
    expect(clockTime(new Date('2026-10-25T02:30:00+01:00'))).to.equal('02:30');
  });

  it('gives the Amsterdam date, not the UTC or the visitor date', () => {
    expect(dateKey(new Date('2026-05-31T22:30:00Z'))).to.equal('2026-06-01'); // 00:30 in Amsterdam
    expect(dateKey(new Date('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
  });

  it('does calendar arithmetic with Monday as the first day', () => {
    expect(isoWeekday('2026-06-01')).to.equal(1);
    expect(isoWeekday('2026-06-07')).to.equal(7);
    expect(mondayOf('2026-06-07')).to.equal('2026-06-01');
    expect(mondayOf('2026-03-29')).to.equal('2026-03-23');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
    expect(isDateKey('2026-02-30')).to.equal(false);
    expect(todayKey('2026-06-03')).to.equal('2026-06-03');
    expect(todayKey('nonsense')).to.equal(dateKey(new Date()));
  });

  it('writes dates the Dutch way and the English way', () => {
    const nl = formatters('nl');
    const en = formatters('en');
    expect(nl.day('2026-06-01')).to.equal('maandag 1 juni');
    expect(en.day('2026-06-01')).to.equal('Monday 1 June');
    expect(nl.timeRange(new Date('2026-06-01T08:00:00Z'), new Date('2026-06-01T10:00:00Z'))).to.equal('10:00–12:00');
    expect(nl.price(12.5)).to.match(/€\s?12,50/);
  });

  it("the loader's Intl-free amsterdamToday() agrees with todayKey() every 20 minutes around midnight and both clock changes", () => {
    const starts = ['2026-03-28T20:00:00Z', '2026-10-24T20:00:00Z', '2026-06-30T20:00:00Z', '2026-12-31T20:00:00Z', '2027-03-27T20:00:00Z', '2027-10-30T20:00:00Z'];
    let checked = 0;
    for (const s of starts) {
      for (let t = Date.parse(s); t < Date.parse(s) + 36 * 3_600_000; t += 20 * 60_000) {
        const d = new Date(t);
        expect(amsterdamToday(d), d.toISOString()).to.equal(todayKey(d.toISOString()));
        checked++;
      }
    }
    expect(checked).to.equal(6 * 108);
  });
});
