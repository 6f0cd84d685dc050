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

/** One plain address (no name, no list): what MM_MODERATOR_EMAIL and the From address must be. */
const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/**
 * E-mail settings from the environment: `MM_MODERATOR_EMAIL` (the campaign team's address
 * for notices of new submissions; none when unset), `MM_MAIL_FROM` (the sender address,
 * default `noreply@missiementaal.nl`), `MM_PUBLIC_API_URL` (the API's public base, ending
 * in `/api/v1/`, for the management links in e-mails; default the local API address) and
 * `MM_ACTIVITY_URL` (where an approved activity can be seen, `{id}` replaced; default its
 * `.ics` file on the API). A malformed address or URL stops the start.
 */
export function mailSettingsFromEnv(env: Record<string, string | undefined>, localApi: string) {
  const moderatorEmail = env.MM_MODERATOR_EMAIL?.trim() || null;
  if (moderatorEmail && !ADDRESS.test(moderatorEmail)) throw new StartupError(`MM_MODERATOR_EMAIL is not one e-mail address (like team@example.nl); fix it or unset it.`);
  const fromAddress = env.MM_MAIL_FROM?.trim() || 'noreply@missiementaal.nl';
  if (!ADDRESS.test(fromAddress)) throw new StartupError(`MM_MAIL_FROM is not one e-mail address (like noreply@example.nl); fix it or unset it.`);
  let apiBase = env.MM_PUBLIC_API_URL?.trim() || localApi;
  if (!apiBase.endsWith('/')) apiBase += '/';
  if (!/^https?:$/.test(safeProtocol(apiBase))) throw new StartupError(`MM_PUBLIC_API_URL is not an http(s) address (like https://api.example.nl/api/v1/).`);
  const activityUrl = env.MM_ACTIVITY_URL?.trim() || `${apiBase}activities/{id}.ics`;
  if (!/^https?:$/.test(safeProtocol(activityUrl.replace('{id}', 'x')))) throw new StartupError(`MM_ACTIVITY_URL is not an http(s) address (like https://example.nl/agenda/{id}).`);
  return { moderatorEmail, from: `Missie Mentaal <${fromAddress}>`, apiBase, activityUrl };
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}
