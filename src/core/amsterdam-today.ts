/**
 * Today's date in Amsterdam (`YYYY-MM-DD`) without `Intl`: the first `Intl.DateTimeFormat`
 * with a time zone loads the zone data, which took 100–250 ms on a slow phone, in the middle
 * of the loader. The EU rule (summer time from 01:00 UTC on the last Sunday of March until
 * 01:00 UTC on the last Sunday of October; Directive 2000/84/EC) is all Amsterdam needs;
 * test/core/dates.test.ts checks it against `todayKey()` around both changes. Only the loader
 * imports this file (it is bundled into the loader, which must not import a chunk).
 */
export function amsterdamToday(now = new Date()): string {
  const lastSunday = (month: number) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), month + 1, 0, 1)); // last day of the month, 01:00 UTC
    d.setUTCDate(d.getUTCDate() - d.getUTCDay());
    return d.getTime();
  };
  const t = now.getTime();
  const summer = t >= lastSunday(2) && t < lastSunday(9);
  return new Date(t + (summer ? 2 : 1) * 3_600_000).toISOString().slice(0, 10);
}
