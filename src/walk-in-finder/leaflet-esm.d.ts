// Leaflet's ES module build, imported by path: the package's `main` is its UMD build, which
// the test runner's resolver picks and which has no named exports. Types as `leaflet`.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
