import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { argTypesOf } from './arg-types.js';
// Written by `npm run analyze` (run before `storybook dev` and `storybook build`): the docs
// tables (attributes, events, parts, CSS properties) come from the JSDoc on each class.
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
    layout: 'padded',
    // One control per public attribute; parts, slots, events and CSS properties without (arg-types.ts).
    docs: { extractArgTypes: (tag: string) => argTypesOf(manifest, tag) },
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
