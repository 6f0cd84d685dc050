import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import '../src/walk-in-finder/mm-walk-in-finder.js';
import type { WalkInFinder } from '../src/walk-in-finder/walk-in-finder.js';
import { tiles } from '../src/walk-in-finder/map.js';
import { geolocationAllowed, roundCoordinate } from '../src/walk-in-finder/geolocation.js';
import { OpenClock } from '../src/walk-in-finder/open-state.js';
import { distanceText, selectPlaces } from '../src/walk-in-finder/results.js';
import { clearCache } from '../src/core/api.js';
import { fakeFetch, until, type FakeFetch } from './helpers/fake-fetch.js';
import { expectAccessible } from './helpers/accessible.js';
import { ourWarnings } from './helpers/console.js';
import { fakeSuggestApi, fakeWalkIns, manyPlaces, moments } from './fixtures/walk-ins.js';

const API = 'https://api.example.test/api/v1/';
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => (root(el).textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel)!;
const names = (el: Element) => [...root(el).querySelectorAll('.place-name')].map((n) => n.textContent!.trim());
const settled = (el: Element) => until(() => ['ready', 'empty', 'error', 'stale'].includes(el.getAttribute('state') ?? ''), 4000, 'finder to settle');
/** A 1×1 PNG: the tiles in tests (no network). */
const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const CRISIS = {
  nl: 'Heb je nu direct hulp nodig? Bel of chat met 113 Zelfmoordpreventie: 113 of 0800-0113 (gratis, dag en nacht).',
  en: 'Do you need help right now? Call or chat with 113 Suicide Prevention: 113 or 0800-0113 (free, day and night).',
};

