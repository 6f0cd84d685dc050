/** The JSON error shape `{ errors: [{ path, code, message }] }`, translated by Accept-Language. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import { issueCode, type ApiErrorBody } from '../../src/contract/schema.js';
import { toLang, type Lang } from '../../src/core/i18n.js';
import { validationMessage } from '../../src/core/validation-messages.js';

export const langOf = (c: Context): Lang => toLang(c.req.header('accept-language'));

export interface ErrorItem {
  path: string;
  code: string;
}

export function errorBody(lang: Lang, items: ErrorItem[]): ApiErrorBody {
  return { errors: items.map((e) => ({ ...e, message: validationMessage(e.code, lang) })) };
}

export function apiError(c: Context, status: ContentfulStatusCode, items: ErrorItem[], headers: Record<string, string> = {}): Response {
  return c.json(errorBody(langOf(c), items), status, { 'Cache-Control': 'no-store', ...headers });
}

/** zod issues → error items, one per path and code. */
export function issuesToItems(issues: readonly z.core.$ZodIssue[]): ErrorItem[] {
  const seen = new Set<string>();
  const out: ErrorItem[] = [];
  for (const issue of issues) {
    const item = issueCode(issue);
    const k = `${item.path}|${item.code}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}
