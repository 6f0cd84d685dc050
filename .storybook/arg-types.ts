/**
 * Storybook's controls, made from custom-elements.json (kept apart from preview.ts so that a
 * test can check them without Storybook: test/server/storybook-controls.test.ts).
 */
import type { ArgTypes } from 'storybook/internal/types';
import { ACTIVITY_TYPES, AUDIENCES, MODES, PROVINCES } from '../src/contract/vocabulary.js';

/** The allowed values of the filter attributes, from the contract (never a list typed here). */
const VALUES: Record<string, readonly string[]> = {
  audience: AUDIENCES,
  type: ACTIVITY_TYPES,
  region: PROVINCES,
  mode: MODES,
  lang: ['nl', 'en'],
};

interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const declarationOf = (manifest: unknown, tag: string): Declaration | undefined =>
  (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

/**
 * The controls a designer expects, from custom-elements.json: one per public attribute, keyed
 * by its property name (the name the stories' args use), a switch for a boolean, a number
 * field for a number, a picker for a filter (values from src/contract/vocabulary.ts) or a
 * union of literals (`'bar' | 'card'`), text otherwise. Events, slots, CSS parts and CSS
 * properties are listed in the docs table without a control. Storybook's own extraction
 * keyed all of them by bare name, so the part `filters` replaced the attribute `filters`
 * (a JSON field), and private state showed as controls.
 *
 * New stories: give args by property name (`headingLevel`, `allUrl`); the controls follow.
 */
export function argTypesOf(manifest: unknown, tag: string): ArgTypes {
  const d = declarationOf(manifest, tag);
  if (!d) return {};
  const out: ArgTypes = {};
  for (const a of d.attributes ?? []) {
    const key = a.fieldName ?? a.name;
    const type = a.type?.text ?? 'string';
    const literals = /^'[^']*'(\s*\|\s*'[^']*')+$/.test(type) ? [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]!) : undefined;
    const options = VALUES[key] ? ['', ...VALUES[key]] : literals;
    out[key] = {
      name: key,
      description: a.description,
      table: { category: 'attributes', type: { summary: a.name === key ? type : `${type} (attribute ${a.name})` }, defaultValue: { summary: a.default } },
      control: options ? { type: 'select' } : type === 'boolean' ? { type: 'boolean' } : type === 'number' ? { type: 'number' } : { type: 'text' },
      ...(options ? { options } : {}),
    };
  }
  const listed = (items: Item[] | undefined, category: string, prefix: string) => {
    for (const i of items ?? []) {
      const key = `${prefix}${i.name || 'default'}`;
      out[key] = { name: prefix === '--' ? i.name : `${prefix}${i.name || '(default)'}`, description: i.description, control: false, table: { category, defaultValue: { summary: i.default } } };
    }
  };
  listed(d.events, 'events', 'event: ');
  listed(d.slots, 'slots', 'slot: ');
  listed(d.cssParts, 'css shadow parts', '::part ');
  listed(d.cssProperties, 'css custom properties', '');
  return out;
}

