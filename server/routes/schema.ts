/**
 * `/schema.json`: JSON Schema (2020-12) of the shared zod schemas, and `/openapi.json`:
 * an OpenAPI 3.1 description whose components are those same schemas.
 * The conversion lives with the contract (src/contract/json-schema.ts).
 */
import { Hono } from 'hono';
import { jsonSchemas, type SchemaName } from '../../src/contract/json-schema.js';
import { onlyParams } from '../http/query.js';

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: SchemaName, description: string) => ({ description, content: { 'application/json': { schema: ref(name) } } });
const errors = { '400': json('ApiErrorBody', 'Invalid parameter'), '404': json('ApiErrorBody', 'Not found') };
const param = (name: string, description: string, schema: object = { type: 'string' }, required = false) => ({ name, in: 'query', required, description, schema });
const FILTERS = [
  param('from', 'Start date (YYYY-MM-DD) or ISO instant; activities overlapping [from, to]. Default: now'),
  param('to', 'End date (inclusive) or ISO instant'),
  param('audience', 'Comma-separated audiences (also matches "iedereen")'),
  param('type', 'Comma-separated activity types'),
  param('region', 'Province (any case or spacing: Noord-Holland, noord-holland) or municipality/city name'),
  param('mode', 'online, onsite, hybrid (comma-separated)'),
  param('campaign', 'Campaign slug'),
  param('organizer', 'Organizer name (case-insensitive, exact)'),
  param('q', 'Full-text search (Dutch, accents and case ignored)'),
  param('limit', 'Items per page (1–200, default 50)', { type: 'integer', minimum: 1, maximum: 200 }),
  param('cursor', 'Opaque cursor from nextCursor'),
];

