// Issue 16, point 10: Storybook's controls are what a designer expects: one per public
// attribute (a switch for a boolean, a picker with the contract's values for a filter), and
// parts, slots, events and CSS properties listed without a control.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { argTypesOf } from '../../.storybook/arg-types.js';
import { AUDIENCES, MODES } from '../../src/contract/vocabulary.js';
import { freshManifest } from './helpers/manifest.js';
// @ts-expect-error: a plain .mjs table without types
import { ELEMENTS } from '../../elements.mjs';

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
  const tags = (ELEMENTS as { tag: string }[]).map((e) => e.tag);
  assert.ok(tags.length >= 5);
  for (const tag of tags) {
    const t = argTypesOf(fresh.value, tag);
    assert.ok(Object.values(t).some((a) => a.table?.category === 'attributes'), `${tag} has controls`);
    for (const [key, a] of Object.entries(t)) {
      if (controlOf(a) === false) continue;
      assert.equal(a.table?.category, 'attributes', `${tag} ${key} has a control but is not an attribute`);
    }
    for (const hidden of ['picked', 'items', 'selected', 'shown', 'task', 'lastGood']) assert.equal(t[hidden], undefined, `${tag} ${hidden}`);
  }
  assert.deepEqual(argTypesOf(fresh.value, 'mm-campaign-banner').variant!.options, ['bar', 'card']);
  assert.equal(controlOf(argTypesOf(fresh.value, 'mm-week-calendar').display), 'boolean');
  // The finder's audience picks from the contract too (its story once listed four by hand).
  assert.deepEqual(argTypesOf(fresh.value, 'mm-walk-in-finder').audience!.options, ['', ...AUDIENCES]);
  assert.equal(controlOf(argTypesOf(fresh.value, 'mm-walk-in-finder').map), 'boolean');
  assert.equal(controlOf(argTypesOf(fresh.value, 'mm-activity-form').privacyUrl), 'text');
});
