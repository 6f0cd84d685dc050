import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/campaign-banner/mm-campaign-banner.js';
import { clearCache } from '../src/core/api.js';
import { fakeFetch } from '../test/helpers/fake-fetch.js';
import { week2026, days, unreadableColors } from '../test/fixtures/campaigns.js';
import type { Campaign } from '../src/contract/schema.js';

interface Args {
  variant: 'bar' | 'card';
  now: string;
  dismissible: boolean;
  lang: string;
  headingLevel: number;
}

/** Serve one campaign from a fake API for the story; remove the fake afterwards. */
const withCampaign = (campaign: Campaign | null) => () => {
  clearCache();
  sessionStorage.clear();
  localStorage.removeItem(`mm:banner-dismissed:${week2026.slug}`);
  const api = fakeFetch().on('/campaigns/current', campaign ? { body: campaign } : { status: 503, body: { errors: [] } });
  return () => api.restore();
};

const meta: Meta<Args> = {
  title: 'Elements/Campaign banner',
  component: 'mm-campaign-banner',
  args: { variant: 'bar', now: days.during, dismissible: true, lang: 'nl', headingLevel: 2 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['bar', 'card'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    // Descriptions come from custom-elements.json (the JSDoc on the class, preview.ts); only controls here.
    now: { control: 'text' },
  },
  beforeEach: withCampaign(week2026),
  render: (a) => html`<mm-campaign-banner
    api="/api/v1/"
    variant=${a.variant}
    now=${a.now}
    lang=${a.lang}
    heading-level=${a.headingLevel}
    ?dismissible=${a.dismissible}
  ></mm-campaign-banner>`,
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
