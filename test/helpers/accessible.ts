/**
 * The accessibility check every element's test file uses for each state it renders: axe
 * (through @open-wc/testing) and IBM Equal Access (accessibility-checker-engine). Two
 * engines, because each finds what the other misses: axe passed the week's tabbable day
 * headings, Equal Access flags a tabbable element without a widget role.
 */
import { expect } from '@open-wc/testing';

interface AceResult {
  ruleId: string;
  value: [string, string];
  message: string;
  path: { dom: string };
}
interface Ace {
  Checker: new () => { check(node: Node, rulesets: string[]): Promise<{ results: AceResult[] }> };
}

/**
 * Rules about the page, not the element: a widget sits inside a partner's own landmarks
 * (`<main>`, `<aside>`), which a test fixture does not have. axe leaves its `region` rule
 * out of component checks for the same reason.
 */
const PAGE_RULES = new Set(['aria_content_in_landmark']);

/**
 * A false positive inside shadow roots: `aria_child_tabbable` lets a listbox without a tab
 * stop pass only when an element names it in `aria-controls`, which it looks up with
 * `ownerDocument.querySelector` and so never finds inside a shadow root. The APG combobox's
 * listbox (the walk-in finder's place field) has no tab stop by design: focus stays in the
 * input, `aria-activedescendant` points at the option. Only that case is left out.
 */
const shadowComboboxPopup = (r: AceResult) => r.ruleId === 'aria_child_tabbable' && r.message.includes('"option"') && r.path.dom.includes('#document-fragment');

let engine: Promise<Ace> | undefined;

/** The engine is a classic script that sets `globalThis.ace`; the test server serves node_modules. */
function loadEngine(): Promise<Ace> {
  engine ??= new Promise<Ace>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/accessibility-checker-engine/ace.js';
    script.onload = () => resolve((globalThis as unknown as { ace: Ace }).ace);
    script.onerror = () => reject(new Error('accessibility-checker-engine did not load'));
    document.head.append(script);
  });
  return engine;
}

/** Violations Equal Access finds in `node` (shadow roots included), as readable lines. */
export async function equalAccessViolations(node: Element): Promise<string[]> {
  const ace = await loadEngine();
  const report = await new ace.Checker().check(node, ['IBM_Accessibility']);
  return report.results
    .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL' && !PAGE_RULES.has(r.ruleId) && !shadowComboboxPopup(r))
    .map((r) => `${r.ruleId}: ${r.message} (${r.path.dom})`);
}

/** Fails when axe or Equal Access finds a violation in `node`. */
export async function expectAccessible(node: Element): Promise<void> {
  await expect(node).to.be.accessible();
  expect(await equalAccessViolations(node), 'IBM Equal Access violations').to.deep.equal([]);
}
