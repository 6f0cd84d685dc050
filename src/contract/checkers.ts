/**
 * What the display elements accept from the API: one checker per answer, from the JSON
 * Schema that `npm run contract` makes of the zod schemas. Types come from `schema.ts`
 * (type-only imports: no zod reaches the browser).
 */
import type { ActivityPage as ActivityPageType, ApiErrorBody as ApiErrorBodyType, Campaign as CampaignType } from './schema.js';
import { contract } from './json-check.js';
import * as S from './generated.js';

export const ActivityPage = contract<ActivityPageType>(S.ActivityPage);
export const Campaign = contract<CampaignType>(S.Campaign);
export const ApiErrorBody = contract<ApiErrorBodyType>(S.ApiErrorBody);
