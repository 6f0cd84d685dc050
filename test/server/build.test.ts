// The CDN build's chunks, built in memory with rollup.config.mjs (dist/ is left alone):
// what each page downloads, and in how many round trips.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { rollup, type OutputChunk, type RollupOptions, type OutputOptions, type Plugin } from 'rollup';
// @ts-expect-error: a plain .mjs table without types
import { ELEMENTS } from '../../elements.mjs';
// @ts-expect-error: a plain .mjs script without types
import { GENERATED, loaderModule, packageExports, reserveRule, sizeBudgets } from '../../scripts/elements.mjs';

type Config = RollupOptions & { output: OutputOptions };
interface Row {
  tag: string;
  dir: string;
  chunks: string[];
  budget: number;
  reserve: [string, string][];
  narrow?: [string, string][];
}
const rows = ELEMENTS as Row[];

/** Build in memory; `extra` plugins go first (the dummy element's source comes from one). */
async function build(config: Config, extra: Plugin[] = []): Promise<OutputChunk[]> {
  const bundle = await rollup({ ...config, plugins: [...extra, ...(config.plugins as Plugin[])], onwarn() {} });
  const { output } = await bundle.generate(config.output);
  await bundle.close();
  return output.filter((o): o is OutputChunk => o.type === 'chunk');
}

let chunks: OutputChunk[] = [];
let loader: OutputChunk;
const named = (prefix: string) => chunks.find((c) => c.fileName.startsWith(`chunks/${prefix}-`));

before(async () => {
  // @ts-expect-error: a plain .mjs config without types
  const config = (await import('../../rollup.config.mjs')).default as Config;
  chunks = await build(config);
  loader = chunks.find((c) => c.isEntry)!;
});

test('the loader asks for every chunk an element imports together with the element, not after it', () => {
  const elements = chunks.filter((c) => /^chunks\/mm-/.test(c.fileName));
  assert.equal(elements.length, rows.length, 'one chunk per element of the table (elements.mjs)');
  for (const el of elements) {
    // The element's import() and those of its chunks sit in one Promise.all in the loader.
    const start = loader.code.indexOf(`import(new URL("./${el.fileName}"`);
    assert.ok(start > 0, `${el.fileName} is imported by the loader`);
    const call = loader.code.slice(start, loader.code.indexOf(']', start));
    const fns = [...call.matchAll(/,(\w+)\(\)/g)].map((m) => m[1]);
    const fetched = fns.map((fn) => loader.code.match(new RegExp(`\\b${fn}=\\(\\)=>import\\(new URL\\("\\./([^"]+)"`))?.[1]);
    for (const dep of el.imports) assert.ok(fetched.includes(dep), `${el.fileName} imports ${dep}, which the loader does not fetch with it`);
  }
});

