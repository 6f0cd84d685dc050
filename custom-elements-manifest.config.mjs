// Only our sources: without `globs` the analyzer also walks dist/, Storybook output and
// node_modules and takes minutes (TOOLCHAIN.md).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/loader.ts', 'src/loader-elements.generated.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // Do not write a customElements field into the root package.json; dist/npm gets its own.
  packagejson: false,
};
