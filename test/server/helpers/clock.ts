// The tests' fixed clock (a leaf module: app.ts and db.ts both use it).
/** Monday 23 November 2026, 12:00 in Amsterdam. */
export const NOW = new Date('2026-11-23T12:00:00+01:00');
