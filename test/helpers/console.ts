/** The `[missie-mentaal]` console warnings `run` causes (the console stays quiet meanwhile). */
export async function ourWarnings(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...a: unknown[]) => void seen.push(a.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return seen.filter((w) => w.startsWith('[missie-mentaal]'));
}
