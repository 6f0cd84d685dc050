// Dependency rules, checked by `npm test` (lint step): no import cycles in our code, no browser
// code (src/, moderation/) that imports server code, a test or a script, and no widget that
// imports the admin half of the contract. See docs/architecture.md.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle makes load order matter and hides what depends on what: move the shared part to a leaf module.',
      severity: 'error',
      from: { pathNot: '^node_modules' },
      to: { circular: true, pathNot: '^node_modules' },
    },
    {
      name: 'browser-stays-in-the-browser',
      comment: 'What partners download (src/) and the moderation page (moderation/, which uses the contract and src/core) never import the server, tests, scripts or the bench.',
      severity: 'error',
      from: { path: '^(src|moderation)/' },
      to: { path: '^(server|test|scripts|bench)/' },
    },
    {
      name: 'widgets-download-no-admin-contract',
      comment: 'The moderation schemas and the JSON Schema conversion (full zod) are for the server and the moderation page only.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/contract/(admin|json-schema)\\.ts$' },
      to: { path: '^src/contract/(admin|json-schema)\\.ts$' },
    },
    {
      name: 'no-unresolvable',
      comment: 'Every relative import names a file that exists.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^\\.' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|storybook-static|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,

  },
};
