/**
 * mulberry32: a tiny seeded PRNG, so sample data (server/sample/) and test fixtures
 * (test/fixtures/) are the same on every machine and run. No widget imports it; it sits in
 * the core because both the server and the browser-side fixtures use it.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
