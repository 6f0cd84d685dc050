// The npm package in dist/npm: ES modules per file (tsc), `.d.ts` types, the
// custom-elements manifest, and a package.json with `exports`, `sideEffects` and
// `customElements`. Per element two entries: `@missie-mentaal/widgets/<name>` registers
// the tag; `@missie-mentaal/widgets/<name>/class` only exports the class.
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ELEMENTS } from '../elements.mjs';
import { packageExports } from './elements.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
rmSync('dist/npm', { recursive: true, force: true });
run('npx tsc -p tsconfig.build.json');
run('npx custom-elements-manifest analyze');

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// The build-time version the guarded define compares (tsc leaves the `declare const` alone).
for (const f of ['dist/npm/core/mm-element.js']) {
  writeFileSync(f, readFileSync(f, 'utf8').replace("typeof __MM_VERSION__ === 'string' ? __MM_VERSION__ : 'dev'", JSON.stringify(pkg.version)));
}

// The table of elements (elements.mjs) names them; no folder scan that a stray folder could fool.
const elements = ELEMENTS.map((e) => e.dir);

const exports = packageExports();

writeFileSync(
  'dist/npm/index.js',
  `// Registers every element. Prefer the per-element entries to load only what you use.\n${elements.map((n) => `export * from './${n}/mm-${n}.js';`).join('\n')}\n`,
);
writeFileSync('dist/npm/index.d.ts', `${elements.map((n) => `export * from './${n}/mm-${n}.js';`).join('\n')}\n`);
copyFileSync('custom-elements.json', 'dist/npm/custom-elements.json');
if (existsSync('README.md')) copyFileSync('README.md', 'dist/npm/README.md');

writeFileSync(
  'dist/npm/package.json',
  JSON.stringify(
    {
      name: pkg.name,
      version: pkg.version,
      description: pkg.description,
      license: pkg.license,
      type: 'module',
      main: './index.js',
      module: './index.js',
      types: './index.d.ts',
      exports,
      // Only the files that call customElements.define have side effects.
      sideEffects: ['./index.js', './*/mm-*.js'],
      customElements: 'custom-elements.json',
      // leaflet: the walk-in finder's map (imported only with `map`).
      dependencies: { lit: pkg.dependencies.lit, '@lit/task': pkg.dependencies['@lit/task'], zod: pkg.dependencies.zod, leaflet: pkg.dependencies.leaflet },
    },
    null,
    2,
  ) + '\n',
);
// Every file the exports map promises must exist: a broken entry would only show up for users.
const missing = [];
for (const target of Object.values(exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
    if (!file.includes('*') && !existsSync(`dist/npm/${file}`)) missing.push(file);
  }
}
if (missing.length) {
  console.error(`build-npm: exports point at missing files: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`npm package written to dist/npm with ${elements.length} elements: ${elements.join(', ')}`);
