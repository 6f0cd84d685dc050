// Only our sources: without `globs` the analyzer also walks dist/, Storybook output and
// node_modules and takes minutes (TOOLCHAIN.md).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/loader.ts', 'src/loader-elements.generated.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // Do not write a customElements field into the root package.json; dist/npm gets its own.
  packagejson: false,
  plugins: [
    {
      // `MmElement.emit(name, …)` dispatches `new CustomEvent(name)`: the analyzer lists an event
      // called "name" on every element. The real events are the `@fires` tags (all `mm-*`).
      name: 'mm-declared-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('mm-'));
        }
      },
    },
  ],
};
