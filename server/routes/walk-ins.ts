import { Hono } from 'hono';
import { AUDIENCES, type Audience } from '../../src/contract/schema.js';
import type { AppDeps } from '../deps.js';
import { apiError } from '../http/errors.js';
import { QueryErrors, boolParam, enumList, intParam, numberParam, onlyParams, textParam } from '../http/query.js';

const LAT_LON = /^(-?\d{1,2}(?:\.\d{1,10})?),\s*(-?\d{1,3}(?:\.\d{1,10})?)$/;

export function walkInRoutes(deps: AppDeps) {
  const app = new Hono();
  /** `near=lat,lon` or `near=<postcode or place>`; nearest first with the state right now. */
  app.get('/walk-ins', onlyParams('near', 'radius', 'audience', 'openNow', 'limit'), async (c) => {
    const errs = new QueryErrors();
    const near = textParam(c.req.query('near'), 'near', errs, 100);
    const radius = numberParam(c.req.query('radius'), 'radius', errs, 1, 300, 25);
    const audience = enumList<Audience>(c.req.query('audience'), 'audience', AUDIENCES, errs);
    const onlyOpen = boolParam(c.req.query('openNow'), 'openNow', errs);
    const limit = intParam(c.req.query('limit'), 'limit', errs, 1, 200, 50);
    if (!near && !errs.items.some((e) => e.path === 'near')) errs.add('near', 'required');
    if (audience && audience.length > 1) errs.add('audience', 'invalid_value');
    if (errs.items.length) return apiError(c, 400, errs.items);

    let origin: { lat: number; lon: number; label: string };
    const m = LAT_LON.exec(near!);
    if (m) {
      const lat = Number(m[1]);
      const lon = Number(m[2]);
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return apiError(c, 400, [{ path: 'near', code: 'invalid_format' }]);
      origin = { lat, lon, label: `${lat},${lon}` };
    } else {
      const found = await deps.geocoder(near!);
      if (!found) return apiError(c, 404, [{ path: 'near', code: 'unknown_place' }]);
      origin = { lat: found.lat, lon: found.lon, label: found.label };
    }
    const items = await deps.walkIns.nearJson(origin.lat, origin.lon, radius, audience?.[0], limit, deps.now(), onlyOpen);
    // Assembled JSON text (see WalkInIndex.nearJson); the contract tests parse it as WalkInList.
    return c.body(`{"items":${items},"origin":${JSON.stringify(origin)}}`, 200, { 'Content-Type': 'application/json' });
  });
  return app;
}
