/**
 * What the moderation page asks about one submission, mounted inside the admin routes
 * (behind their bearer-token check): GET /admin/submissions/{reference}/duplicates and
 * GET /admin/submissions/{reference}/audit, and GET /admin/walk-ins/{id}/audit.
 */
import { Hono } from 'hono';
import { ID, REFERENCE } from '../../src/contract/vocabulary.js';
import type { AppDeps } from '../deps.js';
import { apiError } from '../http/errors.js';
import { onlyParams } from '../http/query.js';
import { auditOf, possibleDuplicates } from '../store/moderation.js';
import { getSubmission } from '../store/submissions.js';

const NO_STORE = { 'Cache-Control': 'no-store' };

export function adminModerationRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/submissions/:ref/duplicates', onlyParams(), async (c) => {
    const ref = c.req.param('ref');
    const s = REFERENCE.test(ref) ? await getSubmission(deps.db, ref) : null;
    if (!s) return apiError(c, 404, [{ path: 'reference', code: 'not_found' }]);
    return c.json({ items: await possibleDuplicates(deps.db, s) }, 200, NO_STORE);
  });
  app.get('/submissions/:ref/audit', onlyParams(), async (c) => {
    const ref = c.req.param('ref');
    if (!REFERENCE.test(ref)) return apiError(c, 400, [{ path: 'reference', code: 'invalid_format' }]);
    return c.json({ items: await auditOf(deps.db, { reference: ref }) }, 200, NO_STORE);
  });
  app.get('/walk-ins/:id/audit', onlyParams(), async (c) => {
    const id = c.req.param('id');
    if (!ID.test(id)) return apiError(c, 400, [{ path: 'id', code: 'invalid_format' }]);
    return c.json({ items: await auditOf(deps.db, { walkInId: id }) }, 200, NO_STORE);
  });
  return app;
}
