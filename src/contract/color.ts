/** Colour checks shared by the schemas (server) and the banner (browser): WCAG 2.2 contrast. */
export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/; // no flags: it is a JSON Schema pattern too

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rgb` or `#rrggbb` colour, or NaN when it is not one. */
export function luminance(hex: string): number {
  if (!HEX_COLOR.test(hex)) return NaN;
  let h = hex.slice(1);
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(h.slice(i, i + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two colours (1–21); 0 when either is not a hex colour. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  if (Number.isNaN(la) || Number.isNaN(lb)) return 0;
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

/** True when text in `fg` on `bg` meets WCAG AA for normal text (4.5:1). */
export const meetsAA = (fg: string, bg: string): boolean => contrastRatio(fg, bg) >= 4.5;
