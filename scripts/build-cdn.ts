// The CDN build from code (npm start, the end-to-end tests): rollup with rollup.config.mjs's
// `cdnConfig`, written to `outDir`. `npm run build:cdn` is the same build from the CLI.
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';
// @ts-expect-error: a plain .mjs config without types
import { cdnConfig } from '../rollup.config.mjs';

/** `apiUrl`: the API base the loader gives elements (absolute, ending in `/`); `outDir`: default dist/cdn. */
export async function buildCdn(opts: { apiUrl?: string; outDir?: string } = {}): Promise<void> {
  const config = (cdnConfig as (o: object) => RollupOptions & { output: OutputOptions })(opts);
  const bundle = await rollup(config);
  try {
    await bundle.write(config.output);
  } finally {
    await bundle.close();
  }
}
