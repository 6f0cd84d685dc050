/** axe-core in a Playwright page, for the end-to-end tests (WCAG 2.2 A and AA rules). */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe on the page, or only on our elements where the host page is broken on purpose (hostile.html). */
export async function axe(page: Page, onlyWidgets = false): Promise<string[]> {
  await page.evaluate(axeSource); // evaluated through the devtools protocol: not subject to the page's CSP
  const result = await page.evaluate(async (only) => {
    const w = window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
    const context = only ? { include: [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('mm-')))].map((n) => [n]) } : document;
    return w.axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  }, onlyWidgets);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

