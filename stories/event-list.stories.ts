import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/event-list/mm-event-list.js';
import { clearCache, getJson } from '../src/core/api.js';
import { activitiesUrl } from '../src/core/activities.js';
import { ActivityPage, type Activity } from '../src/contract/schema.js';
import { fakeFetch, until, type Route } from '../test/helpers/fake-fetch.js';
import { element } from './element.js';
import { fakeActivitiesApi } from '../test/helpers/fake-api.js';
import { examples, eventListExamples, manyActivities, WEEK_2026 } from '../test/fixtures/activities.js';

interface Args {
  lang: string;
  filters: boolean;
  search: boolean;
  structuredData: boolean;
  audience: string;
  type: string;
  region: string;
  mode: string;
  from: string;
  to: string;
  limit: number;
  headingLevel: number;
  allUrl: string;
}

const API = '/api/v1/';

/** The shared fake API (test/helpers/fake-api.ts): filters, searches and pages `items` like the server. */
const serve = (items: Activity[], delay = 150, pageSize?: number): Route => fakeActivitiesApi(items, { delay, pageSize });

/** Install a fake API for one story; Storybook calls the returned function afterwards. */
const withApi = (route: Route | Parameters<ReturnType<typeof fakeFetch>['on']>[1]) => () => {
  clearCache();
  sessionStorage.clear();
  const fake = fakeFetch().on('/activities', route);
  return () => fake.restore();
};

const meta: Meta<Args> = {
  title: 'Elements/Event list',
  component: 'mm-event-list',
  args: {
    lang: 'nl',
    filters: false,
    search: false,
    structuredData: false,
    audience: '',
    type: '',
    region: '',
    mode: '',
    from: WEEK_2026,
    to: '',
    limit: 20,
    headingLevel: 2,
    allUrl: 'https://example.org/agenda',
  },
  // Controls: one per public attribute, from custom-elements.json (.storybook/preview.ts).
  // The sample data is in the week of 1 June 2026.
  beforeEach: withApi(serve(examples.week)),
  render: (a) => element('mm-event-list', { ...a }, { api: API }),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const WithFiltersAndSearch: Story = {
  name: 'With filters and search',
  args: { filters: true, search: true, limit: 10 },
  beforeEach: withApi(serve(manyActivities(120))),
};

export const Empty: Story = { args: { filters: true }, beforeEach: withApi(serve([])) };

export const ErrorState: Story = { name: 'Error', beforeEach: withApi({ status: 503, body: { errors: [] } }) };

export const OfflineStale: Story = {
  name: 'Offline (stale)',
  beforeEach: async () => {
    clearCache();
    sessionStorage.clear();
    const fake = fakeFetch().on('/activities', serve(eventListExamples.mixed, 0));
    // Keep a good answer in sessionStorage, as an earlier visit would, then go offline.
    await getJson(activitiesUrl(API, { from: WEEK_2026 }, { limit: 20 }), ActivityPage, { persist: true });
    clearCache();
    fake.on('/activities', { networkError: true });
    return () => fake.restore();
  },
};

export const Cancelled: Story = { beforeEach: withApi(serve([...examples.cancelled, ...eventListExamples.mixed])) };

export const English: Story = {
  args: { lang: 'en', filters: true, search: true },
  beforeEach: withApi(serve(eventListExamples.mixed)),
};

export const Many: Story = {
  name: 'Many (2,000 activities)',
  args: { filters: true, search: true },
  // All 2,000 in one answer, as if every page had been loaded: filtering and typing stay fast.
  beforeEach: withApi(serve(manyActivities(2000), 50, 2000)),
};

export const Loading: Story = { beforeEach: withApi(serve(examples.week, 600_000)) };

/** One activity opened: description, address, accessibility, registration and "add to calendar". */
export const Opened: Story = {
  beforeEach: withApi(serve(eventListExamples.mixed)),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mm-event-list')!;
    await until(() => !!el.shadowRoot?.querySelector('.toggle'), 5000, 'the list');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle')[1]!.click();
  },
};

/** More activities than one page: "Meer laden" under the list asks for the next page. */
export const LoadMore: Story = {
  name: 'Meer laden',
  args: { limit: 5 },
  beforeEach: withApi(serve(manyActivities(40))),
};

/**
 * A value the list does not know (`type="workshops"`): no request, a neutral message for the
 * visitor, and one console warning for the webmaster naming the nearest value (`workshop`).
 */
export const WrongAttribute: Story = {
  name: 'Wrong attribute',
  args: { type: 'workshops' },
};

/** 320 px wide: the filter bar folds into one "Filters" button, so the first activity is in view. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { filters: true, search: true },
  beforeEach: withApi(serve(eventListExamples.mixed)),
  decorators: [(story) => { const box = document.createElement('div'); box.style.inlineSize = '320px'; box.append(story() as HTMLElement); return box; }],
};
