/**
 * The partner's private management page, without an account: `GET /api/v1/beheer/<token>`
 * (the token from the confirmation e-mail; see store/manage-links.ts) shows the status in
 * the submission's language (`?lang=nl|en` switches), `POST …/wijzigen` sends a correction
 * back to moderation and `POST …/annuleren` cancels one date, several or all
 * (store/revisions.ts). Plain HTML forms, no JavaScript.
 *
 * Defences: the token in the path is the secret (43 random characters, stored hashed); a
 * POST must come from this page (`Sec-Fetch-Site` same-origin or none, `Origin` our own or
 * `null` when sent: no-referrer makes browsers send `null`) and be `application/x-www-form-urlencoded`; every answer is `no-store`,
 * `no-referrer` (the token never leaves in a Referer), `noindex`, not framable, under a
 * CSP that allows only the page's own hashed style and forms to itself. Unknown token: 404;
 * after the last date has ended: 410.
 */
import { isDeepStrictEqual } from 'node:util';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SubmissionInput } from '../../src/contract/schema.js';
import { webAddress } from '../../src/contract/rules.js';
import type { Lang } from '../../src/core/lang.js';
import type { AppDeps } from '../deps.js';
import { issuesToItems, type ErrorItem } from '../http/errors.js';
import { normaliseSubmission, relocated } from '../normalise.js';
import { checkAgainstNow } from '../submission-checks.js';
import { referenceOfToken } from '../store/manage-links.js';
import { cancelDates, managedSubmission, reviseSubmission, type ManagedSubmission } from '../store/revisions.js';
import { submissionDates } from '../store/occurrences.js';
import type { StoredInput } from '../store/submissions.js';
import { PAGE_CSP, formValues, fromDateValues, managePage, messageFor, messagePage, texts, type FieldErrors, type FormValues } from './manage-page.js';

const HEADERS = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
  'Content-Security-Policy': PAGE_CSP,
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const pickLang = (q: string | undefined, fallback: Lang | undefined): Lang => (q === 'en' || q === 'nl' ? q : (fallback ?? 'nl'));

/** Where an issue's path points in the form: `location.city` → location_city, `recurrenceDates.1.end` → end_2. */
function fieldOf(path: string): string {
  const r = /^recurrenceDates\.(\d+)\.(start|end)$/.exec(path);
  if (r) return `${r[2]}_${Number(r[1]) + 1}`;
  if (path === 'start' || path === 'end') return `${path}_0`;
  return path.replace(/\./g, '_') || 'title';
}

const orNull = (v: string | undefined): string | null => (v === undefined || v.trim() === '' ? null : v);

/** The stored input with the form's values put in (strings converted; invalid ones left for validation to name). */
function merge(i: StoredInput, v: FormValues): Record<string, unknown> {
  const price = v.price?.trim() ?? '';
  const n = Number(price.replace(',', '.'));
  const stored = submissionDates(i);
  const dates = (k: number) => fromDateValues(v[`start_${k}`] ?? '', v[`end_${k}`] ?? '', i.allDay, stored[k]);
  const first = dates(0);
  const out: Record<string, unknown> = {
    ...i,
    title: v.title ?? i.title,
    description: v.description ?? i.description,
    start: first.start,
    end: first.end,
    registrationUrl: webAddress(v.registrationUrl),
    price: price === '' ? null : Number.isFinite(n) ? n : price,
    accessibility: orNull(v.accessibility),
  };
  if (i.recurrenceDates?.length) out.recurrenceDates = i.recurrenceDates.map((_, k) => dates(k + 1));
  if ('onlineUrl' in v) out.onlineUrl = webAddress(v.onlineUrl);
  if (i.location) {
    // A new place: the old province, municipality and coordinates no longer hold.
    out.location = relocated(i.location, { ...i.location, name: v.location_name ?? '', address: orNull(v.location_address), postcode: orNull(v.location_postcode), city: v.location_city ?? '' });
  }
  return out;
}