/** The crisis notice with its three numbers and the chat link, in the language of the page. */
function expectCrisis(el: Element, lang: 'nl' | 'en' = 'nl') {
  const crisis = $(el, '[part=crisis]');
  expect(crisis.textContent!.replace(/\s+/g, ' ')).to.contain(CRISIS[lang]);
  expect([...crisis.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:113', 'tel:08000113', 'https://www.113.nl/', 'tel:112']);
}

async function finder(attrs: { near?: string; lang?: string; map?: boolean; audience?: string; radius?: string; now?: string } = {}) {
  const el = await fixture<WalkInFinder>(html`<mm-walk-in-finder
    api=${API}
    near=${attrs.near ?? ''}
    lang=${attrs.lang ?? 'nl'}
    audience=${attrs.audience ?? ''}
    radius=${attrs.radius ?? ''}
    now=${attrs.now ?? moments.monday}
    ?map=${attrs.map ?? false}
  ></mm-walk-in-finder>`);
  if (attrs.near) await settled(el);
  await el.updateComplete;
  return el;
}

async function typeIn(el: WalkInFinder, value: string) {
  const input = $<HTMLInputElement>(el, 'input[role=combobox]');
  input.focus();
  await sendKeys({ type: value });
  return input;
}

describe('mm-walk-in-finder', () => {
  let api: FakeFetch;
  beforeEach(() => {
    clearCache();
    sessionStorage.clear();
    localStorage.clear();
    api = fakeFetch().on('/walk-ins', fakeWalkIns()).on('/geocode/suggest', fakeSuggestApi());
  });
  afterEach(() => api.restore());

  it('before a place is chosen: asks where, shows the crisis notice and asks nothing of the API', async () => {
    const el = await finder();
    expect(text(el)).to.contain('Typ je postcode of woonplaats, of gebruik je locatie.');
    expectCrisis(el);
    expect(api.calls).to.have.length(0);
    await expectAccessible(el);
  });

  it('crisis notice on a phone (390 px): evenly spaced lines, and each number a 44 px tall tap area', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const el = await finder();
      const lines: number[] = [];
      for (const p of root(el).querySelectorAll<HTMLParagraphElement>('[part=crisis] p')) {
        // The lines the text is on (tops of its pieces), and the height they take: a link
        // that makes its line taller than the others shows as more height than lines.
        const tops = new Set<number>();
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const r = document.createRange();
          r.selectNodeContents(n);
          for (const rect of r.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top / 4));
        }
        const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
        expect(p.getBoundingClientRect().height, `"${p.textContent!.trim()}" on ${tops.size} lines`).to.be.at.most(tops.size * lineHeight + 1);
        lines.push(tops.size);
      }
      // The first sentence wraps on a phone (so its lines are what is measured).
      expect(lines[0]).to.be.at.least(3);
      const links = root(el).querySelectorAll('[part=crisis] a');
      expect(links).to.have.length(4); // 113, 0800-0113, the chat, 112
      for (const a of links) {
        const box = a.getBoundingClientRect();
        expect(box.height, a.textContent!).to.be.at.least(44);
        // WCAG 2.5.8's minimum is 24 px; the padding adds to the width of the word.
        expect(box.width, a.textContent!).to.be.at.least(24);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('in English too', async () => {
    const el = await finder({ lang: 'en' });
    expect(text(el)).to.contain('Type your postcode or town, or use your location');
    expectCrisis(el, 'en');
    await expectAccessible(el);
  });

  it('lists the places near a preset place, nearest first, with their open state in words', async () => {
    const el = await finder({ near: 'Zwolle' });
    expect(el.getAttribute('state')).to.equal('ready');
    expect(names(el)).to.deep.equal([
      'Inloophuis De Haven (voorbeeld)',
      'Herstelcafé Het Anker (voorbeeld)',
      'Jongerenplek De Vonk (voorbeeld)',
      'Nachtcafé Lichtpunt (voorbeeld)',
      'Luisterhuis Het Baken (voorbeeld)',
    ]);
    const t = text(el);
    expect(t).to.contain('5 inloopplekken bij Zwolle');
    expect(t).to.contain('Nu open tot 17:00');
    expect(t).to.contain('Gesloten, opent morgen om 19:00');
    expect(t).to.contain('Gesloten, opent vandaag om 13:00');
    expect(t).to.contain('Gesloten, opent vrijdag om 20:00');
    expect(t).to.contain('Nu open, dag en nacht');
    expect(t).to.contain('0,5 km hemelsbreed');
    expect(t).to.contain('12 km hemelsbreed');
    expect(t).to.contain('Ervaringsdeskundigen aanwezig');
    expect(t).to.contain('Geen afspraak nodig');
    expect(t).to.contain('Toegankelijk met een rolstoel');
    expect(t).to.contain('Voor jongeren');
    // Never colour alone: the open place says so in words, the dot is decoration.
    expect($(el, '.open-state.is-open').textContent).to.contain('Nu open');
    expectCrisis(el);
    await expectAccessible(el);
  });

  it('gives each place its route, call and website links', async () => {
    const el = await finder({ near: 'Zwolle' });
    const first = $(el, '.place');
    const hrefs = [...first.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs[0]).to.match(/^https:\/\/www\.openstreetmap\.org\/directions\?.*52\.515%2C6\.09/);
    expect(hrefs[1]).to.match(/^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=52\.515%2C6\.09/);
    expect(hrefs[2]).to.equal('tel:0381234567');
    expect(hrefs[3]).to.equal('https://voorbeeld.missiementaal.nl/inloop/vb-wi-1');
  });

  it('shows a closed day with its reason, and the state moves with the clock', async () => {
    const el = await finder({ near: 'Zwolle', now: moments.kingsDay });
    expect(text(el)).to.contain('Vandaag gesloten (Koningsdag), opent morgen om 10:00');
    el.now = moments.beforeClosing;
    await el.updateComplete;
    expect(text(el)).to.contain('Nu open tot 17:00');
    el.now = '2026-06-01T17:00:30+02:00';
    await el.updateComplete;
    expect(text(el)).to.contain('Gesloten, opent morgen om 10:00');
    // Computed from the hours in the browser: the API was asked once.
    expect(api.calls.filter((c) => c.url.pathname.endsWith('/walk-ins'))).to.have.length(1);
  });

  it('in English, a public holiday has its English name', async () => {
    const el = await finder({ near: 'Zwolle', now: moments.kingsDay, lang: 'en' });
    expect(text(el)).to.contain("Closed today (King's Day), opens tomorrow at 10:00");
    expect(text(el)).not.to.contain('Koningsdag');
  });

  it('in English: distance and open state', async () => {
    const el = await finder({ near: 'Zwolle', lang: 'en' });
    const t = text(el);
    expect(t).to.contain('5 walk-in places near Zwolle');
    expect(t).to.contain('Open now until 17:00');
    expect(t).to.contain('Closed, opens tomorrow at 19:00');
    expect(t).to.contain('0.5 km as the crow flies');
    expectCrisis(el, 'en');
    await expectAccessible(el);
  });

  it('filters on open now and young people in the browser, and announces the count', async () => {
    const el = await finder({ near: 'Zwolle' });
    const [openNow, young] = [...root(el).querySelectorAll<HTMLInputElement>('.filters input[type=checkbox]')];
    openNow!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Inloophuis De Haven (voorbeeld)', 'Luisterhuis Het Baken (voorbeeld)']);
    await until(() => text(el).includes('2 inloopplekken bij Zwolle'));
    openNow!.click();
    young!.click();
    await el.updateComplete;
    expect(names(el)).to.not.include('Herstelcafé Het Anker (voorbeeld)');
    expect(names(el)).to.include('Jongerenplek De Vonk (voorbeeld)');
    expect(api.calls.filter((c) => c.url.pathname.endsWith('/walk-ins'))).to.have.length(1);
  });

  it('a new radius asks the API again with it', async () => {
    const el = await finder({ near: 'Zwolle', radius: '10' });
    expect(names(el)).to.not.include('Luisterhuis Het Baken (voorbeeld)');
    const select = $<HTMLSelectElement>(el, '.filters select');
    select.value = '25';
    select.dispatchEvent(new Event('change'));
    await until(() => names(el).includes('Luisterhuis Het Baken (voorbeeld)'));
    expect(api.calls.at(-1)!.url.searchParams.get('radius')).to.equal('25');
  });

  it('nothing near: says so and still shows the nearest places farther away', async () => {
    const el = await finder({ near: 'Texel' });
    expect(el.getAttribute('state')).to.equal('empty');
    const t = text(el);
    expect(t).to.contain('Er is geen inloopplek binnen 25 km van Texel.');
    expect(t).to.contain('Dit zijn de plekken die het dichtst bij zijn:');
    expect(names(el)).to.have.length(3);
    expect(api.calls.at(-1)!.url.searchParams.get('radius')).to.equal('300');
    expectCrisis(el);
    await expectAccessible(el);
  });

  it('an unknown place: says what to type', async () => {
    const el = await finder({ near: 'Nergenshuizen' });
    expect(text(el)).to.contain('We kennen "Nergenshuizen" niet.');
    expectCrisis(el);
    await expectAccessible(el);
  });

  it('while searching: says so, keeps its room and the crisis notice', async () => {
    api.on('/walk-ins', fakeWalkIns(undefined, 400));
    const el = await fixture<WalkInFinder>(html`<mm-walk-in-finder api=${API} near="Zwolle" now=${moments.monday}></mm-walk-in-finder>`);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    expect(text(el)).to.contain('Inloopplekken zoeken…');
    expect($(el, '.body').getBoundingClientRect().height).to.be.greaterThan(300);
    expectCrisis(el);
    await expectAccessible(el);
    await settled(el);
  });

  it('API down: says so, keeps the crisis notice, links to 113.nl and retries', async () => {
    api.on('/walk-ins', { status: 503, body: { errors: [] } });
    const el = await finder({ near: 'Zwolle' });
    expect(el.getAttribute('state')).to.equal('error');
    expect($(el, '[role=alert]').textContent).to.contain('We kunnen de inloopplekken nu niet ophalen.');
    expect($(el, '[part=error] a').getAttribute('href')).to.equal('https://www.113.nl/');
    expectCrisis(el);
    await expectAccessible(el);
    api.on('/walk-ins', fakeWalkIns());
    $<HTMLButtonElement>(el, '[part=error] button').click();
    await until(() => el.getAttribute('state') === 'ready');
  });

  it('API down with an earlier answer: shows it, marked as possibly out of date', async () => {
    const first = await finder({ near: 'Zwolle' });
    first.remove();
    clearCache();
    sessionStorage.clear();
    api.on('/walk-ins', { networkError: true });
    const el = await finder({ near: 'Groningen' });
    expect(el.getAttribute('state')).to.equal('stale');
    expect($(el, '[part=stale]').textContent).to.match(/^Mogelijk niet actueel: dit zijn de plekken bij Zwolle, opgehaald op \d{1,2} \w+ om \d\d:\d\d\.$/);
    expect(names(el)[0]).to.equal('Inloophuis De Haven (voorbeeld)');
    // The open states are still computed from the hours, now.
    expect(text(el)).to.contain('Nu open tot 17:00');
    expectCrisis(el);
    await expectAccessible(el);
  });

  it("a finder for young people never shows another finder's stored places", async () => {
    (await finder({ near: 'Zwolle' })).remove();
    clearCache();
    sessionStorage.clear();
    api.on('/walk-ins', { networkError: true });
    const el = await finder({ near: 'Groningen', audience: 'jongeren' });
    expect(el.getAttribute('state')).to.equal('error');
    expect(names(el)).to.deep.equal([]);
  });

  describe('the place field (combobox)', () => {
    it('suggests places as you type, announces how many, and is chosen with the keyboard', async () => {
      const el = await finder();
      const input = await typeIn(el, 'zw');
      await until(() => input.getAttribute('aria-expanded') === 'true', 3000, 'suggestions');
      expect(input.getAttribute('aria-controls')).to.equal('place-list');
      expect($(el, '[role=status]').textContent).to.contain('1 suggestie');
      await expectAccessible(el);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal('place-list-0');
      expect($(el, '#place-list-0').getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(input.value).to.equal('Zwolle');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      // A suggestion is sent as its coordinates.
      expect(api.calls.at(-1)!.url.searchParams.get('near')).to.equal('52.5168,6.083');
      expect(names(el)[0]).to.equal('Inloophuis De Haven (voorbeeld)');
      await until(() => $(el, '[role=status]').textContent!.includes('5 inloopplekken bij Zwolle'));
    });

    it('asks once after typing pauses, and aborts an answer the typing made outdated', async () => {
      api.on('/geocode/suggest', fakeSuggestApi(300));
      const el = await finder();
      // A long pause, so a busy test machine types "gr" well within it.
      (el as unknown as { combo: { debounceMs: number } }).combo.debounceMs = 1000;
      const input = await typeIn(el, 'gr');
      const suggests = () => api.calls.filter((c) => c.url.pathname.endsWith('/geocode/suggest'));
      await until(() => suggests().length === 1, 3000, 'the request for "gr"');
      expect(suggests()[0]!.url.searchParams.get('q')).to.equal('gr');
      // More typing while "gr" is on its way: that request is aborted, its answer never shown.
      await sendKeys({ type: 'on' });
      expect(suggests()[0]!.init?.signal?.aborted).to.equal(true);
      await until(() => input.getAttribute('aria-expanded') === 'true', 4000, 'the suggestions for "gron"');
      expect(suggests().map((c) => c.url.searchParams.get('q'))).to.deep.equal(['gr', 'gron']);
    });

    it('Up wraps to the last, Escape closes then clears, Enter searches the typed text', async () => {
      const el = await finder();
      const input = await typeIn(el, '3');
      await until(() => input.getAttribute('aria-expanded') === 'true');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal('place-list-0');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input.value).to.equal('');
      await sendKeys({ type: '9711' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(api.calls.at(-1)!.url.searchParams.get('near')).to.equal('9711');
      expect(names(el)[0]).to.equal('Ontmoetingsplek Samen Thuis (voorbeeld)');
    });

    describe('a late answer never opens the list', () => {
      /** Suggest answers wait until `release()` (a slow network); `pending` is the count asked. */
      function slowSuggest() {
        let release!: () => void;
        const gate = new Promise<void>((r) => (release = r));
        const answer = fakeSuggestApi();
        api.on('/geocode/suggest', async (url, init) => {
          await gate;
          return answer(url, init);
        });
        return release;
      }
      const suggests = () => api.calls.filter((c) => c.url.pathname.endsWith('/geocode/suggest'));
      const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const combo = (el: WalkInFinder) => (el as unknown as { combo: { debounceMs: number } }).combo;
      afterEach(() => resetMouse());

      async function clickSearch(el: WalkInFinder) {
        const box = $(el, '.search-buttons button').getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
        await settled(el);
        expect(text(el)).to.contain('inloopplekken bij Kampen');
      }
      const actions: Record<string, (el: WalkInFinder) => Promise<unknown>> = {
        'a mouse click on Zoeken': clickSearch,
        Escape: () => sendKeys({ press: 'Escape' }),
        'Tab out of the field': () => sendKeys({ press: 'Tab' }),
        'a mouse click outside the field': async (el) => {
          const box = $(el, '[part=crisis] strong').getBoundingClientRect();
          await sendMouse({ type: 'click', position: [Math.round(box.x + 4), Math.round(box.y + box.height / 2)] });
          expect(root(el).activeElement).to.not.equal($(el, 'input[role=combobox]'));
        },
      };

      async function expectClosedAfterAnswer(el: WalkInFinder, release: () => void) {
        release();
        // Room for an answer to arrive and render, were it (wrongly) still wanted.
        await pause(150);
        await el.updateComplete;
        const input = $<HTMLInputElement>(el, 'input[role=combobox]');
        expect(input.getAttribute('aria-expanded')).to.equal('false');
        expect($(el, '[role=listbox]').hidden).to.equal(true);
        expect(suggests().every((c) => c.init?.signal?.aborted)).to.equal(true);
      }

      for (const [action, run] of Object.entries(actions)) {
        it(`with the request on its way, after ${action}`, async () => {
          const release = slowSuggest();
          const el = await finder();
          combo(el).debounceMs = 0;
          await typeIn(el, 'Kampen');
          await until(() => suggests().length > 0, 3000, 'a suggest request');
          await run(el);
          await expectClosedAfterAnswer(el, release);
        });
      }

      it('with the pause still running, after a mouse click on Zoeken right away (the reported case)', async () => {
        const release = slowSuggest();
        const el = await finder();
        combo(el).debounceMs = 300;
        await typeIn(el, 'Kampen');
        await clickSearch(el);
        // Past the pause: a timer left running would ask now and open the list on the answer.
        await pause(500);
        expect(suggests()).to.have.length(0);
        await expectClosedAfterAnswer(el, release);
      });
    });

    it('tab order: crisis links, the field, search, my location', async () => {
      const el = await finder();
      $<HTMLAnchorElement>(el, '[part=crisis] a').focus();
      const order: string[] = [];
      for (let i = 0; i < 6; i++) {
        const a = root(el).activeElement as HTMLElement;
        order.push(a.getAttribute('href') ?? a.getAttribute('role') ?? a.textContent!.trim());
        await sendKeys({ press: 'Tab' });
      }
      expect(order).to.deep.equal(['tel:113', 'tel:08000113', 'https://www.113.nl/', 'tel:112', 'combobox', 'Zoeken']);
    });
  });

  describe('my location', () => {
    const geo = navigator.geolocation;
    let original: Geolocation['getCurrentPosition'];
    beforeEach(() => (original = geo.getCurrentPosition));
    afterEach(() => {
      geo.getCurrentPosition = original;
      delete (document as { featurePolicy?: unknown }).featurePolicy;
    });
    const fail = (code: number, message = '') => {
      geo.getCurrentPosition = (_ok, err) => err?.({ code, message, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
    };
    const press = async (el: WalkInFinder) => {
      $<HTMLButtonElement>(el, '[part=locate]').click();
      await until(() => !!root(el).querySelector('.problem') || el.getAttribute('state') !== null);
      await el.updateComplete;
    };

    it('is asked only on the press, and rounded to about 1 km before it is sent', async () => {
      let asked = 0;
      geo.getCurrentPosition = (ok) => {
        asked++;
        ok({ coords: { latitude: 52.516789, longitude: 6.083456 } } as GeolocationPosition);
      };
      const el = await finder();
      expect(asked).to.equal(0);
      $<HTMLButtonElement>(el, '[part=locate]').click();
      await settled(el);
      expect(asked).to.equal(1);
      expect(api.calls.at(-1)!.url.searchParams.get('near')).to.equal('52.52,6.08');
      expect(text(el)).to.contain('5 inloopplekken bij jouw locatie (ongeveer)');
      expect(roundCoordinate(5.126)).to.equal(5.13);
    });

    it('denied: says so and what to do instead', async () => {
      fail(1, 'User denied Geolocation');
      const el = await finder();
      await press(el);
      expect($(el, '.problem').textContent).to.contain('Je hebt geen toestemming gegeven om je locatie te gebruiken. Typ je postcode of woonplaats.');
      expectCrisis(el);
      await expectAccessible(el);
    });

    it('blocked by the page (Permissions-Policy): says so without asking', async () => {
      let asked = 0;
      geo.getCurrentPosition = () => void asked++;
      Object.defineProperty(document, 'featurePolicy', { value: { allowsFeature: (f: string) => f !== 'geolocation' }, configurable: true });
      const el = await finder({ lang: 'en' });
      await press(el);
      expect(asked).to.equal(0);
      expect($(el, '.problem').textContent).to.contain('This website does not allow the use of your location.');
      expectCrisis(el, 'en');
      await expectAccessible(el);
    });

    it('reads a real Permissions-Policy: an iframe with allow="geolocation \'none\'" forbids it', async () => {
      const frame = document.createElement('iframe');
      frame.setAttribute('allow', "geolocation 'none'");
      document.body.append(frame);
      try {
        expect(geolocationAllowed(frame.contentDocument!)).to.equal(false);
        expect(geolocationAllowed(document)).to.equal(true);
      } finally {
        frame.remove();
      }
    });

    it('blocked, as the error tells it where featurePolicy is missing', async () => {
      fail(1, 'Geolocation has been disabled in this document by permissions policy.');
      const el = await finder();
      await press(el);
      expect($(el, '.problem').textContent).to.contain('Deze website staat het gebruik van je locatie niet toe.');
    });

    it('unavailable and timeout each have their own message', async () => {
      fail(2);
      const el = await finder();
      await press(el);
      expect($(el, '.problem').textContent).to.contain('We konden je locatie niet bepalen.');
      fail(3);
      await press(el);
      await until(() => $(el, '.problem').textContent!.includes('duurde te lang'));
    });
  });

  describe('map', () => {
    beforeEach(() => (tiles.url = TILE));

    it('shows the places as named, keyboard-operable markers in sync with the list', async () => {
      const el = await finder({ near: 'Zwolle', map: true });
      await until(() => root(el).querySelectorAll('.leaflet-marker-icon').length > 0, 4000, 'markers');
      const markers = [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
      for (const mk of markers) {
        expect(mk.getAttribute('tabindex')).to.equal('0');
        expect(mk.getAttribute('role')).to.equal('button');
        expect(mk.getAttribute('aria-label')).to.match(/voorbeeld|plekken/);
      }
      expect($(el, '.leaflet-control-attribution').textContent).to.contain('Kadaster');
      // The list chooses: its marker is marked.
      $<HTMLButtonElement>(el, '.place button[aria-pressed]').click();
      await until(() => !!root(el).querySelector('.mm-pin.selected'));
      expect($(el, '.mm-pin.selected').getAttribute('aria-label')).to.equal('Inloophuis De Haven (voorbeeld)');
      // The map chooses (Enter on a marker): the list item is marked and focused.
      const other = [...root(el).querySelectorAll<HTMLElement>('.mm-pin')].find((p) => p.getAttribute('aria-label') === 'Luisterhuis Het Baken (voorbeeld)')!;
      other.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, '.place.selected').dataset.id === 'vb-wi-5');
      expectCrisis(el);
      await expectAccessible(el);
    });
  });

  it('warns the webmaster about a bad audience or radius and still finds places', async () => {
    let el!: WalkInFinder;
    const warnings = await ourWarnings(async () => {
      el = await finder({ near: 'Zwolle', audience: 'jongere', radius: 'ver' });
    });
    expect(warnings.join('\n')).to.contain('Did you mean "jongeren"?');
    expect(warnings.join('\n')).to.contain('radius="ver"');
    expect(names(el)).to.have.length(5);
  });

  it('a fixed audience is sent to the API and its filter is not offered', async () => {
    const el = await finder({ near: 'Zwolle', audience: 'jongeren' });
    expect(api.calls.at(-1)!.url.searchParams.get('audience')).to.equal('jongeren');
    expect(root(el).querySelectorAll('.filters input[type=checkbox]')).to.have.length(1);
  });

  it('the open-state clock renders again on every whole minute, and stops when the element leaves', () => {
    const timers: { fn: () => void; ms: number }[] = [];
    const cleared: unknown[] = [];
    const [set, clear] = [globalThis.setTimeout, globalThis.clearTimeout];
    let updates = 0;
    const host = { addController: () => undefined, requestUpdate: () => void updates++ } as unknown as ConstructorParameters<typeof OpenClock>[0];
    globalThis.setTimeout = ((fn: () => void, ms: number) => timers.push({ fn, ms })) as unknown as typeof setTimeout;
    globalThis.clearTimeout = ((id: unknown) => void cleared.push(id)) as typeof clearTimeout;
    try {
      const clock = new OpenClock(host, () => '');
      clock.hostConnected();
      expect(timers).to.have.length(1);
      // It fires a second past the next whole minute (allowing 200 ms since it was set).
      expect(timers[0]!.ms).to.be.within(1_000, 61_000);
      expect((Date.now() + timers[0]!.ms) % 60_000).to.be.within(1_000, 1_200);
      timers[0]!.fn();
      expect(updates).to.equal(1);
      expect(timers).to.have.length(2, 'the next minute is scheduled');
      clock.hostDisconnected();
      expect(cleared.at(-1)).to.equal(2);
      expect(Math.abs(clock.now().getTime() - Date.now())).to.be.lessThan(1000);
      expect(new OpenClock(host, () => moments.monday).now().toISOString()).to.equal('2026-06-01T09:00:00.000Z');
    } finally {
      globalThis.setTimeout = set;
      globalThis.clearTimeout = clear;
    }
  });

  it('selects and sorts many places in the browser (see npm run bench for the time)', () => {
    const many = manyPlaces(2000);
    const now = new Date(moments.monday);
    const shown = selectPlaces(many, { openNow: true, young: false, radiusKm: 50 }, now);
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.every((w, i) => w.distanceKm <= 50 && (i === 0 || shown[i - 1]!.distanceKm <= w.distanceKm))).to.equal(true);
    expect(distanceText(12.6, 'nl')).to.equal('13');
    expect(distanceText(1.26, 'nl')).to.equal('1,3');
  });
});
