/**
 * A rollup plugin that minifies the text of Lit's css`…` literals in our own sources:
 * comments out, runs of white space down to one space, none around `{ } ; , :`.
 * esbuild minifies the JavaScript but leaves template text alone, and the styles are a
 * quarter of each element's bytes. Quoted strings (`content: ' · '`) are kept as written,
 * and a space next to an interpolation (`${H} .act`) stays, since it may be a combinator.
 * (Packages that do this pull in a CSS engine with native binaries; this needs 40 lines.)
 */

/** Minifies one static piece of a css literal; `first`/`last` say whether it starts/ends the literal. */
export function minifyCssText(text, first, last) {
  let out = '';
  // Comments go first: an apostrophe in one ("the element's") is not a string.
  // Then split into quoted strings (kept) and the rest (squeezed).
  for (const part of text.replace(/\/\*[\s\S]*?\*\//g, '').split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)) {
    if (part.startsWith('"') || part.startsWith("'")) {
      out += part;
      continue;
    }
    out += part
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
  }
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/** Rewrites every css`…` literal in `code`; interpolations `${…}` are copied as they are. */
export function minifyCssLiterals(code) {
  let out = '';
  let i = 0;
  for (;;) {
    const start = code.indexOf('css`', i);
    if (start < 0) return out + code.slice(i);
    out += code.slice(i, start + 4);
    let j = start + 4;
    let piece = '';
    let first = true;
    for (;;) {
      const c = code[j];
      if (c === undefined) throw new Error('minify-css: unterminated css`…` literal');
      if (c === '\\') {
        piece += c + code[j + 1];
        j += 2;
      } else if (c === '`') {
        out += minifyCssText(piece, first, true) + '`';
        j += 1;
        break;
      } else if (c === '$' && code[j + 1] === '{') {
        const end = code.indexOf('}', j);
        const expr = code.slice(j, end + 1);
        if (/[`{]/.test(expr.slice(2))) throw new Error(`minify-css: only simple interpolations are supported, not ${expr}`);
        out += minifyCssText(piece, first, false) + expr;
        piece = '';
        first = false;
        j = end + 1;
      } else {
        piece += c;
        j += 1;
      }
    }
    i = j;
  }
}

export default function minifyCss() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
