import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { MmElement } from '../../src/core/mm-element.js';
import '../../src/event-list/mm-event-list.js';
import '../../src/week-calendar/mm-week-calendar.js';
import '../../src/campaign-banner/mm-campaign-banner.js';
import '../../src/activity-form/mm-activity-form.js';
import '../../src/walk-in-finder/mm-walk-in-finder.js';
// The loader's map, made from the table of elements (elements.mjs): every element there is.
import { elements } from '../../src/loader-elements.generated.js';

/** A bare element on the base: its heading and one nested twice deeper. */
class HeadingProbe extends MmElement {
  override render() {
    return litHtml`<div role="heading" aria-level=${this.level()}>a</div><div role="heading" aria-level=${this.level(2)}>b</div>`;
  }
}
customElements.define('mm-heading-probe', HeadingProbe);

const levels = (el: Element) => [...el.shadowRoot!.querySelectorAll('[role=heading]')].map((h) => h.getAttribute('aria-level'));

describe('core/mm-element heading-level', () => {
  // One clamp for every element (the list turned 7 into 2 and the week into 6 before).
  const cases: [string | null, string, string][] = [
    [null, '2', '4'],
    ['1', '1', '3'],
    ['3', '3', '5'],
    ['5', '5', '6'],
    ['7', '6', '6'],
    ['0', '2', '4'],
    ['-1', '1', '3'],
    ['2.6', '3', '5'],
    ['x', '2', '4'],
  ];
  for (const [attr, top, nested] of cases) {
    it(`heading-level=${attr ?? '(none)'} gives level ${top}, nested ${nested}`, async () => {
      const el = await fixture<HeadingProbe>(html`<mm-heading-probe></mm-heading-probe>`);
      if (attr !== null) el.setAttribute('heading-level', attr);
      await el.updateComplete;
      expect(levels(el)).to.deep.equal([top, nested]);
    });
  }

  it('is the same property on every element', async () => {
    const tags = Object.keys(elements);
    expect(tags).to.have.length.at.least(5);
    for (const tag of tags) {
      await customElements.whenDefined(tag); // the form's tag waits for its words
      const el = document.createElement(tag) as MmElement;
      expect(el, tag).to.be.instanceOf(MmElement);
      el.setAttribute('heading-level', '4');
      expect(el.headingLevel, tag).to.equal(4);
    }
  });
});
