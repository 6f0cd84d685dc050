/** Settings from the environment, with secrets generated once and kept in ./data. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A secret we generate: 24 random bytes in base64url, 32 characters. */
const GENERATED = /^[A-Za-z0-9_-]{32}$/;
/** Shortest secret we take from the environment: shorter ones are guessable. */
export const MIN_SECRET_LENGTH = 16;

/** A start-up problem an operator can fix: `main.ts` prints its message alone, without a stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * Writes `content` to `file` so that a reader sees the old file or the new one, never a
 * half-written one: a temporary file beside it, then a rename (atomic within one folder).
 */
export function writeFileAtomic(file: string, content: string, mode = 0o600): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content, { mode });
  renameSync(tmp, file);
}

/**
 * The env value, else the file's content, else a new random value written to the file
 * (mode 600, atomically). An empty, short or damaged file stops the start with a clear
 * message: a server that silently made a new secret would void every form token, and one
 * that used a truncated secret would sign with a guessable one.
 */
export function secretFrom(envValue: string | undefined, file: string, envName = 'MM_SECRET'): { value: string; generated: boolean } {
  if (envValue !== undefined && envValue !== '') {
    if (envValue.trim().length < MIN_SECRET_LENGTH) throw new StartupError(`${envName} is shorter than ${MIN_SECRET_LENGTH} characters; set a longer random value, or unset it to use ${file}.`);
    return { value: envValue.trim(), generated: false };
  }
  if (existsSync(file)) {
    const value = readFileSync(file, 'utf8').replace(/\n$/, '');
    if (!GENERATED.test(value)) {
      throw new StartupError(`${file} is empty or damaged (expected 32 characters of A-Z, a-z, 0-9, - and _); restore it from a backup, or delete it to make a new one (form tokens already handed out then stop working).`);
    }
    return { value, generated: false };
  }
  const value = randomBytes(24).toString('base64url');
  writeFileAtomic(file, value + '\n');
  return { value, generated: true };
}
