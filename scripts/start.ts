// `npm start`: builds the CDN bundle for the local API address (the loader's default API
// base is fixed at build time, see rollup.config.mjs), then starts the three origins
// (server/main.ts). Run after scripts/setup.mjs has installed what is missing.
import { buildCdn } from './build-cdn.js';
import { localOrigins } from '../server/origins.js';

const origins = localOrigins(Number(process.env.PORT ?? 8080));
const started = Date.now();
// A folder of its own: `npm run build` (dist/cdn, built for the production API) while the
// demo runs would otherwise point the demo's widgets at an API that is not there.
process.env.MM_CDN_DIR = 'dist/local-cdn';
await buildCdn({ apiUrl: origins.api, outDir: process.env.MM_CDN_DIR });
console.log(`[start] CDN bundle built for API ${origins.api} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
await import('../server/main.js');
