import { Hono, type Context } from 'hono';
import { ACTIVITY_TYPES, AUDIENCES, MODES, inDateWindow, slug as slugSchema } from '../../src/contract/schema.js';
import { ID } from '../../src/contract/vocabulary.js';
import { addDays, isDateKey, zonedInstant } from '../../src/core/dates.js';
import type { AppDeps } from '../deps.js';
import { apiError } from '../http/errors.js';
import { QueryErrors, enumList, intParam, onlyParams, textParam } from '../http/query.js';
import { activitiesToIcs } from '../ics.js';
import { decodeCursor, getActivity, type ActivityFilters } from '../store/activities.js';
import { searchActivities } from '../store/search.js';

/** The filters `parseFilters` reads: no other query parameter is taken. */
const FILTERS = onlyParams('from', 'to', 'audience', 'type', 'mode', 'region', 'campaign', 'organizer', 'q', 'limit', 'cursor');
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** `2026-06-01` (start of that day in Amsterdam, or the end of it for `to`) or an ISO instant. */
function instantParam(v: string | undefined, name: string, errs: QueryErrors, endOfDay: boolean): Date | undefined {
  const s = textParam(v, name, errs, 40);
  if (s === undefined) return undefined;
  const at = isDateKey(s) ? zonedInstant(endOfDay ? addDays(s, 1) : s) : DATETIME.test(s) ? new Date(s) : undefined;
  if (!at || Number.isNaN(at.getTime())) return errs.add(name, 'invalid_format');
  // Year 0 parses in JavaScript but not in PostgreSQL: the same window as stored dates.
  return inDateWindow(at.getTime()) ? at : errs.add(name, 'out_of_range');
}

/** Parses and checks every filter; `maxLimit` differs for JSON pages and ICS feeds. */
export function parseFilters(c: Context, deps: AppDeps, defaultLimit: number, maxLimit: number): ActivityFilters | QueryErrors {
  const q = (k: string) => c.req.query(k);
  const errs = new QueryErrors();
  const from = instantParam(q('from'), 'from', errs, false);
  const to = instantParam(q('to'), 'to', errs, true);
  if (from && to && to <= from) errs.add('to', 'end_before_start');
  const campaign = textParam(q('campaign'), 'campaign', errs, 80);
  if (campaign && !slugSchema.safeParse(campaign).success) errs.add('campaign', 'invalid_format');
  const rawCursor = textParam(q('cursor'), 'cursor', errs, 300);
  const cursor = rawCursor ? (decodeCursor(rawCursor) ?? errs.add('cursor', 'invalid_cursor')) : undefined;
  const filters: ActivityFilters = {
    // Without `from` or `to` the list shows what has not ended yet.
    from: from ?? (to ? undefined : deps.now()),
    to,
    audiences: enumList(q('audience'), 'audience', AUDIENCES, errs),
    types: enumList(q('type'), 'type', ACTIVITY_TYPES, errs),
    modes: enumList(q('mode'), 'mode', MODES, errs),
    region: textParam(q('region'), 'region', errs, 80),
    campaign,
    organizer: textParam(q('organizer'), 'organizer', errs, 120),
    q: textParam(q('q'), 'q', errs, 200),
    limit: intParam(q('limit'), 'limit', errs, 1, maxLimit, defaultLimit),
    cursor,
  };
  return errs.items.length ? errs : filters;
}

export function activityRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/activities', FILTERS, async (c) => {
    const f = parseFilters(c, deps, 50, 200);
    if (f instanceof QueryErrors) return apiError(c, 400, f.items);
    return c.json(await searchActivities(deps.db, f));
  });
  app.get('/activities.ics', FILTERS, async (c) => {
    const f = parseFilters(c, deps, 500, 1000);
    if (f instanceof QueryErrors) return apiError(c, 400, f.items);
    const { items } = await searchActivities(deps.db, { ...f, cursor: undefined });
    return c.body(activitiesToIcs(items), 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
  });
  /** `/activities/{id}` (JSON) and `/activities/{id}.ics` (one event). */
  app.get('/activities/:file', onlyParams(), async (c) => {
    const file = c.req.param('file');
    const ics = file.endsWith('.ics');
    const id = ics ? file.slice(0, -4) : file;
    if (!ID.test(id)) return apiError(c, 400, [{ path: 'id', code: 'invalid_format' }]);
    const activity = await getActivity(deps.db, id);
    if (!activity) return apiError(c, 404, [{ path: 'id', code: 'not_found' }]);
    if (!ics) return c.json(activity);
    return c.body(activitiesToIcs([activity], activity.title), 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${id}.ics"`,
    });
  });
  return app;
}
