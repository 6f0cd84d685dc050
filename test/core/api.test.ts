import { expect } from '@open-wc/testing';
import { getJson, clearCache, ApiError, apiUrl, apiBase, deadline } from '../../src/core/api.js';
import { postJson } from '../../src/core/post-json.js';
import { errorText } from '../../src/core/state-messages.js';
import { Campaign, SubmissionReceipt } from '../../src/contract/schema.js';
import { ActivityPage } from '../../src/contract/checkers.js';
import { makeActivity, page } from '../fixtures/activities.js';
import { fakeFetch, until, type FakeFetch } from '../helpers/fake-fetch.js';
import { week2026 } from '../fixtures/campaigns.js';

const URL_ = 'https://api.example.test/api/v1/campaigns/current';

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the promise to reject');
}

describe('core/api', () => {
  let api: FakeFetch;
  beforeEach(() => {
    clearCache();
    sessionStorage.clear();
    api = fakeFetch().on('/campaigns/current', { body: week2026, delay: 30 });
  });
  afterEach(() => api.restore());

  it('sends one request for many callers of the same URL', async () => {
    const [a, b, c] = await Promise.all([getJson(URL_, Campaign), getJson(URL_, Campaign), getJson(URL_, Campaign)]);
    expect(api.calls.length).to.equal(1);
    expect(a.data.slug).to.equal(week2026.slug);
    expect(b.data).to.equal(a.data);
    expect(c.stale).to.equal(false);
  });

  it('answers from memory within max-age and asks again after', async () => {
    await getJson(URL_, Campaign);
    await getJson(URL_, Campaign);
    expect(api.calls.length).to.equal(1);
    await getJson(URL_, Campaign, { maxAge: 0 });
    expect(api.calls.length).to.equal(2);
  });

  it('aborts the request only when every caller has aborted', async () => {
    const one = new AbortController();
    const two = new AbortController();
    const p1 = getJson(URL_, Campaign, { signal: one.signal });
    const p2 = getJson(URL_, Campaign, { signal: two.signal });
    one.abort();
    expect(((await rejection(p1)) as DOMException).name).to.equal('AbortError');
    expect((await p2).data.slug).to.equal(week2026.slug); // the other caller still gets its answer
    expect(api.calls[0]!.init!.signal!.aborted).to.equal(false);

    clearCache();
    const three = new AbortController();
    const p3 = getJson(URL_, Campaign, { signal: three.signal });
    three.abort();
    await rejection(p3);
    expect(api.calls[1]!.init!.signal!.aborted).to.equal(true);
  });

  it('tells a network failure apart from an HTTP error, a 404, a 429 and bad data', async () => {
    api.on('/campaigns/current', { networkError: true });
    const net = (await rejection(getJson(URL_, Campaign))) as ApiError;
    expect(net).to.be.instanceOf(ApiError);
    expect(net.kind).to.equal('network');

    api.on('/campaigns/current', { status: 503, body: { errors: [] } });
    const http = (await rejection(getJson(URL_, Campaign))) as ApiError;
    expect([http.kind, http.status]).to.deep.equal(['http', 503]);

    api.on('/campaigns/current', { status: 404, body: { errors: [{ path: '', code: 'not_found', message: 'x' }] } });
    const nf = (await rejection(getJson(URL_, Campaign))) as ApiError;
    expect(nf.kind).to.equal('not-found');
    expect(nf.errors[0]!.code).to.equal('not_found');

    api.on('/campaigns/current', { status: 429, headers: { 'retry-after': '42' }, body: { errors: [] } });
    const rl = (await rejection(getJson(URL_, Campaign))) as ApiError;
    expect([rl.kind, rl.retryAfter]).to.deep.equal(['rate-limited', 42]);

    api.on('/campaigns/current', { body: { ...week2026, url: 'javascript:alert(1)' } });
    const bad = (await rejection(getJson(URL_, Campaign))) as ApiError;
    expect(bad.kind).to.equal('invalid');
    expect(bad.message).to.contain('url');

    api.on('/campaigns/current', { body: 'not json {' });
    expect(((await rejection(getJson(URL_, Campaign))) as ApiError).kind).to.equal('invalid');
  });

  it('leaves out list items that do not match the contract, names them once, shows the rest', async () => {
    const list = 'https://api.example.test/api/v1/activities?limit=3';
    const good = [makeActivity({ id: 'goed-1' }), makeActivity({ id: 'goed-2' })];
    const fout1 = makeActivity({ id: 'fout-1', registrationUrl: 'HTTPS://voorbeeld.nl' });
    const fout2 = { ...makeActivity({ id: 'fout-2' }), title: 42 };
    api.on('/activities', { body: { ...page(good), items: [good[0], fout1, good[1], fout2] } });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const r = await getJson(list, ActivityPage);
      expect(r.data.items.map((a) => a.id)).to.deep.equal(['goed-1', 'goed-2']);
    } finally {
      console.warn = warn;
    }
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0]![0])).to.contain('fout-1 (registrationUrl').and.to.contain('fout-2 (title');

    // A problem outside the items still fails the whole answer.
    clearCache();
    api.on('/activities', { body: { items: good, nextCursor: 5 } });
    expect(((await rejection(getJson(list, ActivityPage))) as ApiError).kind).to.equal('invalid');
  });

  it('says offline when the browser is offline', async () => {
    api.on('/campaigns/current', { networkError: true });
    const desc = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const err = (await rejection(getJson(URL_, Campaign))) as ApiError;
      expect(err.kind).to.equal('offline');
      expect(errorText(err, 'nl')).to.equal('Je bent offline. Controleer je internetverbinding.');
    } finally {
      Object.defineProperty(navigator, 'onLine', desc);
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('falls back to the last good answer, marked stale, when persisted', async () => {
    const fresh = await getJson(URL_, Campaign, { persist: true });
    expect(fresh.stale).to.equal(false);
    clearCache(); // a new page view: memory is empty, sessionStorage is not
    api.on('/campaigns/current', { networkError: true });
    const stale = await getJson(URL_, Campaign, { persist: true });
    expect(stale.stale).to.equal(true);
    expect(stale.data.slug).to.equal(week2026.slug);
  });

  it('writes a persisted answer to sessionStorage when the browser is idle, not while showing it', async () => {
    const stored = () => Object.keys(sessionStorage).filter((k) => k.includes(URL_));
    await getJson(URL_, Campaign, { persist: true });
    expect(stored()).to.have.length(0); // still on the way to the screen
    await until(() => stored().length > 0, 3000, 'the answer in sessionStorage');
    expect(stored()).to.have.length(1);
    expect(JSON.parse(sessionStorage.getItem(stored()[0]!)!).data.slug).to.equal(week2026.slug);
  });

  it('falls back to an answer that was not written yet when the network fails at once', async () => {
    await getJson(URL_, Campaign, { persist: true, maxAge: 0 });
    api.on('/campaigns/current', { networkError: true });
    const stale = await getJson(URL_, Campaign, { persist: true, maxAge: 0 });
    expect(stale.stale).to.equal(true);
    expect(stale.data.slug).to.equal(week2026.slug);
  });

  it('gives up on an API that accepts the request and never answers, after the deadline, and aborts the request', async () => {
    const was = deadline.ms;
    deadline.ms = 300; // 10 s in use
    let aborted = false;
    api.on('/campaigns/current', (_url, init) => {
      init?.signal?.addEventListener('abort', () => (aborted = true));
      return { body: week2026, delay: 60_000 };
    });
    try {
      const started = Date.now();
      const err = await getJson(URL_, Campaign).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(ApiError);
      expect((err as ApiError).kind).to.equal('timeout');
      expect(Date.now() - started).to.be.below(3000);
      expect(aborted, 'the request is aborted').to.equal(true);
      expect(errorText(err, 'nl')).to.equal('De server antwoordt niet. Probeer het zo opnieuw.');
      // With a last good answer kept, that one shows, marked stale, instead of the error.
      api.on('/campaigns/current', { body: week2026 });
      await getJson(URL_, Campaign, { persist: true, maxAge: 0 });
      api.on('/campaigns/current', { body: week2026, delay: 60_000 });
      const stale = await getJson(URL_, Campaign, { persist: true, maxAge: 0 });
      expect(stale.stale).to.equal(true);
    } finally {
      deadline.ms = was;
    }
  });

  it('translates every error kind', () => {
    const kinds = ['offline', 'network', 'timeout', 'http', 'invalid', 'rate-limited', 'not-found'] as const;
    for (const kind of kinds) {
      const nl = errorText(new ApiError(kind, 'x', 500, [], 30), 'nl');
      const en = errorText(new ApiError(kind, 'x', 500, [], 30), 'en');
      expect(nl).to.not.equal(en);
      expect(nl.length).to.be.greaterThan(10);
    }
    expect(errorText(new ApiError('rate-limited', 'x', 429, [], 30), 'nl')).to.contain('30 seconden');
  });

  it('posts JSON and returns field errors of a 422', async () => {
    api.on('/submissions', (_u, init) =>
      JSON.parse(String(init!.body)).title
        ? { status: 201, body: { reference: 'MM-2026-000123', status: 'pending' } }
        : { status: 422, body: { errors: [{ path: 'title', code: 'too_small', message: 'Vul dit veld in.' }] } },
    );
    const ok = await postJson('https://api.example.test/api/v1/submissions', { title: 'x' }, SubmissionReceipt, { headers: { 'idempotency-key': 'k1' } });
    expect(ok.reference).to.equal('MM-2026-000123');
    const headers = api.calls.at(-1)!.init!.headers as Record<string, string>;
    expect(headers['idempotency-key']).to.equal('k1');
    const err = (await rejection(postJson('https://api.example.test/api/v1/submissions', {}, SubmissionReceipt))) as ApiError;
    expect(err.status).to.equal(422);
    expect(err.errors).to.deep.equal([{ path: 'title', code: 'too_small', message: 'Vul dit veld in.' }]);
  });

  it('gives up on a POST that gets no answer within the deadline (kind timeout, the request aborted)', async () => {
    const was = deadline.ms;
    deadline.ms = 100;
    try {
      api.on('/submissions', { status: 201, body: { reference: 'MM-2026-000123', status: 'pending' }, delay: 5000 });
      const err = (await rejection(postJson('https://api.example.test/api/v1/submissions', { title: 'x' }, SubmissionReceipt))) as ApiError;
      expect(err).to.be.instanceOf(ApiError);
      expect(err.kind).to.equal('timeout');
      expect((api.calls.at(-1)!.init!.signal as AbortSignal).aborted).to.equal(true);
    } finally {
      deadline.ms = was;
    }
  });

  it('builds URLs with sorted, non-empty parameters', () => {
    expect(apiUrl('https://x.test/api/v1', 'activities', { type: 'dans', audience: 'ouders', q: '', mode: undefined })).to.equal(
      'https://x.test/api/v1/activities?audience=ouders&type=dans',
    );
    expect(apiBase('https://x.test/api/v1')).to.equal('https://x.test/api/v1/');
  });
});
