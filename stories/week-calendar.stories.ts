import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/week-calendar/mm-week-calendar.js';
import { clearCache, getJson } from '../src/core/api.js';
import { activitiesUrl } from '../src/core/activities.js';
import { ActivityPage, type Activity } from '../src/contract/schema.js';
import { fakeFetch, until, type FakeResponse, type Route } from '../test/helpers/fake-fetch.js';
import { element } from './element.js';
import { fakeActivitiesApi } from '../test/helpers/fake-api.js';
import { campaign2026, examples, manyActivities, weekExamples } from '../test/fixtures/activities.js';

interface Args {
  lang: string;
  week: string;
  now: string;
  audience: string;
  type: string;
  region: string;
  mode: string;
  refreshInterval: number;
  headingLevel: number;
  print: boolean;
  display: boolean;
  structuredData: boolean;
  allUrl: string;
  width: string;
}

const API = '/api/v1/';

/** The shared fake API (test/helpers/fake-api.ts): the asked week's activities, filtered and paged like the server. */
const serve = (items: Activity[], delay = 200): Route => fakeActivitiesApi(items, { delay });

/** Install a fake API for one story; Storybook calls the returned function afterwards. */
const withApi =
  (activities: Route | FakeResponse, campaign: FakeResponse = { body: campaign2026, delay: 100 }) =>
  () => {
    clearCache();
    sessionStorage.clear();
    const fake = fakeFetch().on('/campaigns/current', campaign).on('/activities', activities);
    return () => fake.restore();
  };

const meta: Meta<Args> = {
  title: 'Elements/Week calendar',
  component: 'mm-week-calendar',
  args: {
    lang: 'nl',
    week: '',
    now: '2026-06-02',
    audience: '',
    type: '',
    region: '',
    mode: '',
    refreshInterval: 900,
    headingLevel: 2,
    print: false,
    display: false,
    structuredData: false,
    allUrl: 'https://example.org/programma',
    width: '100%',
  },
  // Controls: one per public attribute, from custom-elements.json (.storybook/preview.ts); `width` is the story's own.
  argTypes: {
    width: { control: 'inline-radio', options: ['320px', '360px', '760px', '1100px', '100%'], description: 'Width of the box around the element (it follows its own width, not the screen)' },
  },
  beforeEach: withApi(serve(weekExamples.campaign)),
  render: (a) => {
    const box = document.createElement('div');
    box.style.cssText = `inline-size:${a.width}; max-inline-size:100%`;
    box.append(element('mm-week-calendar', { ...a }, { api: API }, 'Bekijk het programma van de Week van de Mentale Gezondheid'));
    return box;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The default: the week of the current campaign (Week van de Mentale Gezondheid, 1–6 June 2026). */
export const CampaignWeek: Story = {};

/** Narrow (a phone, a sidebar): a day-by-day agenda. */
export const Narrow: Story = { args: { width: '360px' } };

/** Wide: seven columns, one per day; overlapping activities stay separate cards. */
export const Wide: Story = { args: { width: '1100px' } };

/** Wednesday 3 June previewed as today: marked visibly and with `aria-current="date"`. */
export const TodayMarked: Story = { args: { now: '2026-06-03', week: '2026-06-01' } };

/**
 * A busy national week (400 activities): each day shows 8 and a "Toon nog …" button that
 * opens the whole day and moves focus to the first activity that was hidden.
 */
export const BusyWeek: Story = {
  args: { week: '2026-06-01', width: '1100px' },
  beforeEach: withApi(serve(manyActivities(400, '2026-06-01', 7))),
};

/** The print layout (A4 agenda, no buttons, links written out), shown on screen with `print`. */
export const Print: Story = { args: { print: true, width: '760px' }, beforeEach: withApi(serve(weekExamples.school)) };

/** The hallway screen: the whole week fits the screen, today first, no buttons; refreshes every 15 minutes. */
export const Display: Story = { args: { display: true, now: '2026-06-03' }, parameters: { layout: 'fullscreen' } };

/** A week without activities, with a way forward. */
export const Empty: Story = { args: { week: '2026-05-18' } };

/** The API cannot be reached: an error with a retry button. */
export const ErrorState: Story = { name: 'Error', beforeEach: withApi({ status: 503, body: { errors: [] } }) };

/** Still loading: a skeleton that keeps the space. */
export const Loading: Story = { beforeEach: withApi({ delay: 600_000, body: { items: [], nextCursor: null } }) };

/** Offline: the last good answer is shown, marked "Mogelijk niet actueel". */
export const Offline: Story = {
  args: { week: '2026-06-01' },
  beforeEach: async () => {
    clearCache();
    sessionStorage.clear();
    const fake = fakeFetch().on('/activities', serve(weekExamples.campaign, 0));
    // Fetch the week once (kept in sessionStorage), then lose the network.
    await getJson(activitiesUrl(API, { from: '2026-06-01', to: '2026-06-07' }, { limit: 200 }), ActivityPage, { persist: true });
    clearCache();
    fake.on('/activities', { networkError: true });
    return () => fake.restore();
  },
};

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** The week of Sunday 25 October 2026, when clocks go back: the 02:30 walk stays at 02:30 on Sunday. */
export const DaylightSavingWeek: Story = {
  args: { week: '2026-10-25', now: '2026-10-25' },
  beforeEach: withApi(serve([...weekExamples.dst, ...examples.empty])),
};

/** An activity opened: its details in a dialog (when, where, for whom, registration, add to calendar). */
export const DialogOpen: Story = {
  name: 'Dialog open',
  args: { week: '2026-06-01', now: '2026-06-01' },
  beforeEach: withApi(serve(weekExamples.school)),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mm-week-calendar')!;
    await until(() => !!el.shadowRoot?.querySelector('.open'), 5000, 'the week');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.open')!.click();
  },
};

/** A value the calendar does not know (`audience="leerlingen"`): a neutral message, and one console warning for the webmaster. */
export const WrongAttribute: Story = { name: 'Wrong attribute', args: { audience: 'leerlingen' } };

/** An activity over three days: "gaat verder" on the first, "vervolg van maandag" on the others. */
export const MultiDay: Story = { name: 'Multi-day activity', args: { week: '2026-06-01' }, beforeEach: withApi(serve(examples.allDayMultiDay)) };
