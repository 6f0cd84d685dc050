import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { Announcer } from '../../src/core/controllers/announcer.js';
import '../../src/event-list/mm-event-list.js';
import '../../src/week-calendar/mm-week-calendar.js';
import '../../src/activity-form/mm-activity-form.js';
import '../../src/walk-in-finder/mm-walk-in-finder.js';

class AnnouncerProbe extends LitElement {
  readonly announcer = new Announcer(this);
  override render() {
    return litHtml`${this.announcer.region()}`;
  }
}
customElements.define('mm-announcer-probe', AnnouncerProbe);

const regions = (el: Element) => [...el.shadowRoot!.querySelectorAll('[role=status]')];

describe('core/controllers/announcer', () => {
  it('renders one polite, atomic live region, empty until something is said', async () => {
    const el = await fixture<AnnouncerProbe>(html`<mm-announcer-probe></mm-announcer-probe>`);
    const [region, ...more] = regions(el);
    expect(more).to.have.length(0);
    expect(region!.getAttribute('aria-live')).to.equal('polite');
    expect(region!.getAttribute('aria-atomic')).to.equal('true');
    expect(region!.textContent).to.equal('');
  });

  it('says a sentence, and the same sentence again so that it is read again', async () => {
    const el = await fixture<AnnouncerProbe>(html`<mm-announcer-probe></mm-announcer-probe>`);
    el.announcer.say('12 activiteiten gevonden');
    await el.updateComplete;
    const first = regions(el)[0]!.textContent;
    expect(first).to.equal('12 activiteiten gevonden');
    el.announcer.say('12 activiteiten gevonden');
    await el.updateComplete;
    const second = regions(el)[0]!.textContent!;
    expect(second).to.not.equal(first);
    expect(second.trim()).to.equal('12 activiteiten gevonden');
    el.announcer.say('Geen activiteiten');
    await el.updateComplete;
    expect(regions(el)[0]!.textContent).to.equal('Geen activiteiten');
  });

  // Every element that announces uses this region: exactly one, before anything is said,
  // also while it loads (the finder's "Inloopplekken zoeken…" was a second region once).
  const announcing: [tag: string, attributes: Record<string, string>][] = [
    ['mm-event-list', {}],
    ['mm-week-calendar', {}],
    ['mm-activity-form', {}],
    ['mm-walk-in-finder', { near: 'Zwolle' }],
  ];
  for (const [tag, attributes] of announcing) {
    it(`is the one live region of <${tag}>`, async () => {
      await customElements.whenDefined(tag); // the form's tag waits for its words
      const el = document.createElement(tag);
      el.setAttribute('api', 'https://api.invalid/api/v1/');
      for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
      document.body.append(el);
      try {
        await (el as LitElement).updateComplete;
        const live = [...el.shadowRoot!.querySelectorAll('[aria-live], [role=status], [role=alert]')].filter((r) => r.getAttribute('role') === 'status');
        expect(live).to.have.length(1);
        expect(live[0]!.getAttribute('aria-live')).to.equal('polite');
        expect(live[0]!.getAttribute('aria-atomic')).to.equal('true');
      } finally {
        el.remove();
      }
    });
  }
});
