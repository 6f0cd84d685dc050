// Issue 16, point 10: Storybook's controls are what a designer expects: one per public
// attribute (a switch for a boolean, a picker with the contract's values for a filter), and
// parts, slots, events and CSS properties listed without a control.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { argTypesOf } from '../../.storybook/arg-types.js';
import { AUDIENCES, MODES } from '../../src/contract/vocabulary.js';
import { freshManifest } from './helpers/manifest.js';

const fresh = freshManifest('storybook-controls-test');

const controlOf = (a: { control?: unknown } | undefined) => (a?.control && typeof a.control === 'object' ? (a.control as { type: string }).type : a?.control);

test('the list: `filters` is a switch (not the part of the same name), audience and mode pick from the contract', () => {
  const t = argTypesOf(fresh.value, 'mm-event-list');
  assert.equal(controlOf(t.filters), 'boolean');
  assert.equal(controlOf(t.search), 'boolean');
  assert.equal(controlOf(t.structuredData), 'boolean');
  assert.equal(controlOf(t.limit), 'number');
  assert.equal(controlOf(t.audience), 'select');
  assert.deepEqual(t.audience!.options, ['', ...AUDIENCES]);
  assert.deepEqual(t.mode!.options, ['', ...MODES]);
  assert.equal(controlOf(t['::part filters']), false);
  assert.equal(t['::part filters']!.table?.category, 'css shadow parts');
});

test('every element: controls only for attributes, none for internal state', () => {
  for (const tag of ['mm-event-list', 'mm-week-calendar', 'mm-campaign-banner']) {
    const t = argTypesOf(fresh.value, tag);
    for (const [key, a] of Object.entries(t)) {
      if (controlOf(a) === false) continue;
      assert.equal(a.table?.category, 'attributes', `${tag} ${key} has a control but is not an attribute`);
    }
    for (const hidden of ['picked', 'items', 'selected', 'shown', 'task', 'lastGood']) assert.equal(t[hidden], undefined, `${tag} ${hidden}`);
  }
  assert.deepEqual(argTypesOf(fresh.value, 'mm-campaign-banner').variant!.options, ['bar', 'card']);
  assert.equal(controlOf(argTypesOf(fresh.value, 'mm-week-calendar').display), 'boolean');
});
