// The CDN build: `dist/cdn/missie-mentaal.js` (the loader, a stable name partners link to)
// plus content-hashed chunks: one per element and one shared chunk with Lit and the core.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyCss from './scripts/rollup-minify-css.mjs';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  input: { 'missie-mentaal': 'src/loader.ts' },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    // `shared`: Lit + the core + the JSON Schema of the API's answers and its checker, which
    // every element needs and every page downloads once. `contract`: zod/mini + the zod
    // schemas, for the activity form only; the display elements check answers without zod
    // (see docs/architecture.md). Core modules used by only some elements (activities,
    // opening hours) go where rollup puts them: into a chunk shared by just those elements.
    manualChunks(id) {
      if (/node_modules[\\/]zod[\\/]/.test(id) || /src[\\/]core[\\/]schema\.ts$/.test(id)) return 'contract';
      // Lit's directives stay out: only the list uses them (week and banner pages skip 1.5 KB).
      if (/node_modules[\\/](lit|lit-html)[\\/](directive|directives[\\/])/.test(id)) return;
      if (/node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id)) return 'shared';
      // The list and the week both need all of these: one file instead of two.
      if (/src[\\/]core[\\/](activities|activity-view|activity-element)\.ts$/.test(id)) return 'activity';
      if (/src[\\/]core[\\/](mm-element|api|i18n|dates|storage|tokens|json-check|contract|contract\.generated|vocabulary)\.ts$/.test(id)) return 'shared';
    },
  },
  plugins: [
    {
      // Old hashed chunks must not linger next to new ones (and count in the size check).
      // Only when writing: the bench and the build test build in memory and leave dist/ alone.
      name: 'clean-dist',
      generateBundle(_options, _bundle, isWrite) {
        if (isWrite) rmSync(new URL('./dist/cdn', import.meta.url), { recursive: true, force: true });
      },
    },
    nodeResolve({ exportConditions: ['production'] }),
    minifyCss(),
    esbuild({
      target: 'es2021',
      minify: true,
      tsconfig: 'tsconfig.json',
      define: { __MM_VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
      legalComments: 'none',
    }),
  ],
  onwarn(warning, warn) {
    // zod's pure annotations and its internal cycles are harmless (see TOOLCHAIN.md).
    if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
