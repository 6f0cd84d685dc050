/**
 * The walk-in finder's work in the browser (issue 18, point 8): choosing and sorting 10,000
 * places for the visitor's filters (`selectPlaces`, with the open state of each at "now").
 * - cold: new place objects, so every open state is computed from the opening hours (what
 *   a new answer costs);
 * - warm: the same objects with other filters (open now, young people, radius), as when a
 *   visitor ticks a box or the minute changes (open states are remembered until they change).
 * Times are medians of `reps` runs in ms (`performance.now()`), after one warm-up run.
 */
import { selectPlaces, type Picks } from '../../src/walk-in-finder/results.js';
import { manyPlaces, moments } from '../../test/fixtures/walk-ins.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const PICKS: Picks[] = [
  { openNow: true, young: false, radiusKm: 300 },
  { openNow: false, young: true, radiusKm: 300 },
  { openNow: true, young: true, radiusKm: 50 },
  { openNow: false, young: false, radiusKm: 25 },
];

function run(n: number, reps: number) {
  const now = new Date(moments.monday);
  const cold: number[] = [];
  const warm: number[] = [];
  let shown = 0;
  for (let i = 0; i <= reps; i++) {
    const places = manyPlaces(n);
    let t = performance.now();
    shown = selectPlaces(places, PICKS[0]!, now).length;
    if (i) cold.push(performance.now() - t);
    for (const p of PICKS) {
      t = performance.now();
      selectPlaces(places, p, now);
      if (i) warm.push(performance.now() - t);
    }
  }
  return { n, coldMs: median(cold), warmMs: median(warm), shown, runs: reps };
}

declare global {
  interface Window {
    benchWalkIns?: { run: typeof run };
  }
}
window.benchWalkIns = { run };
