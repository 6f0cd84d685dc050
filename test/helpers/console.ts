/**
 * The `[missie-mentaal]` console warnings `run` causes (the console stays quiet meanwhile).
 * `run` is given the warnings so far, to wait for one with `until()` instead of a sleep.
 */
export async function ourWarnings(run: (seen: readonly string[]) => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...a: unknown[]) => void seen.push(a.map(String).join(' '));
  try {
    await run(seen);
  } finally {
    console.warn = warn;
  }
  return seen.filter((w) => w.startsWith('[missie-mentaal]'));
}
