import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/walk-in-finder/mm-walk-in-finder.js';
import { clearCache } from '../src/core/api.js';
import { tiles } from '../src/walk-in-finder/map.js';
import { fakeFetch, until, type FakeResponse, type Route } from '../test/helpers/fake-fetch.js';
import { fakeSuggestApi, fakeWalkIns, moments, places, towns } from '../test/fixtures/walk-ins.js';
import { nearPlaces } from '../test/helpers/fake-api.js';
import { element } from './element.js';

interface Args {
  near: string;
  audience: string;
  radius: string;
  map: boolean;
  now: string;
  lang: string;
  headingLevel: number;
}

/** Serve the example places from a fake API for the story (and `walkIns` instead, when given). */
const withApi = (walkIns: Route | FakeResponse = fakeWalkIns()) => () => {
  clearCache();
  sessionStorage.clear();
  localStorage.removeItem('mm:walk-ins:last:');
  const api = fakeFetch().on('/walk-ins', walkIns).on('/geocode/suggest', fakeSuggestApi());
  return () => api.restore();
};

/** The finder in the story's canvas, once it has rendered. */
const finderIn = async (canvas: HTMLElement) => {
  const el = canvas.querySelector('mm-walk-in-finder')!;
  await until(() => !!el.shadowRoot?.querySelector('[part=locate]'), 5000, 'the finder');
  return el;
};

/** The geolocation answer a story needs (denied, …); put back when the story ends. */
const withGeolocation = (code: number, message: string) => () => {
  const restore = withApi()();
  const geo = navigator.geolocation;
  const original = geo.getCurrentPosition;
  geo.getCurrentPosition = (_ok, err) => err?.({ code, message, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
  return () => {
    geo.getCurrentPosition = original;
    restore();
  };
};

const pressLocate = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  (await finderIn(canvasElement)).shadowRoot!.querySelector<HTMLButtonElement>('[part=locate]')!.click();
};

const meta: Meta<Args> = {
  title: 'Elements/Walk-in finder',
  component: 'mm-walk-in-finder',
  args: { near: 'Zwolle', audience: '', radius: '', map: false, now: moments.monday, lang: 'nl', headingLevel: 2 },
  // Controls and their descriptions come from custom-elements.json (preview.ts; `audience` picks
  // from the contract's list); every arg that is an attribute is set as one (element.ts).
  beforeEach: withApi(),
  render: (a) => element('mm-walk-in-finder', { ...a }, { api: '/api/v1/' }),
};
export default meta;
type Story = StoryObj<Args>;

export const NoPlaceYet: Story = { args: { near: '' } };

/** "zw" typed: one suggestion, chosen with Down and Enter. */
export const SuggestionsOpen: Story = {
  args: { near: '' },
  play: async ({ canvasElement }) => {
    const input = (await finderIn(canvasElement)).shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!;
    input.focus();
    input.value = '3';
    input.dispatchEvent(new Event('input'));
  },
};

export const Searching: Story = { beforeEach: withApi(fakeWalkIns(undefined, 600_000)) };
export const Results: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const KingsDay: Story = { args: { now: moments.kingsDay }, name: 'Results on Koningsdag' };
export const ForYoungPeople: Story = { args: { near: '9711', audience: 'jongeren' } };
export const NothingNear: Story = { args: { near: 'Texel' }, name: 'Nothing near (the nearest farther away)' };
export const UnknownPlace: Story = { args: { near: 'Nergenshuizen' } };
export const LocationDenied: Story = { args: { near: '' }, beforeEach: withGeolocation(1, 'User denied Geolocation'), play: pressLocate };
export const LocationBlocked: Story = {
  args: { near: '' },
  name: 'Location blocked by Permissions-Policy',
  beforeEach: withGeolocation(1, 'Geolocation has been disabled in this document by permissions policy.'),
  play: pressLocate,
};
export const ApiDown: Story = { beforeEach: withApi({ status: 503, body: { errors: [] } }) };
export const Stale: Story = {
  name: 'API down, last answer shown (stale)',
  args: { near: 'Groningen' },
  beforeEach: () => {
    clearCache();
    sessionStorage.clear();
    // An earlier answer for Zwolle, as the finder keeps it.
    const items = nearPlaces(places, towns.zwolle!);
    const found = { items, farther: false, label: 'Zwolle', stale: false, otherPlace: false, time: Date.parse(moments.monday) };
    localStorage.setItem('mm:walk-ins:last:', JSON.stringify({ near: 'Zwolle', found }));
    const api = fakeFetch().on('/walk-ins', { networkError: true });
    return () => api.restore();
  },
};
/** The map with tiles from PDOK (online); offline the tiles stay grey and the list is complete. */
export const Map: Story = { args: { map: true } };
/** The map with a plain stand-in tile (no network), as in the tests. */
export const MapOffline: Story = {
  args: { map: true },
  beforeEach: () => {
    const url = tiles.url;
    tiles.url = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const restore = withApi()();
    return () => {
      tiles.url = url;
      restore();
    };
  },
};
