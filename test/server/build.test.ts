// The CDN build's chunks, built in memory with rollup.config.mjs (dist/ is left alone):
// what each page downloads, and in how many round trips.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { rollup, type OutputChunk, type RollupOptions, type OutputOptions } from 'rollup';

let chunks: OutputChunk[] = [];
let loader: OutputChunk;
const named = (prefix: string) => chunks.find((c) => c.fileName.startsWith(`chunks/${prefix}-`));

before(async () => {
  // @ts-expect-error: a plain .mjs config without types
  const config = (await import('../../rollup.config.mjs')).default as RollupOptions & { output: OutputOptions };
  const bundle = await rollup({ ...config, onwarn() {} });
  const { output } = await bundle.generate(config.output);
  await bundle.close();
  chunks = output.filter((o): o is OutputChunk => o.type === 'chunk');
  loader = chunks.find((c) => c.isEntry)!;
});

test('the loader asks for every chunk an element imports together with the element, not after it', () => {
  const elements = chunks.filter((c) => /^chunks\/mm-/.test(c.fileName));
  assert.equal(elements.length, 3, 'one chunk per element');
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

test('no element downloads zod', () => {
  const zod = named('contract');
  for (const c of chunks.filter((x) => x !== zod)) {
    assert.ok(!Object.keys(c.modules).some((id) => /node_modules[\\/]zod[\\/]/.test(id)), `${c.fileName} holds zod`);
    if (zod) assert.ok(!c.imports.includes(zod.fileName), `${c.fileName} imports the zod chunk`);
  }
});
