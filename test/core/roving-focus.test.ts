import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { RovingFocus } from '../../src/core/controllers/roving-focus.js';

/** Four buttons with one tab stop; `column` makes Up and Down move too. */
class RovingProbe extends LitElement {
  static override properties = { column: { type: Boolean } };
  column = false;
  readonly roving = new RovingFocus(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('button')],
    vertical: () => this.column,
  });
  override render() {
    return litHtml`<div @keydown=${this.roving.onKeyDown}>
      ${[0, 1, 2, 3].map((i) => litHtml`<button tabindex=${this.roving.tabIndexFor(i, 4, 2)}>${i}</button>`)}
    </div>`;
  }
}
customElements.define('mm-roving-probe', RovingProbe);

const buttons = (el: RovingProbe) => [...el.shadowRoot!.querySelectorAll('button')];
const focused = (el: RovingProbe) => buttons(el).indexOf(el.shadowRoot!.activeElement as HTMLButtonElement);
const stops = (el: RovingProbe) => buttons(el).map((b) => b.tabIndex);

describe('core/controllers/roving-focus', () => {
  it('keeps one tab stop, on the fallback until a key moves it', async () => {
    const el = await fixture<RovingProbe>(html`<mm-roving-probe></mm-roving-probe>`);
    expect(stops(el)).to.deep.equal([-1, -1, 0, -1]);
  });

  it('moves with Left, Right, Home and End, stops at the ends, and keeps the stop after a render', async () => {
    const el = await fixture<RovingProbe>(html`<mm-roving-probe></mm-roving-probe>`);
    buttons(el)[2]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(3);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(3);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(0);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal(0);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(3);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal(2);
    el.requestUpdate();
    await el.updateComplete;
    expect(stops(el)).to.deep.equal([-1, -1, 0, -1]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(stops(el)).to.deep.equal([-1, 0, -1, -1]);
  });

  it('moves with Up and Down only in a column, and forgets its stop on reset()', async () => {
    const el = await fixture<RovingProbe>(html`<mm-roving-probe></mm-roving-probe>`);
    buttons(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(0);
    el.column = true;
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(1);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(0);
    el.roving.reset();
    el.requestUpdate();
    await el.updateComplete;
    expect(stops(el)).to.deep.equal([-1, -1, 0, -1]);
  });

  it('leaves keys with a modifier alone (browser and screen-reader shortcuts)', async () => {
    const el = await fixture<RovingProbe>(html`<mm-roving-probe></mm-roving-probe>`);
    buttons(el)[2]!.focus();
    for (const mod of ['altKey', 'ctrlKey', 'metaKey']) {
      const e = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true, [mod]: true });
      buttons(el)[2]!.dispatchEvent(e);
      expect(e.defaultPrevented, mod).to.equal(false);
      expect(focused(el), mod).to.equal(2);
    }
  });
});