test('every import() in the loader is absolute, made from its own URL (a cross-origin classic script resolves relative ones against about:blank)', () => {
  const imports = [...loader.code.matchAll(/import\(([^)]*)/g)].map((m) => m[1]!);
  assert.ok(imports.length >= 3, 'the loader imports the elements');
  for (const i of imports) assert.match(i, /^new URL\("\.\/chunks\/[^"]+",globalThis\.__missieMentaal\.cdn$/);
  assert.doesNotMatch(loader.code, /^\s*(import|export)\s/m, 'no static import or export: the loader must run as a classic script');
  // Wrapped in a function: as a classic script its top-level names would be globals of the
  // page, and a second copy of the tag would throw "Identifier has already been declared".
  assert.match(loader.code, /^\(\(\)=>\{[\s\S]*\}\)\(\);\s*(\/\/# sourceMappingURL=\S+\s*)?$/);
});

test('a banner page downloads neither the activity chunk nor Lit directives; the week no directives', () => {
  const banner = named('mm-campaign-banner')!;
  const week = named('mm-week-calendar')!;
  assert.deepEqual(banner.imports.map((f) => f.replace(/-[\w-]+\.js$/, '')), ['chunks/shared']);
  const shared = named('shared')!;
  const directives = Object.keys(shared.modules).filter((id) => /lit-html[\\/]directives?[\\/.]/.test(id));
  assert.deepEqual(directives, [], 'Lit directives stay out of the shared chunk (only the list uses them)');
  assert.ok(!Object.keys(week.modules).some((id) => /directives[\\/]/.test(id)));
});

test('no chunk downloads zod (the form checks with its JSON Schema), and a page downloads the words of one language', () => {
  const form = named('mm-activity-form')!;
  const zod = (c: (typeof chunks)[number]) => Object.keys(c.modules).some((id) => /node_modules[\\/]zod[\\/]/.test(id));
  for (const c of chunks) assert.ok(!zod(c), `${c.fileName} holds zod`);
  // The form's schema stays in its own chunk: the other pages do not download it.
  const submission = (c: (typeof chunks)[number]) => Object.keys(c.modules).some((id) => /generated-submission|submission-check/.test(id));
  assert.ok(submission(form), 'the form chunk holds its JSON Schema and check');
  for (const c of chunks.filter((x) => x !== form)) assert.ok(!submission(c), `${c.fileName} holds the form's check`);
  // Each language's words in a chunk of their own, asked for only by import(): not both at once.
  const words = chunks.filter((c) => /^chunks\/activity-form\.(nl|en)-/.test(c.fileName));
  assert.equal(words.length, 2, 'a chunk per language');
  for (const w of words) {
    assert.ok(form.dynamicImports.includes(w.fileName), `${w.fileName} is loaded by import()`);
    assert.ok(!chunks.some((c) => c.imports.includes(w.fileName)), `no chunk imports ${w.fileName} statically`);
  }
});

test('the loader map the browser tests and tsc read is the one made from the table (run `node scripts/elements.mjs`)', () => {
  assert.equal(readFileSync(GENERATED, 'utf8'), loaderModule(), 'src/loader-elements.generated.ts is stale');
});

test('every element of the table has its chunk, its loader entry and its reserved room', () => {
  for (const row of rows) {
    assert.ok(named(row.tag), `${row.tag} has a chunk`);
    assert.match(loader.code, new RegExp(`"${row.tag}":\\(\\)=>Promise\\.all\\(\\[import\\(new URL\\("\\./chunks/${row.tag}-`), `${row.tag} in the loader's map`);
    for (const entry of row.reserve) assert.ok(loader.code.includes(reserveRule(row.tag, entry)), `${row.tag}${entry[0]} reserves ${entry[1]}`);
  }
});

test('a new element is one row: a dummy row in a test build gets its chunk, its loader entry, its reserved room, its size budget and its npm entries', async () => {
  // @ts-expect-error: a plain .mjs config without types
  const { cdnConfig } = await import('../../rollup.config.mjs');
  const dummy: Row = { tag: 'mm-dummy', dir: 'dummy', chunks: ['shared'], budget: 4, reserve: [['', '7em'], ['[big]', '30em']], narrow: [['[big]', '40em']] };
  // Its source exists only in memory: a class on the base element that registers its tag.
  const source: Plugin = {
    name: 'dummy-source',
    resolveId(id, importer) {
      return id === './dummy/mm-dummy.js' && importer?.endsWith('loader-elements.generated.ts') ? '\0mm-dummy.ts' : null;
    },
    load(id) {
      if (id !== '\0mm-dummy.ts') return null;
      const base = new URL('../../src/core/mm-element.ts', import.meta.url).pathname;
      return `import { MmElement } from ${JSON.stringify(base)};\nexport class Dummy extends MmElement {}\nDummy.define('mm-dummy');\n`;
    },
  };
  const config = (cdnConfig as (o: object) => Config)({ elements: [...rows, dummy] });
  config.output = { ...config.output, chunkFileNames: (c) => `chunks/${c.name.replace(/^_0?/, '')}-[hash].js` };
  const built = await build(config, [source]);
  const main = built.find((c) => c.isEntry)!;
  const chunk = built.find((c) => c.fileName.startsWith('chunks/mm-dummy-'));
  assert.ok(chunk, 'the dummy element has a chunk of its own');
  assert.deepEqual(chunk.imports.map((f) => f.replace(/-[\w-]+\.js$/, '')), ['chunks/shared'], 'it imports the shared chunk only');
  const entry = new RegExp(`"mm-dummy":\\(\\)=>Promise\\.all\\(\\[import\\(new URL\\("\\./${chunk.fileName.replace(/[.]/g, '\\.')}",globalThis\\.__missieMentaal\\.cdn\\)\\.href\\),\\w+\\(\\)\\]\\)`);
  assert.match(main.code, entry, 'the loader imports its chunk by an absolute URL, with the shared chunk');
  assert.ok(main.code.includes(`:is(${[...rows, dummy].map((r) => r.tag).join(',')}):not(:defined)`), 'the reserve box covers it');
  assert.ok(main.code.includes('mm-dummy:not(:defined){min-block-size:7em}mm-dummy[big]:not(:defined){min-block-size:30em}'), 'its reserved heights');
  assert.ok(main.code.includes('mm-dummy[big]:not(:defined){min-block-size:40em}}'), 'its narrow height, in the media query');
  assert.doesNotMatch(main.code, /^\s*(import|export)\s/m, 'still a classic script');
  // The same row gives it a size budget and its two npm entries.
  const budgets = sizeBudgets([...rows, dummy]) as [RegExp, number, string][];
  assert.equal(budgets.find(([re]) => re.test(chunk.fileName))?.[1], 4, 'its size budget');
  const exports = packageExports([...rows, dummy]) as Record<string, { default: string }>;
  assert.equal(exports['./dummy']?.default, './dummy/mm-dummy.js', 'its npm entry registers the tag');
  assert.equal(exports['./dummy/class']?.default, './dummy/dummy.js', 'its npm entry for the class');
  // No other chunk changed: the same files (names and hashes) as the build without the row.
  const others = (list: OutputChunk[]) => list.filter((c) => !c.isEntry && !c.fileName.includes('mm-dummy')).map((c) => c.fileName).sort();
  assert.deepEqual(others(built), others(chunks));
});
