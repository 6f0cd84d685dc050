import { expect } from '@open-wc/testing';
import { whenText, priceText } from '../../src/core/activity-view.js';
import { safeUrl } from '../../src/contract/vocabulary.js';
import { makeActivity } from '../fixtures/activities.js';

describe('core/activity-view', () => {
  it('writes a multi-day activity that ends at midnight as ending at 24:00 the day before', () => {
    const a = makeActivity({ start: '2026-06-01T10:00:00+02:00', end: '2026-06-03T00:00:00+02:00' });
    expect(whenText(a, 'nl')).to.equal('1 juni 10:00 tot en met 2 juni 24:00');
    const b = makeActivity({ start: '2026-06-01T10:00:00+02:00', end: '2026-06-03T16:00:00+02:00' });
    expect(whenText(b, 'en')).to.equal('1 June 10:00 until 3 June 16:00');
  });
  it('says free or a price, and nothing when unknown', () => {
    expect(priceText(makeActivity({ price: 0 }), 'nl')).to.equal('Gratis');
    expect(priceText(makeActivity({ price: null }), 'nl')).to.equal(undefined);
  });
  it('lets only http(s) links through', () => {
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('https://example.org/x')).to.equal('https://example.org/x');
    expect(safeUrl('/x')).to.equal(undefined);
    expect(safeUrl('/x', 'https://example.org/a/b')).to.equal('https://example.org/x');
    expect(safeUrl('javascript:alert(1)', 'https://example.org/')).to.equal(undefined);
  });
});
