/** Settings from the environment, with secrets generated once and kept in ./data. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The env value, else the file's content, else a new random value written to the file (mode 600). */
export function secretFrom(envValue: string | undefined, file: string): { value: string; generated: boolean } {
  if (envValue) return { value: envValue, generated: false };
  if (existsSync(file)) return { value: readFileSync(file, 'utf8').trim(), generated: false };
  mkdirSync(join(file, '..'), { recursive: true });
  const value = randomBytes(24).toString('base64url');
  writeFileSync(file, value + '\n', { mode: 0o600 });
  return { value, generated: true };
}
