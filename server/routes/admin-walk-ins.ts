/**
 * The moderators' walk-in places, mounted inside the admin routes (so behind their
 * bearer-token check): GET /admin/walk-ins?q&page&size, GET /admin/walk-ins/{id},
 * POST /admin/walk-ins (add), PUT /admin/walk-ins/{id} (edit), POST /admin/walk-ins/{id}/close,
 * and POST /admin/opening-hours/check (the form's live check of OSM opening hours).
 * A place is checked against the contract's WalkIn after the server derived `hours` and
 * `exceptions` from `openingHours` (OSM syntax) and, when left out, the province from the
 * city; every write is audited and calls `deps.changed()`, which makes the in-memory index
 * (store/walk-in-index.ts) reload before its next answer.
 */
import { Hono, type Context } from 'hono';
import { OpeningHoursCheckInput } from '../../src/contract/admin.js';
import { WalkIn } from '../../src/contract/schema.js';
import { ID } from '../../src/contract/vocabulary.js';
import { dateKey } from '../../src/core/dates.js';
import type { AppDeps } from '../deps.js';
import { nearestProvince, placeProvince } from '../geo/geocoder.js';
import { apiError, issuesToItems, type ErrorItem } from '../http/errors.js';
import { readJsonObject } from '../http/json-body.js';
import { readPaging } from '../http/paging.js';
import { onlyParams } from '../http/query.js';
import { OsmHoursError, osmToOpeningHours, parseOsmHours } from '../import/opening-hours.js';
import type { Moderator } from '../store/moderators.js';
import { addWalkIn, closeWalkIn, editWalkIn, getAdminWalkIn, searchWalkIns, type WalkInWrite } from '../store/walk-ins-admin.js';

const NO_STORE = { 'Cache-Control': 'no-store' };
/** Fields the moderators send; `hours` and `exceptions` follow from `openingHours`. */
const SENDABLE = new Set(Object.keys(WalkIn.shape).filter((k) => k !== 'hours' && k !== 'exceptions'));

/** A new place's id from its name: `buurthuis-de-linde-k3f9` (letters, digits, hyphens). */
export function newWalkInId(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
  return `${base || 'plek'}-${Math.random().toString(36).slice(2, 6)}`;
}

/** The body as a WalkIn (derived fields filled in), or the error items that refuse it. */
function toWalkIn(body: Record<string, unknown>, id: string, today: string): { walkIn: WalkIn } | { errors: ErrorItem[] } {
  const unknown = Object.keys(body).filter((k) => !SENDABLE.has(k));
  if (unknown.length) return { errors: unknown.map((path) => ({ path, code: 'unrecognized_keys' })) };
  const candidate: Record<string, unknown> = { description: '', sample: false, ...body, id, hours: [], exceptions: [] };
  if (!candidate.province && typeof candidate.city === 'string') {
    candidate.province = placeProvince(candidate.city) ?? (typeof body.lat === 'number' && typeof body.lon === 'number' ? nearestProvince(body.lat, body.lon) : null) ?? '';
  }
  if (typeof body.openingHours === 'string' && body.openingHours.trim()) {
    try {
      Object.assign(candidate, osmToOpeningHours(body.openingHours, today));
    } catch (err) {
      if (!(err instanceof OsmHoursError)) throw err;
      return { errors: [{ path: 'openingHours', code: 'invalid_format' }] };
    }
  } else delete candidate.openingHours;
  const parsed = WalkIn.safeParse(candidate);
  return parsed.success ? { walkIn: parsed.data } : { errors: issuesToItems(parsed.error.issues) };
}

export function adminWalkInRoutes(deps: AppDeps) {
  const app = new Hono<{ Variables: { moderator: Moderator } }>();

  /** The answer to a store write: 200/201 with the place, or 404 / 409 in words. */
  const answer = (c: Context, result: WalkInWrite, status: 200 | 201 = 200) => {
    if (!result.ok) {
      return result.reason === 'not_found' ? apiError(c, 404, [{ path: 'id', code: 'not_found' }]) : apiError(c, 409, [{ path: 'id', code: 'invalid_value' }]);
    }
    deps.changed();
    return c.json(result.walkIn, status, NO_STORE);
  };
  /** The place sent for `id` (null: a new place, whose id follows from its name). */
  const readPlace = async (c: Context, id: string | null) => {
    const body = await readJsonObject(c);
    if (!body.ok) return { refused: apiError(c, body.status, [{ path: '', code: body.code }]) };
    const made = toWalkIn(body.value, id ?? newWalkInId(String(body.value.name ?? '')), dateKey(deps.now()));
    return 'errors' in made ? { refused: apiError(c, 422, made.errors) } : made;
  };

  app.get('/walk-ins', onlyParams('q', 'page', 'size'), async (c) => {
    const paging = readPaging(c);
    if ('refused' in paging) return paging.refused;
    const { q, page, size } = paging;
    return c.json({ ...(await searchWalkIns(deps.db, q, page, size)), page, size }, 200, NO_STORE);
  });

  app.get('/walk-ins/:id', onlyParams(), async (c) => {
    const id = c.req.param('id');
    const found = ID.test(id) ? await getAdminWalkIn(deps.db, id) : null;
    return found ? c.json(found, 200, NO_STORE) : apiError(c, 404, [{ path: 'id', code: 'not_found' }]);
  });

  app.post('/walk-ins', onlyParams(), async (c) => {
    const made = await readPlace(c, null);
    if ('refused' in made) return made.refused;
    return answer(c, await addWalkIn(deps.db, made.walkIn, c.get('moderator')), 201);
  });

  app.put('/walk-ins/:id', onlyParams(), async (c) => {
    const id = c.req.param('id');
    if (!ID.test(id)) return apiError(c, 404, [{ path: 'id', code: 'not_found' }]);
    const made = await readPlace(c, id);
    if ('refused' in made) return made.refused;
    return answer(c, await editWalkIn(deps.db, made.walkIn, c.get('moderator')));
  });

  app.post('/walk-ins/:id/close', onlyParams(), async (c) => {
    const id = c.req.param('id');
    if (!ID.test(id)) return apiError(c, 404, [{ path: 'id', code: 'not_found' }]);
    return answer(c, await closeWalkIn(deps.db, id, c.get('moderator'), deps.now()));
  });

  app.post('/opening-hours/check', onlyParams(), async (c) => {
    const body = await readJsonObject(c);
    if (!body.ok) return apiError(c, body.status, [{ path: '', code: body.code }]);
    const parsed = OpeningHoursCheckInput.safeParse(body.value);
    if (!parsed.success) return apiError(c, 422, issuesToItems(parsed.error.issues));
    try {
      parseOsmHours(parsed.data.value);
      return c.json({ ok: true, message: null }, 200, NO_STORE);
    } catch (err) {
      if (!(err instanceof OsmHoursError)) throw err;
      return c.json({ ok: false, message: err.message }, 200, NO_STORE);
    }
  });
  return app;
}
