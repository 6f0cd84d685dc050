import { Hono } from 'hono';
import { slug as slugSchema } from '../../src/contract/schema.js';
import { dateKey } from '../../src/core/dates.js';
import type { AppDeps } from '../deps.js';
import { apiError } from '../http/errors.js';
import { onlyParams } from '../http/query.js';
import { currentCampaign, getCampaign } from '../store/campaigns.js';

export function campaignRoutes(deps: AppDeps) {
  const app = new Hono();
  /** The running campaign, else the next one to start, else 404. */
  app.get('/current', onlyParams(), async (c) => {
    const campaign = await currentCampaign(deps.db, dateKey(deps.now()));
    return campaign ? c.json(campaign) : apiError(c, 404, [{ path: 'campaign', code: 'not_found' }]);
  });
  app.get('/:slug', onlyParams(), async (c) => {
    const slug = c.req.param('slug');
    if (!slugSchema.safeParse(slug).success) return apiError(c, 400, [{ path: 'slug', code: 'invalid_format' }]);
    const campaign = await getCampaign(deps.db, slug);
    return campaign ? c.json(campaign) : apiError(c, 404, [{ path: 'slug', code: 'not_found' }]);
  });
  return app;
}
