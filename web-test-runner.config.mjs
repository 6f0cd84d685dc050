// Browser tests: @web/test-runner + @open-wc/testing in Debian's Chromium (no test tool can
// download a browser here). TypeScript through esbuild; decorators as in tsconfig.json.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';

export default {
  files: ['test/**/*.test.ts', '!test/server/**', '!test/e2e/**'],
  nodeResolve: true,
  // One file at a time: a test page in a background tab gets no animation frames, and
  // open-wc's fixture() and the layout-shift checks wait for frames.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  // test/helpers/setup-chai.ts first: a failed assertion about a DOM node must say so, not
  // disconnect the browser.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/helpers/setup-chai.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          // A test page must never be throttled like a background tab (it waits for frames).
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