export function manageRoutes(deps: AppDeps) {
  const app = new Hono();

  const page = (c: Context, status: 200 | 404 | 410 | 403 | 422, body: ReturnType<typeof managePage>) => c.html(body, status, HEADERS);

  /** The submission of the path's token, or the page that says why not. */
  const load = async (c: Context): Promise<{ managed: ManagedSubmission; lang: Lang; base: string } | { refused: Response }> => {
    const token = c.req.param('token') ?? '';
    const asked = c.req.query('lang');
    const ref = await referenceOfToken(deps.db, token);
    const managed = ref ? await managedSubmission(deps.db, ref, deps.now()) : null;
    if (!managed) return { refused: await page(c, 404, messagePage(pickLang(asked, undefined), texts(pickLang(asked, undefined)).notFound)) };
    const lang = pickLang(asked, managed.submission.input.lang);
    if (managed.expired) return { refused: await page(c, 410, messagePage(lang, texts(lang).expired)) };
    const path = new URL(c.req.url).pathname;
    return { managed, lang, base: path.slice(0, path.indexOf(token) + token.length) };
  };

  /** A form post from anywhere but this page is refused (CSRF), as is anything but a plain form. */
  const fromThisPage = (c: Context): boolean => {
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
    // Under `Referrer-Policy: no-referrer` a browser sends `Origin: null` with a form post,
    // even from this page; then Sec-Fetch-Site (above) is what tells (all current browsers send it).
    const origin = c.req.header('origin');
    const own = [new URL(c.req.url).origin, new URL(deps.mail.settings.apiBase).origin, 'null'];
    if (origin !== undefined && !own.includes(origin)) return false;
    return /^application\/x-www-form-urlencoded\s*(?:;|$)/i.test(c.req.header('content-type') ?? '');
  };

  const redirect = (c: Context, to: string) => c.body(null, 303, { ...HEADERS, Location: to });
  const done = (c: Context, base: string, lang: Lang, what: 'revised' | 'cancelled') => redirect(c, `${base}?lang=${lang}&done=${what}`);

  app.get('/:token', async (c) => {
    const got = await load(c);
    if ('refused' in got) return got.refused;
    const d = c.req.query('done');
    return page(c, 200, managePage({ ...got, values: formValues(got.managed.submission.input), errors: new Map(), done: d === 'revised' || d === 'cancelled' ? d : undefined }));
  });

  const posts = new Hono();
  posts.use('*', bodyLimit({ maxSize: deps.maxBodyBytes, onError: (c) => c.text('Too large', 413, HEADERS) }));

  posts.post('/:token/wijzigen', async (c) => {
    const got = await load(c);
    if ('refused' in got) return got.refused;
    const { managed, lang, base } = got;
    if (!fromThisPage(c)) return page(c, 403, messagePage(lang, texts(lang).blocked));
    const current = managed.submission.input;
    const sent = await c.req.parseBody();
    const values: FormValues = { ...formValues(current) };
    for (const k of Object.keys(values)) if (typeof sent[k] === 'string') values[k] = sent[k];
    const parsed = SubmissionInput.safeParse(normaliseSubmission({ ...merge(current, values), token: '' }));
    // The page again with what they typed and each field's first error in words.
    const refuse = (items: ErrorItem[]) => {
      const errors: FieldErrors = new Map();
      for (const item of items) {
        const name = fieldOf(item.path);
        if (!errors.has(name)) errors.set(name, messageFor(item.code, lang));
      }
      return page(c, 422, managePage({ lang, base, managed, values, errors }));
    };
    if (!parsed.success) return refuse(issuesToItems(parsed.error.issues));
    const late = await checkAgainstNow(deps.db, parsed.data, deps.now(), current);
    if (late.length) return refuse(late);
    const { token: _t, website: _w, ...input } = parsed.data;
    // Deep equality, not JSON text: jsonb keeps object keys in its own order.
    const changed = Object.keys(input).filter((k) => !isDeepStrictEqual(input[k as keyof StoredInput], current[k as keyof StoredInput]));
    if (!changed.length) return redirect(c, `${base}?lang=${lang}`);
    if (!(await reviseSubmission(deps.db, managed.submission.reference, input, changed, deps.now(), deps.mail))) return page(c, 410, messagePage(lang, texts(lang).expired));
    deps.changed();
    return done(c, base, lang, 'revised');
  });

  posts.post('/:token/annuleren', async (c) => {
    const got = await load(c);
    if ('refused' in got) return got.refused;
    const { managed, lang, base } = got;
    const t = texts(lang);
    if (!fromThisPage(c)) return page(c, 403, messagePage(lang, t.blocked));
    const sent = await c.req.parseBody({ all: true });
    const chosen = ([] as unknown[]).concat(sent.date ?? []).filter((d): d is string => typeof d === 'string');
    const error = !chosen.length ? t.chooseDate : sent.confirm !== 'yes' ? t.confirmFirst : undefined;
    const starts = chosen.includes('all') ? 'all' : chosen.map((d) => Date.parse(d)).filter(Number.isFinite);
    if (error || !(await cancelDates(deps.db, managed.submission.reference, starts, deps.now(), deps.mail))) {
      return page(c, 422, managePage({ lang, base, managed, values: formValues(managed.submission.input), errors: new Map(), cancelError: error ?? t.chooseDate }));
    }
    deps.changed();
    return done(c, base, lang, 'cancelled');
  });
  app.route('/', posts);
  return app;
}
