// The build's css`…` minifier (scripts/rollup-minify-css.mjs) must never change what CSS means.
import assert from 'node:assert/strict';
import { test } from 'node:test';
// @ts-expect-error: a plain .mjs build script without types
import { minifyCssLiterals, minifyCssText } from '../../scripts/rollup-minify-css.mjs';

test('removes comments and white space, keeps quoted strings and calc() spaces', () => {
  const css = `
    /* a comment, with the element's apostrophe */
    :host {
      --x: calc(1px + 2px);
      font-family: "Open Sans", sans-serif;
    }
    .a::before { content: ' · ;  { } '; }
    .b > .c , .d :focus-visible { margin: 0 auto ; }
    @media (min-width: 40em) and (prefers-reduced-motion: reduce) { .e { color: red } }
  `;
  assert.equal(
    minifyCssText(css, true, true),
    `:host{--x:calc(1px + 2px);font-family:"Open Sans",sans-serif}.a::before{content:' · ;  { } '}.b > .c,.d :focus-visible{margin:0 auto}@media (min-width:40em) and (prefers-reduced-motion:reduce){.e{color:red}}`,
  );
});

test('keeps the space next to an interpolation (it may be a descendant combinator)', () => {
  const code = 'const s = css`\n  ${H} .act {\n    color: red;\n  }\n  ${H}.x{}`; const t = 1;';
  assert.equal(minifyCssLiterals(code), 'const s = css`${H} .act{color:red}${H}.x{}`; const t = 1;');
});

test('refuses an interpolation it cannot read instead of guessing', () => {
  assert.throws(() => minifyCssLiterals('css`${a ? `x` : ``} .b{}`'), /simple interpolations/);
});
