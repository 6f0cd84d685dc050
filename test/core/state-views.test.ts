// The state views and the host's `state` attribute, checked the same way on every element
// that shows them (one suite, run per element).
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, render } from 'lit';
import '../../src/event-list/mm-event-list.js';
import '../../src/week-calendar/mm-week-calendar.js';
import '../../src/walk-in-finder/mm-walk-in-finder.js';
import { ApiError, clearCache } from '../../src/core/api.js';
import { emptyView, errorView } from '../../src/core/state-views.js';
import { errorText } from '../../src/core/state-messages.js';
import { examples, page } from '../fixtures/activities.js';
import { fakeFetch, until, type FakeFetch, type FakeResponse, type Route } from '../helpers/fake-fetch.js';
import { fakeWalkIns, towns } from '../fixtures/walk-ins.js';

const API = 'https://api.example.org/api/v1/';
let fake: FakeFetch;

/** Each element that loads data: how to mount it, the path it asks, an answer with something and one with nothing, and what its error says. */
const elements: { tag: string; mount: () => Promise<Element>; path: string; some: Route | FakeResponse; none: FakeResponse; says: string }[] = [
  {
    tag: 'mm-event-list',
    mount: () => fixture(html`<mm-event-list api=${API} from="2026-06-01"></mm-event-list>`),
    path: '/activities',
    some: { body: page(examples.single) },
    none: { body: page([]) },
    says: '500',
  },
  {
    tag: 'mm-week-calendar',
    mount: () => fixture(html`<mm-week-calendar api=${API} week="2026-06-01"></mm-week-calendar>`),
    path: '/activities',
    some: { body: page(examples.single) },
    none: { body: page([]) },
    says: '500',
  },
  {
    tag: 'mm-walk-in-finder',
    mount: () => fixture(html`<mm-walk-in-finder api=${API} near="Zwolle"></mm-walk-in-finder>`),
    path: '/walk-ins',
    some: fakeWalkIns(),
    none: { body: { items: [], origin: towns.zwolle } },
    says: 'niet ophalen',
  },
];

const state = (el: Element) => el.getAttribute('state');
const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);

describe('core/state-views', () => {
  beforeEach(() => {
    clearCache();
    sessionStorage.clear();
    localStorage.clear(); // the finder's last answer would show as stale instead of the error
    fake = fakeFetch();
  });
  afterEach(() => fake.restore());

  it('says every API error in words, in both languages', () => {
    const kinds = ['offline', 'network', 'http', 'invalid', 'rate-limited', 'not-found'] as const;
    for (const lang of ['nl', 'en'] as const) {
      const texts = kinds.map((k) => errorText(new ApiError(k, 'x', 503, [], 30), lang));
      expect(new Set(texts).size, lang).to.equal(kinds.length);
      for (const t of texts) expect(t, lang).to.match(/^[A-Z].+\.$/);
    }
    expect(errorText(new TypeError('x'), 'nl')).to.equal(errorText(new ApiError('network', 'x'), 'nl'));
  });

  it('renders the error as an alert with a retry only when there is one, and empty with its way forward', () => {
    const box = document.createElement('div');
    let retried = 0;
    render(errorView(errorText(new ApiError('offline', 'x'), 'en'), ['Try again', () => retried++]), box);
    expect(box.querySelector('[part=error] [role=alert]')!.textContent).to.equal('You are offline. Check your internet connection.');
    box.querySelector('button')!.click();
    expect(retried).to.equal(1);
    render(errorView('You are offline.'), box);
    expect(box.querySelector('button')).to.equal(null);
    render(emptyView('Niets', 'Probeer iets anders', litHtml`<a href="https://example.org/">Alles</a>`), box);
    expect(box.querySelector('[part=empty] .state-title')!.textContent).to.equal('Niets');
    expect(box.querySelector('[part=empty] .actions a')).to.not.equal(null);
  });

  for (const { tag, mount, path, some, none, says } of elements) {
    describe(`<${tag}>`, () => {
      it('tells the page loading, then error, then ready after a retry', async () => {
        fake.on(path, { status: 500, body: { errors: [] }, delay: 300 });
        const el = await mount();
        expect(state(el)).to.equal('loading');
        await until(() => state(el) === 'error', 3000, 'error');
        expect($(el, '[part=error] [role=alert]')!.textContent).to.contain(says);
        fake.on(path, some);
        $(el, '[part=error] button')!.click();
        await until(() => state(el) === 'ready', 3000, 'ready');
      });

      it('tells the page empty, and shows the empty view', async () => {
        fake.on(path, none);
        const el = await mount();
        await until(() => state(el) === 'empty', 3000, 'empty');
        expect($(el, '.state.empty .state-title')).to.not.equal(null);
      });
    });
  }
});
