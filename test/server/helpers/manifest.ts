/**
 * A fresh custom-elements manifest from the sources for one test file (not whatever
 * custom-elements.json was left behind): analyzed once before the file's tests into tmp/
 * (inside the project, where the analyzer writes relative to it; ignored by git and eslint),
 * removed after them. Call at the top level of a test file; read `.value` inside a test.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { after, before } from 'node:test';

export const root = new URL('../../../', import.meta.url).pathname;

export function freshManifest<T = unknown>(name: string): { value: T } {
  const out = `tmp/${name}-${process.pid}`;
  const holder = { value: undefined as T };
  before(() => {
    execFileSync('npx', ['custom-elements-manifest', 'analyze', '--outdir', out], { cwd: root, stdio: 'pipe' });
    holder.value = JSON.parse(readFileSync(`${root}${out}/custom-elements.json`, 'utf8')) as T;
  });
  after(() => rmSync(`${root}${out}`, { recursive: true, force: true }));
  return holder;
}
