// The README tables come from the code (scripts/docs.mjs): this fails when a JSDoc tag changed
// and `npm run docs` was not run, or when an element of the table (elements.mjs) has no docs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
// @ts-expect-error: a plain .mjs script without types
import { render } from '../../scripts/docs.mjs';
// @ts-expect-error: a plain .mjs table without types
import { ELEMENTS } from '../../elements.mjs';
import { freshManifest, root } from './helpers/manifest.js';

type Manifest = { modules: { declarations?: { tagName?: string; attributes?: { name: string; description?: string }[] }[] }[] };
const fresh = freshManifest<Manifest>('docs-test');

test('the README tables are the ones made from the JSDoc (run `npm run docs`)', () => {
  const files = render(fresh.value) as Record<string, string>;
  assert.ok(Object.keys(files).length >= 1 + ELEMENTS.length, 'README.md and one README per element');
  for (const [file, text] of Object.entries(files)) assert.equal(readFileSync(`${root}${file}`, 'utf8'), text, `${file} is stale: run npm run docs`);
});

test('every attribute of every element has a description in its JSDoc', () => {
  const tags = (ELEMENTS as { tag: string }[]).map((e) => e.tag);
  const els = fresh.value.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName && tags.includes(d.tagName));
  assert.equal(els.length, tags.length, 'every element of the table is in the manifest');
  for (const d of els) for (const a of d.attributes ?? []) assert.ok(a.description?.trim(), `${d.tagName} ${a.name} has no description`);
});

test('a changed JSDoc makes the README stale', () => {
  const changed = structuredClone(fresh.value);
  const attr = changed.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'mm-event-list')!.attributes!.find((a) => a.name === 'limit')!;
  attr.description = 'Something else.';
  const files = render(changed) as Record<string, string>;
  assert.notEqual(files['src/event-list/README.md'], readFileSync(`${root}src/event-list/README.md`, 'utf8'));
});

// Issue 16, point 11: a webmaster copies the README's examples as they are.
test("the README's examples use only attributes the elements have, with allowed values, and the script address the CSP lines name", async () => {
  const { AUDIENCES, ACTIVITY_TYPES, MODES, PROVINCES } = await import('../../src/contract/vocabulary.js');
  const allowed: Record<string, readonly string[]> = { audience: AUDIENCES, type: ACTIVITY_TYPES, mode: MODES, region: PROVINCES };
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).join('\n');
  const attributesOf = new Map(
    fresh.value.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, new Set((d.attributes ?? []).map((a) => a.name))]),
  );
  const tags = [...blocks.matchAll(/<(mm-[a-z-]+)([^>]*)>/g)];
  assert.ok(new Set(tags.map((t) => t[1])).size >= 3, 'an example of each element');
  for (const [, tag, attrs] of tags) {
    for (const [, name, value] of attrs!.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) {
      assert.ok(attributesOf.get(tag!)?.has(name!), `<${tag}> has no attribute ${name}`);
      if (allowed[name!]) assert.ok(allowed[name!]!.includes(value!), `${name}="${value}" is not an allowed value`);
    }
  }
  const src = /<script src="(https:\/\/[^"]+\/missie-mentaal\.js)"><\/script>/.exec(blocks)?.[1];
  assert.ok(src, 'a script tag with a real https address');
  assert.ok(readme.includes(`script-src ${new URL(src).origin};`), 'the CSP line allows the same CDN');
});
