import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ChunkedRender } from '../../src/core/controllers/chunked-render.js';
import { until } from '../helpers/fake-fetch.js';

/** `n` numbered items, rendered 5 at first and 10 per task after that. */
class ChunkProbe extends LitElement {
  static override properties = { n: { type: Number } };
  n = 100;
  readonly chunks = new ChunkedRender(this, () => this.n, 5, 10);
  override render() {
    const shown = Math.min(this.n, this.chunks.count);
    return litHtml`${Array.from({ length: shown }, (_, i) => litHtml`<i>${i}</i>`)}`;
  }
}
customElements.define('mm-chunk-probe', ChunkProbe);

const items = (el: ChunkProbe) => el.shadowRoot!.querySelectorAll('i').length;
const frame = () => new Promise((r) => requestAnimationFrame(r));

describe('core/controllers/chunked-render', () => {
  it('renders the first screenful at once and the rest in later tasks, chunk by chunk', async () => {
    const el = await fixture<ChunkProbe>(html`<mm-chunk-probe></mm-chunk-probe>`);
    expect(items(el)).to.be.lessThan(100);
    const seen = new Set<number>();
    await until(() => (seen.add(items(el)), items(el) === 100), 3000, 'all items');
    // 5, then 15, 25, … 95, 100: never everything in one go.
    expect([...seen].every((n) => n === 100 || (n - 5) % 10 === 0)).to.equal(true);
    expect(seen.size).to.be.greaterThan(3);
  });

  // Frames are held back here: on a busy machine a real frame can come at any moment, and a
  // test that hopes none does between two lines is a coin toss (it failed once in CI).
  async function withHeldFrames(body: (held: FrameRequestCallback[], el: ChunkProbe) => Promise<void>) {
    const held: FrameRequestCallback[] = [];
    const real = window.requestAnimationFrame;
    window.requestAnimationFrame = (cb) => held.push(cb);
    const el = document.createElement('mm-chunk-probe') as ChunkProbe;
    try {
      document.body.append(el);
      await body(held, el);
    } finally {
      window.requestAnimationFrame = real;
      el.remove();
    }
  }

  it('waits for a paint before the second chunk', () =>
    withHeldFrames(async (held, el) => {
      const started = performance.now();
      await el.updateComplete;
      expect(items(el)).to.equal(5);
      await new Promise((r) => setTimeout(r)); // a task, but no frame yet
      // (Unless the machine stalled past the 100 ms fallback, which the next test covers.)
      if (performance.now() - started < 90) expect(items(el)).to.equal(5);
      expect(held.length, 'a frame was asked for').to.be.greaterThan(0);
      held.splice(0).forEach((cb) => cb(performance.now()));
      await until(() => items(el) > 5, 1000, 'second chunk');
    }));

  it('without frames (a hidden tab), the second chunk comes after 100 ms', () =>
    withHeldFrames(async (_held, el) => {
      const started = performance.now();
      await el.updateComplete;
      await until(() => items(el) > 5, 2000, 'second chunk');
      expect(performance.now() - started).to.be.at.least(99);
    }));

  it('starts over with restart(), renders everything with all(), and stops when removed', async () => {
    const el = await fixture<ChunkProbe>(html`<mm-chunk-probe></mm-chunk-probe>`);
    await until(() => items(el) === 100, 3000, 'all items');
    el.chunks.restart();
    await el.updateComplete;
    expect(items(el)).to.equal(5);
    el.chunks.all();
    await el.updateComplete;
    expect(items(el)).to.equal(100);
    el.n = 1000;
    el.chunks.restart();
    await el.updateComplete;
    el.remove();
    await frame();
    await new Promise((r) => setTimeout(r, 150));
    expect(items(el)).to.equal(5);
  });
});
