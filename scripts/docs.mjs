// The README tables, made from the code: each attribute, event, part, slot and CSS property is
// written once, in the JSDoc of its class (or of the base class it inherits from), and read
// here from custom-elements.json (`npm run analyze`). The elements and their order come from
// the table of elements (elements.mjs).
//
// `npm run docs` analyzes and rewrites the marked parts of README.md and src/<element>/README.md;
// `node --import tsx scripts/docs.mjs --check` (and test/server/docs.test.ts) fails when one is stale.
// The allowed values of the filter attributes come from the contract (src/contract/vocabulary.ts)
// with their Dutch and English words (the ones the widgets show), so the README never drifts
// from what the widgets accept. TypeScript sources: run it with tsx (`npm run docs` does).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ELEMENTS } from '../elements.mjs';
import { ACTIVITY_TYPES, AUDIENCES, MODES, PROVINCES } from '../src/contract/vocabulary.js';
import { activityWords } from '../src/core/activity-view.js';
import { provinceNames } from '../src/event-list/event-list.messages.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- generated:start (npm run docs, from the JSDoc in the code: do not edit by hand) -->';
const END = '<!-- generated:end -->';
const VALUES_START = '<!-- generated:values:start (npm run docs, from src/contract/vocabulary.ts: do not edit by hand) -->';
const VALUES_END = '<!-- generated:values:end -->';
/** Every element takes these two; the README says so once, in a sentence. */
const COMMON = new Set(['api', 'lang']);

/** The manifest's declaration of each element of the table, by tag. */
function declarations(manifest) {
  const byTag = new Map();
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName) byTag.set(d.tagName, d);
  return ELEMENTS.map((e) => {
    const d = byTag.get(e.tag);
    if (!d) throw new Error(`docs: ${e.tag} (elements.mjs) is not in custom-elements.json: give its class an @element JSDoc tag`);
    return { ...e, d };
  });
}

/** A table cell: one line, pipes escaped. */
const cell = (s) => String(s ?? '').replace(/\s*\n\s*/g, ' ').replace(/(?<!\\)\|/g, '\\|').trim();
const code = (s) => (s === undefined || s === '' ? '' : `\`${cell(s)}\``);
const table = (head, rows) => (rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') : '');

/** README.md: one row per element, with its summary and its attributes. */
function overview(els) {
  return table(
    ['element', 'what it shows', 'attributes (besides `api` and `lang`)'],
    els.map(({ tag, d }) => [
      `[\`<${tag}>\`](src/${tag.slice(3)}/README.md)`,
      d.summary ?? '',
      (d.attributes ?? []).filter((a) => !COMMON.has(a.name)).map((a) => `\`${a.name}\``).join(', '),
    ]),
  );
}

/** README.md: the values each filter attribute accepts, with the words a visitor sees for them. */
function values() {
  const { nl, en } = activityWords;
  const row = (attr, list, words) => [
    code(attr),
    list.map((v) => `\`${v}\` (${words(nl, v)}${words(en, v) !== words(nl, v) ? ` / ${words(en, v)}` : ''})`).join(', '),
  ];
  return table(
    ['attribute', 'allowed values (what the widget shows in Dutch / English)'],
    [
      row('audience', AUDIENCES, (w, v) => w.audiences[v]),
      row('type', ACTIVITY_TYPES, (w, v) => w.types[v]),
      row('mode', MODES, (w, v) => w.modes[v]),
      row('region', PROVINCES, (_, v) => provinceNames[v]),
    ],
  );
}

/** src/<element>/README.md: everything a partner can set, listen to and style. */
function reference({ d }) {
  const parts = [
    '### Attributen',
    table(
      ['attribuut', 'eigenschap', 'type', 'standaard', 'wat het doet'],
      (d.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description ?? '']),
    ),
    '### Gebeurtenissen',
    table(['gebeurtenis', 'type', 'wanneer'], (d.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description ?? ''])) || 'Geen.',
    '### Slots',
    table(['slot', 'wat'], (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(standaard)', s.description ?? ''])) || 'Geen.',
    '### Onderdelen (`::part()`)',
    table(['part', 'wat'], (d.cssParts ?? []).map((p) => [code(p.name), p.description ?? ''])) || 'Geen.',
    '### CSS-variabelen',
    table(['variabele', 'standaard', 'wat'], (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description ?? ''])) || 'Geen.',
  ];
  return parts.join('\n\n');
}

/** `text` with the part between the markers replaced by `body`; the markers are appended when missing. */
function splice(text, body, file, start = START, end = END) {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  const block = `${start}\n\n${body}\n\n${end}`;
  if (a < 0 || b < a) {
    if (file.endsWith('/README.md') && file !== 'README.md') return `${text.trimEnd()}\n\n## Naslag\n\n${block}\n`;
    throw new Error(`docs: ${file} has no ${start} … ${end} markers`);
  }
  return text.slice(0, a) + block + text.slice(b + end.length);
}

/** Every README this script owns, as it should read for `manifest`: `{ file: text }`. */
export function render(manifest, read = (f) => (existsSync(`${root}${f}`) ? readFileSync(`${root}${f}`, 'utf8') : '')) {
  const els = declarations(manifest);
  const out = { 'README.md': splice(splice(read('README.md'), overview(els), 'README.md'), values(), 'README.md', VALUES_START, VALUES_END) };
  for (const el of els) {
    const file = `src/${el.dir}/README.md`;
    const old = read(file) || `# \`<${el.tag}>\`\n\n${el.d.summary ?? ''}\n`;
    out[file] = splice(old, reference(el), file);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [file, text] of Object.entries(render(manifest))) {
    const old = existsSync(`${root}${file}`) ? readFileSync(`${root}${file}`, 'utf8') : '';
    if (old === text) continue;
    stale.push(file);
    if (!check) writeFileSync(`${root}${file}`, text);
  }
  if (check && stale.length) {
    console.error(`docs: stale, run \`npm run docs\`: ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(stale.length ? `docs: wrote ${stale.join(', ')}` : 'docs: up to date');
}
