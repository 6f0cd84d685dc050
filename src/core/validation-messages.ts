/**
 * A clear message per stable validation code (zod's own codes and ours, see `CODES` in
 * `schema.ts`), in Dutch (B1, "je" form) and English. Used by the server for its 422/4xx
 * answers; the activity form takes the table of its language from
 * `validation-messages.nl.ts` / `.en.ts` itself (its words come in a chunk per language).
 */
import type { Dictionary, Lang } from './lang.js';
import { nl, type MessageCode } from './validation-messages.nl.js';
import { en } from './validation-messages.en.js';

export type { MessageCode };

// Each language in its own module: the activity form loads only the page's (its words modules).
export const validationMessages: Dictionary<Record<MessageCode, string>> = { nl, en };

/** The translated message for a stable validation code (falls back to a generic one). */
export function validationMessage(code: string, lang: Lang): string {
  const v = validationMessages[lang];
  return Object.hasOwn(v, code) ? v[code as MessageCode] : v.invalid_format;
}
