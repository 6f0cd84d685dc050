/**
 * Loaded before every browser test file (web-test-runner.config.mjs, `testRunnerHtml`).
 * A failed assertion carries the values it compared (`actual`, `expected`), and the test
 * runner sends them from the browser to Node. A DOM node from a Lit element's shadow root
 * cannot be sent: the browser disconnected and the run ended without saying which test
 * failed or why. Nodes are replaced by their markup (shortened) before that; the message
 * itself (chai's "expected <details …> to equal null") stays as chai wrote it.
 */
// The side-effect-free entry: importing '@open-wc/testing' here, before mocha has set up its
// globals, would skip its fixture clean-up hook for the whole run.
import * as pure from '@open-wc/testing/pure';

// The module exports chai; its type declarations leave it out.
const { chai } = pure as unknown as { chai: Chai.ChaiStatic };

const asText = (v: unknown): unknown => (v instanceof Node ? ((v as Element).outerHTML ?? v.textContent ?? v.nodeName).slice(0, 500) : v);

const assert = chai.Assertion.prototype.assert;
chai.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (e) {
    if (e instanceof chai.AssertionError) {
      const err = e as Chai.AssertionError & { actual?: unknown; expected?: unknown };
      err.actual = asText(err.actual);
      err.expected = asText(err.expected);
    }
    throw e;
  }
};
