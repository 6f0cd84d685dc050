/**
 * One element for a story, with every arg that is one of its attributes set as that
 * attribute (`headingLevel` → `heading-level`; `true` → present, `false` or `''` → absent).
 * So every control in the panel (.storybook/preview.ts makes one per public attribute)
 * changes the element, without each story listing the attributes again.
 */
export function element(tag: string, args: Record<string, unknown>, fixed: Record<string, string> = {}, fallback?: string): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(fixed)) el.setAttribute(k, v);
  const known = customElements.get(tag) as unknown as { observedAttributes?: string[] } | undefined;
  const attributes = new Set(known?.observedAttributes ?? []);
  for (const [key, value] of Object.entries(args)) {
    const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (!attributes.has(name) || value === false || value === '' || value === undefined || value === null) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  // The partner's fallback link, as text (shown until the element upgrades or when it cannot load).
  if (fallback) {
    const a = document.createElement('a');
    a.href = 'https://example.org/programma';
    a.textContent = fallback;
    el.append(a);
  }
  return el;
}
