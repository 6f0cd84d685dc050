import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { ArgTypes } from 'storybook/internal/types';
import { ACTIVITY_TYPES, AUDIENCES, MODES, PROVINCES } from '../src/contract/vocabulary.js';
// Written by `npm run analyze` (run before `storybook dev` and `storybook build`): the docs
// tables (attributes, events, parts, CSS properties) come from the JSDoc on each class.
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

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

const declarationOf = (tag: string): Declaration | undefined =>
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
export function argTypesOf(tag: string): ArgTypes {
  const d = declarationOf(tag);
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

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
    layout: 'padded',
    docs: { extractArgTypes: argTypesOf },
  },
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: { title: 'Taal', icon: 'globe', items: [{ value: 'nl', title: 'Nederlands' }, { value: 'en', title: 'English' }] },
    },
  },
  initialGlobals: { lang: 'nl' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals.lang as string) ?? 'nl';
      return story();
    },
  ],
};
export default preview;
