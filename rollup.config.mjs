// The CDN build: `dist/cdn/missie-mentaal.js` (the loader, a stable name partners link to)
// plus content-hashed chunks: one per element and one shared chunk with Lit and the core.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyCss from './scripts/rollup-minify-css.mjs';
import { elementsPlugin } from './scripts/elements.mjs';
import { ELEMENTS } from './elements.mjs';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * The loader is a classic script on the partner's origin: a relative `import('./chunks/…')`
 * in it resolves against about:blank when it came from another origin without `crossorigin`.
 * So every `import()` in the loader becomes `import(new URL("./chunks/…", <loader URL>).href)`;
 * the loader keeps its own URL in `globalThis.__missieMentaal.cdn` before it imports anything.
 * Chunks are modules with a URL of their own: their imports stay relative.
 */
const absoluteImports = {
  name: 'absolute-imports-in-loader',
  renderDynamicImport({ moduleId, targetModuleId }) {
    // The loader and its map of elements (src/loader-elements.generated.ts), which it inlines.
    if (!targetModuleId || !/[\\/]src[\\/]loader(-elements\.generated)?\.ts$/.test(moduleId)) return null;
    return { left: 'import(new URL(', right: ',globalThis.__missieMentaal.cdn).href)' };
  },
};

/**
 * The CDN build. `apiUrl`: the API base the loader gives every element by default (env
 * `MM_API_URL` at build time; empty: `/api/v1/` on the CDN's own host). `outDir`: where
 * `write()` puts it (the end-to-end tests build their own copy for their ports). `elements`:
 * the table of elements (elements.mjs) the loader's map and reserved room are made from; the
 * build test passes one with an extra row to show that a row is all a new element needs.
 */
export function cdnConfig({ apiUrl = process.env.MM_API_URL ?? '', outDir = 'dist/cdn', elements = ELEMENTS } = {}) {
  if (apiUrl && !/^https?:\/\/[^/]+\/.*\/$/.test(apiUrl)) throw new Error(`MM_API_URL must be an absolute http(s) URL ending in /, not ${apiUrl}`);
  return {
    input: { 'missie-mentaal': 'src/loader.ts' },
    output: {
      dir: outDir,
      format: 'es',
      entryFileNames: '[name].js',
      // The loader is a classic script: its top-level names would land in the page's global
      // scope, where a second copy of the tag (or a partner's own `const h`) throws
      // "Identifier has already been declared". Wrapped in a function, nothing leaks.
      banner: (chunk) => (chunk.isEntry ? '(()=>{' : ''),
      footer: (chunk) => (chunk.isEntry ? '})();' : ''),
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      // esbuild turns TypeScript into minified JS per module; terser then squeezes each whole
      // chunk once more (cross-module inlining, three passes): 3 % smaller gzipped files.
      plugins: [terser({ module: true, ecma: 2021, compress: { passes: 3, pure_getters: true } })],
      // `shared`: Lit + the core + the JSON Schema of the API's answers and its checker, which
      // every element needs and every page downloads once. zod/mini and the schemas the
      // activity form checks with (src/contract/submission.ts) go into the form's own chunk,
      // its only importer: one file compresses better than two (0.8 KB gzipped less) and is
      // one request less. The display elements check answers without zod (docs/architecture.md). Core modules used by only some elements (activities,
      // opening hours) go where rollup puts them: into a chunk shared by just those elements.
      manualChunks(id) {
        // Lit's directives stay out: only the list uses them (week and banner pages skip 1.5 KB).
        if (/node_modules[\\/](lit|lit-html)[\\/](directive|directives[\\/])/.test(id)) return;
        if (/node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id)) return 'shared';
        // The walk-in finder's map: Leaflet and map.ts in one chunk, imported only with `map`.
        if (/node_modules[\\/]leaflet[\\/]|src[\\/]walk-in-finder[\\/]map\.ts$/.test(id)) return 'walk-in-map';
        // The list and the week both need all of these: one file instead of two.
        if (/src[\\/]core[\\/](activities|activity-view|activity-element)\.ts$/.test(id)) return 'activity';
        // The announcer too: the list, the week and the form speak through it.
        if (/src[\\/]core[\\/](mm-element|api|i18n|dates|storage|tokens|lang|state-views|controllers[\\/](data-task|refresh-when-online|announcer))\.ts$/.test(id)) return 'shared';
        // Behaviour only the list and the week have: with what they share.
        if (/src[\\/]core[\\/]state-messages\.ts$/.test(id)) return 'activity';
        // What the list, the week and the walk-in finder share (the banner and the form do not need it).
        if (/src[\\/]core[\\/](controllers[\\/]chunked-render|attribute-check)\.ts$/.test(id)) return 'controllers';
        // The list's chunked rendering and the week's roving focus go with their element.
        // The contract's browser half (vocabulary, JSON Schema of the answers, checker, colours).
        if (/src[\\/]contract[\\/](vocabulary|checkers|generated|json-check|color)\.ts$/.test(id)) return 'shared';
      },
    },
    plugins: [
      {
        // Old hashed chunks must not linger next to new ones (and count in the size check).
        // Only when writing: the bench and the build test build in memory and leave dist/ alone.
        name: 'clean-dist',
        generateBundle(options, _bundle, isWrite) {
          if (isWrite && options.dir) rmSync(resolve(options.dir), { recursive: true, force: true });
        },
      },
      elementsPlugin(elements),
      absoluteImports,
      nodeResolve({ exportConditions: ['production'] }),
      minifyCss(),
      esbuild({
        target: 'es2021',
        minify: true,
        tsconfig: 'tsconfig.json',
        define: { __MM_VERSION__: JSON.stringify(version), __MM_API_URL__: JSON.stringify(apiUrl), 'process.env.NODE_ENV': '"production"' },
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
}

export default cdnConfig();
