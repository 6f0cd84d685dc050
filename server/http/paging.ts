/** The admin lists' search and paging parameters: `q` (at most 100 characters), `page` (from 1), `size` (1-100, default 20). */
import type { Context } from 'hono';
import { apiError } from './errors.js';
import { QueryErrors, intParam, textParam } from './query.js';

export type Paging = { q: string | undefined; page: number; size: number };

/** The parameters, or the 400 answer that names each bad one. */
export function readPaging(c: Context): Paging | { refused: Response } {
  const errs = new QueryErrors();
  const q = textParam(c.req.query('q'), 'q', errs, 100);
  const page = intParam(c.req.query('page'), 'page', errs, 1, 10_000, 1);
  const size = intParam(c.req.query('size'), 'size', errs, 1, 100, 20);
  return errs.items.length ? { refused: apiError(c, 400, errs.items) } : { q, page, size };
}