export function openApi(): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Missie Mentaal content API', version: '1.0.0', description: 'Activities, walk-in places, campaigns and activity reports. Times in Europe/Amsterdam.' },
    servers: [{ url: '/api/v1' }],
    components: {
      schemas: jsonSchemas(),
      securitySchemes: { admin: { type: 'http', scheme: 'bearer' } },
    },
    paths: {
      '/activities': { get: { summary: 'Approved activities', parameters: FILTERS, responses: { '200': json('ActivityPage', 'A page of activities'), ...errors } } },
      '/activities.ics': { get: { summary: 'iCalendar feed', parameters: FILTERS, responses: { '200': { description: 'text/calendar', content: { 'text/calendar': {} } }, ...errors } } },
      '/activities/{id}': { get: { summary: 'One activity', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': json('Activity', 'The activity'), ...errors } } },
      '/activities/{id}.ics': { get: { summary: 'One activity as iCalendar', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'text/calendar', content: { 'text/calendar': {} } }, ...errors } } },
      '/walk-ins': {
        get: {
          summary: 'Walk-in places near a point, postcode or place',
          parameters: [
            param('near', '"lat,lon", a postcode or a place', { type: 'string' }, true),
            param('radius', 'Radius in km (default 25)', { type: 'number' }),
            param('audience', 'Audience'),
            param('openNow', 'Only places open now', { type: 'boolean' }),
            param('limit', 'Maximum items (default 50)', { type: 'integer' }),
          ],
          responses: { '200': json('WalkInList', 'Nearest first'), ...errors },
        },
      },
      '/geocode': { get: { summary: 'Dutch postcode or place to coordinates', parameters: [param('q', 'Postcode or place', { type: 'string' }, true)], responses: { '200': json('Geocode', 'Found'), ...errors } } },
      '/geocode/suggest': {
        get: {
          summary: 'Places and postcodes starting with q (at most 8, best first), for a combobox',
          parameters: [param('q', 'What was typed so far', { type: 'string' }, true)],
          responses: { '200': json('GeocodeSuggestions', 'Suggestions, possibly none'), '400': errors['400'] },
        },
      },
      '/campaigns/current': { get: { summary: 'The running campaign, else the next one', responses: { '200': json('Campaign', 'Campaign'), '404': errors['404'] } } },
      '/campaigns/{slug}': { get: { summary: 'A campaign', parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': json('Campaign', 'Campaign'), ...errors } } },
      '/submissions/token': { get: { summary: 'A signed form token (send it at least 3 s later)', responses: { '200': { description: '{ token }' } } } },
      '/submissions': {
        post: {
          summary: 'Report an activity (goes to moderation)',
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', minLength: 8, maxLength: 100 } }],
          requestBody: { required: true, content: { 'application/json': { schema: ref('SubmissionInput') } } },
          responses: {
            '201': json('SubmissionReceipt', 'Stored as pending (or the stored answer for a repeated key)'),
            '400': json('ApiErrorBody', 'Missing key, broken JSON or UTF-8'),
            '413': json('ApiErrorBody', 'Body over 32 KB'),
            '415': json('ApiErrorBody', 'Not application/json'),
            '422': json('ApiErrorBody', 'Invalid fields, token (used, forged, too fast) or idempotency conflict'),
            '429': json('ApiErrorBody', 'Rate limited; see Retry-After'),
          },
        },
      },
      '/admin/submissions': {
        get: {
          summary: 'List submissions; with q, page or size one page of the matches with the counts per status (AdminSubmissionPage)',
          security: [{ admin: [] }],
          parameters: [param('status', 'pending, approved or rejected'), param('q', 'Part of the title, organiser, reference or contact e-mail'), param('page', 'Page from 1', { type: 'integer' }), param('size', '1-100, default 20', { type: 'integer' })],
          responses: { '200': json('AdminSubmissionPage', 'Oldest first (without q/page/size: AdminSubmissionList, the first 200)'), '401': json('ApiErrorBody', 'No or wrong token') },
        },
      },
      '/admin/submissions/{reference}/duplicates': { get: { summary: 'Possible duplicates: same organiser, or same title on an overlapping date', security: [{ admin: [] }], responses: { '200': json('DuplicateList', 'At most 20') } } },
      '/admin/submissions/{reference}/audit': { get: { summary: "The submission's audit trail, oldest first", security: [{ admin: [] }], responses: { '200': json('AuditList', 'Audit entries') } } },
      '/admin/walk-ins': {
        get: { summary: 'Walk-in places, open and closed, open first', security: [{ admin: [] }], parameters: [param('q', 'Part of the name, address, postcode, city or id'), param('page', 'Page from 1', { type: 'integer' }), param('size', '1-100, default 20', { type: 'integer' })], responses: { '200': json('AdminWalkInPage', 'By name') } },
        post: { summary: 'Add a place (WalkIn without id, hours, exceptions: derived)', security: [{ admin: [] }], responses: { '201': json('AdminWalkIn', 'Added'), '422': json('ApiErrorBody', 'Invalid') } },
      },
      '/admin/walk-ins/{id}': {
        get: { summary: 'One place, open or closed', security: [{ admin: [] }], responses: { '200': json('AdminWalkIn', 'Place'), '404': errors['404'] } },
        put: { summary: 'Replace an open place', security: [{ admin: [] }], responses: { '200': json('AdminWalkIn', 'Saved'), '409': json('ApiErrorBody', 'Closed'), '422': json('ApiErrorBody', 'Invalid') } },
      },
      '/admin/walk-ins/{id}/close': { post: { summary: 'Close: gone from /walk-ins, kept for the moderators', security: [{ admin: [] }], responses: { '200': json('AdminWalkIn', 'Closed'), '409': json('ApiErrorBody', 'Already closed') } } },
      '/admin/walk-ins/{id}/audit': { get: { summary: "The place's audit trail, oldest first", security: [{ admin: [] }], responses: { '200': json('AuditList', 'Audit entries') } } },
      '/admin/opening-hours/check': { post: { summary: 'Check OSM opening hours text', security: [{ admin: [] }], requestBody: { content: { 'application/json': { schema: ref('OpeningHoursCheckInput') } } }, responses: { '200': json('OpeningHoursCheck', 'Valid or not, with the explanation') } } },
      '/admin/submissions/{reference}': {
        get: { summary: 'One submission', security: [{ admin: [] }], responses: { '200': json('AdminSubmission', 'Submission'), '404': errors['404'] } },
        patch: {
          summary: 'Edit fields before approving (the audit names the moderator whose token was used)',
          security: [{ admin: [] }],
          requestBody: { content: { 'application/json': { schema: ref('StoredSubmissionInput') } } },
          responses: { '200': json('AdminSubmission', 'Submission'), '422': json('ApiErrorBody', 'Invalid') },
        },
      },
      '/admin/submissions/{reference}/approve': { post: { summary: 'Approve: publish as activity', security: [{ admin: [] }], responses: { '200': { description: '{ submission: AdminSubmission, activity: Activity }' } } } },
      '/admin/submissions/{reference}/reject': {
        post: { summary: 'Reject with a reason', security: [{ admin: [] }], requestBody: { content: { 'application/json': { schema: ref('RejectInput') } } }, responses: { '200': { description: '{ submission: AdminSubmission }' }, '422': json('ApiErrorBody', 'No reason') } },
      },
      '/admin/audit': { get: { summary: 'Audit trail, newest first', security: [{ admin: [] }], responses: { '200': json('AuditList', 'Audit entries') } } },
    },
  };
}

export function schemaRoutes() {
  const app = new Hono();
  app.get('/schema.json', onlyParams(), (c) =>
    c.json({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: '/api/v1/schema.json', $defs: jsonSchemas() }),
  );
  app.get('/openapi.json', onlyParams(), (c) => c.json(openApi()));
  return app;
}
