import { Hono, type Context } from 'hono';
import type { AppDeps } from '../deps.js';
import { suggestTable } from '../geo/geocoder.js';
import { apiError } from '../http/errors.js';
import { QueryErrors, onlyParams, textParam } from '../http/query.js';

/** The required `q` (text, at most 100 characters) of both geocoder endpoints, or their 400 answer. */
function queryText(c: Context): { q: string } | { error: Response } {
  const errs = new QueryErrors();
  const q = textParam(c.req.query('q'), 'q', errs, 100);
  if (!q && !errs.items.length) errs.add('q', 'required');
  return errs.items.length || !q ? { error: apiError(c, 400, errs.items) } : { q };
}

export function geocodeRoutes(deps: AppDeps) {
  const app = new Hono();
  /** Dutch postcode (`3512`, `3512 AB`) or place → `{ lat, lon, label }`; unknown → 404. */
  app.get('/geocode', onlyParams('q'), async (c) => {
    const read = queryText(c);
    if ('error' in read) return read.error;
    const found = await deps.geocoder(read.q);
    if (!found) return apiError(c, 404, [{ path: 'q', code: 'unknown_place' }]);
    return c.json({ lat: found.lat, lon: found.lon, label: found.label, province: found.province ?? null });
  });
  /**
   * Places and postcodes that start with `q` (at most 8, best first) from the offline
   * tables, for the finder's combobox; an empty list, not a 404, when nothing matches.
   * Cached and sent like every read (the answer depends on `q` only).
   */
  app.get('/geocode/suggest', onlyParams('q'), (c) => {
    const read = queryText(c);
    if ('error' in read) return read.error;
    return c.json({ items: suggestTable(read.q) });
  });
  return app;
}
