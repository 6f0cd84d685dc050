import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/campaign-banner/mm-campaign-banner.js';
import { clearCache } from '../src/core/api.js';
import { fakeFetch } from '../test/helpers/fake-fetch.js';
import { week2026, days, unreadableColors } from '../test/fixtures/campaigns.js';
import type { Campaign } from '../src/contract/schema.js';
import { element } from './element.js';

interface Args {
  variant: 'bar' | 'card';
  campaign: string;
  countdown: boolean;
  now: string;
  dismissible: boolean;
  lang: string;
  headingLevel: number;
}

/** Serve one campaign from a fake API for the story; remove the fake afterwards. */
const withCampaign = (campaign: Campaign | null, delay = 0) => () => {
  clearCache();
  sessionStorage.clear();
  localStorage.removeItem(`mm:banner-dismissed:${week2026.slug}`);
  const api = fakeFetch().on('/campaigns/current', campaign ? { body: campaign, delay } : { status: 503, body: { errors: [] } });
  return () => api.restore();
};

const meta: Meta<Args> = {
  title: 'Elements/Campaign banner',
  component: 'mm-campaign-banner',
  args: { variant: 'bar', campaign: '', countdown: true, now: days.during, dismissible: true, lang: 'nl', headingLevel: 2 },
  // Controls: one per public attribute, from custom-elements.json (.storybook/preview.ts).
  beforeEach: withCampaign(week2026),
  render: (a) => element('mm-campaign-banner', { ...a, countdown: a.countdown ? true : 'false' }, { api: '/api/v1/' }),
};
export default meta;
type Story = StoryObj<Args>;

export const Before: Story = { args: { now: days.before } };
export const During: Story = { args: { now: days.during } };
export const LastDay: Story = { args: { now: days.last } };
export const After: Story = { args: { now: days.after }, name: 'After (look-back link)' };
export const Card: Story = { args: { variant: 'card', now: days.before } };
export const English: Story = { args: { lang: 'en', now: days.before } };
export const UnreadableCampaignColours: Story = { args: { now: days.during }, beforeEach: withCampaign(unreadableColors) };
export const Dismissed: Story = {
  beforeEach: () => {
    const restore = withCampaign(week2026)();
    localStorage.setItem(`mm:banner-dismissed:${week2026.slug}`, '1');
    return restore;
  },
  parameters: { docs: { description: { story: 'Closed earlier in this browser: the banner shows nothing.' } } },
};
export const ApiError: Story = {
  beforeEach: withCampaign(null),
  parameters: { docs: { description: { story: 'The API fails: nothing shows on the page, with one console warning.' } } },
};
/** Loading: the banner keeps its height, so the page does not jump when it arrives. */
export const Loading: Story = { beforeEach: withCampaign(week2026, 600_000) };
