// ESLint: TypeScript, Lit templates, web-component rules and Lit accessibility rules.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['tmp/', 'node_modules/', 'dist/', 'storybook-static/', 'data/', 'coverage/', 'custom-elements.json', '**/*.d.ts'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'moderation/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'bench/pages/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs['flat/recommended'].rules,
      ...wc.configs['flat/recommended'].rules,
      ...litA11y.configs.recommended.rules,
      // Security: content is text. Never bind HTML.
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Content is text, never HTML.' }] }],
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Content is text, never HTML: use textContent or a Lit template.' }],
      // `role="list"` on a styled <ul> is deliberate: Safari drops list semantics with list-style: none.
      'lit-a11y/no-redundant-role': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Words: plurals through Intl.PluralRules (plural() in src/core/lang.ts), not `n === 1 ? 'x' : 'xs'`.
    files: ['src/**/*.messages.ts', 'src/**/*.{nl,en}.ts', 'moderation/**/*.ts', 'server/mail/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ConditionalExpression[test.operator=/^[!=]==?$/][test.right.value=1]:matches([consequent.type='Literal'], [consequent.type='TemplateLiteral'])",
          message: "A plural by hand: use plural(lang, n, { one, other }) from src/core/lang.ts (Intl.PluralRules).",
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts', 'test/server/**/*.ts', '*.mjs', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
