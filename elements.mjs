// The one table of elements. Adding an element is one row here (and its folder in src/):
// the loader's map and the space it reserves (src/loader-elements.generated.ts, made by
// scripts/elements.mjs; rollup builds from the table itself), the CDN build's chunks, the
// npm package's exports (scripts/build-npm.mjs), the build test, the size budgets
// (scripts/size.mjs) and the README tables (scripts/docs.mjs) all read it.
// Plain JavaScript, not TypeScript: rollup.config.mjs and the build scripts run in Node
// without a TypeScript loader.

/**
 * Modules that stand for a chunk an element's chunk imports, so the loader asks for those
 * chunks together with the element's own instead of after it arrived (one round trip less on
 * a slow network). rollup.config.mjs's `manualChunks` puts each module in the chunk named here;
 * test/server/build.test.ts checks that every chunk an element imports is in its list.
 * @type {Record<string, { module: string, why: string }>}
 */
export const CHUNKS = {
  shared: { module: './core/mm-element.js', why: 'Lit + the core' },
  activity: { module: './core/activity-element.js', why: 'what the list and the week share' },
  controllers: { module: './core/controllers/chunked-render.js', why: 'announcing, chunked rendering and attribute checks: the list, the week and the finder' },
};

/** @typedef {[string, string | (string | null)[] | null, string?]} Reserve */

/**
 * @typedef {object} ElementRow
 * @property {string} tag The custom element name (`mm-…`).
 * @property {string} dir Its folder in src/: `src/<dir>/<dir>.ts` holds the class, `src/<dir>/mm-<dir>.ts`
 *   registers the tag; also the npm subpath (`@missie-mentaal/widgets/<dir>`).
 * @property {(keyof typeof CHUNKS)[]} chunks The chunks its own chunk imports (see CHUNKS).
 * @property {number} budget Its chunk's size budget in KB gzipped (scripts/size.mjs); an element
 *   whose words come in a chunk per language (`chunks/<dir>.<lang>-…`) has its chunk and the
 *   largest of those together within it.
 * @property {Reserve[]} reserve `[attribute selector, min-block-size, custom properties]`: the room
 *   the loader keeps while the element is not defined, as tall as the element's own placeholder
 *   (measured on the demo pages). `''` is the element without attributes; several sizes are
 *   written in order (a fallback first), `null` sets only the custom properties.
 * @property {Reserve[]} [narrow] The same below 45em of viewport width (an undefined element
 *   cannot be a size container, so the viewport stands in for its own width).
 */

/** A list's estimated height from its `limit` (default 20): see the row of mm-event-list. */
const LIST_ESTIMATE = 'min(100vh,calc(attr(limit type(<number>),20)*var(--_per) + var(--_base)))';

/** @type {ElementRow[]} */
export const ELEMENTS = [
  {
    tag: 'mm-campaign-banner',
    dir: 'campaign-banner',
    chunks: ['shared'],
    // On every partner site: the smallest budget.
    budget: 4,
    reserve: [['', '5.5em'], ['[variant=card]', '16em']],
    narrow: [[':not([variant=card])', '12em'], ['[variant=card]', '21em']],
  },
  {
    tag: 'mm-event-list',
    dir: 'event-list',
    chunks: ['shared', 'activity', 'controllers'],
    budget: 12,
    // About 13em an activity on a phone, 11em wider, plus the filter bar, at most a screenful
    // (typed attr() reads `limit`; where unsupported, a screenful). event-list.styles.ts keeps
    // the same room while activities show, so content below the list does not move.
    reserve: [['', ['100vh', LIST_ESTIMATE], '--_per:11em;--_base:4em'], ['[filters]', null, '--_base:14em']],
    narrow: [['', null, '--_per:13em;--_base:5em'], ['[filters]', null, '--_base:21em']],
  },
  {
    tag: 'mm-week-calendar',
    dir: 'week-calendar',
    chunks: ['shared', 'activity', 'controllers'],
    budget: 12,
    // The hallway screen fills the screen.
    reserve: [['', '50em'], ['[display]', '100vh']],
    narrow: [[':not([display])', '58em']],
  },
  {
    tag: 'mm-activity-form',
    dir: 'activity-form',
    chunks: ['shared'],
    // Issue 17: what a page with the form downloads besides the loader and the shared chunk,
    // all together: the form (fields, draft, sending, the JSON Schema of SubmissionInput and
    // its check, no zod: src/contract/submission-check.ts) and its words in the page's language (activity-form.nl/.en).
    budget: 20,
    // One column of about 20 fields: taller than a screen everywhere, so what follows it
    // is out of sight until the form is there.
    reserve: [['', '150em']],
    narrow: [['', '190em']],
  },
  {
    tag: 'mm-walk-in-finder',
    dir: 'walk-in-finder',
    chunks: ['shared', 'controllers'],
    // Without the map: the map and Leaflet are their own chunk, loaded only with `map`.
    budget: 12,
    // Heading, crisis notice, place field, buttons and the "type your postcode" line (measured
    // on the demo page at 16 px: 374 px wide, 544 px at 390); with a preset place a screenful,
    // since the results follow at once.
    reserve: [['', '23.5em'], ['[near]', '100vh']],
    narrow: [[':not([near])', '34em']],
  },
];
