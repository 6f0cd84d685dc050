import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/activity-form/mm-activity-form.js';
import type { ActivityForm } from '../src/activity-form/activity-form.js';
import { emptyValues } from '../src/activity-form/fields.js';
import { removeDraft, saveDraft } from '../src/activity-form/draft.js';
import { timing } from '../src/activity-form/send.js';
import { clearCache } from '../src/core/api.js';
import { fakeFetch, until, type FakeResponse } from '../test/helpers/fake-fetch.js';
import { element } from './element.js';
import { receipt, walk } from '../test/fixtures/submissions.js';

interface Args {
  lang: string;
  campaign: string;
  organizer: string;
  privacyUrl: string;
  now: string;
  headingLevel: number;
}

const CAMPAIGN = 'week-van-de-mentale-gezondheid-2026';

/**
 * A fake API for one story (the token, the geocoder, and `submit` as the answer to the POST);
 * `draft`: a complete report already typed in (the form restores it), so a story can send it.
 */
const withApi = (submit: FakeResponse | (() => FakeResponse), draft = false) => () => {
  clearCache();
  timing.minFillMs = 0;
  removeDraft(CAMPAIGN);
  if (draft) saveDraft(CAMPAIGN, { ...emptyValues('Stichting Voorbeeld'), ...walk }, 'story-key-0001');
  const fake = fakeFetch()
    .on('/submissions/token', { body: { token: 'story-token' } })
    .on('/submissions', typeof submit === 'function' ? submit : () => submit)
    .on('/geocode', { body: { lat: 52.09, lon: 5.12, label: '3512 AB (Utrecht, ongeveer)', province: 'utrecht' } });
  return () => {
    fake.restore();
    removeDraft(CAMPAIGN);
  };
};

/** Press the send button, as a user does. */
async function send(canvas: HTMLElement): Promise<ActivityForm> {
  const el = canvas.querySelector('mm-activity-form')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  return el;
}

const meta: Meta<Args> = {
  title: 'Elements/Activity form',
  component: 'mm-activity-form',
  // `now`: the sample report's dates (June 2026) are still to come, whenever the story is opened.
  args: { lang: 'nl', campaign: CAMPAIGN, organizer: '', privacyUrl: 'https://www.voorbeeld.nl/privacy', now: '2026-05-01T12:00:00+02:00', headingLevel: 2 },
  // Controls and their descriptions come from custom-elements.json (preview.ts); every arg
  // that is an attribute is set as one (element.ts), once the tag is defined (after its words).
  loaders: [() => customElements.whenDefined('mm-activity-form')],
  beforeEach: withApi({ status: 201, body: receipt, delay: 400 }),
  render: (a) => element('mm-activity-form', { ...a }, { api: '/api/v1/' }),
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};

export const OrganiserFilledIn: Story = { name: 'Organiser filled in', args: { organizer: 'Gemeente Voorbeeldstad' } };

export const English: Story = { args: { lang: 'en' } };

export const Errors: Story = {
  name: 'Errors (after an empty submit)',
  play: async ({ canvasElement }) => {
    await send(canvasElement);
  },
};

export const RestoredDraft: Story = { name: 'Restored draft', beforeEach: withApi({ status: 201, body: receipt }, true) };

export const Sending: Story = {
  beforeEach: withApi({ status: 201, body: receipt, delay: 600_000 }, true),
  play: async ({ canvasElement }) => {
    await send(canvasElement);
  },
};

export const Offline: Story = {
  name: 'Not sent (network failure)',
  beforeEach: withApi({ networkError: true }, true),
  play: async ({ canvasElement }) => {
    const el = await send(canvasElement);
    await until(() => el.getAttribute('state') === 'error', 5000, 'the failure');
  },
};

export const RateLimited: Story = {
  name: 'Too many reports (429)',
  beforeEach: withApi({ status: 429, headers: { 'retry-after': '120' }, body: { errors: [{ path: '', code: 'rate_limited', message: 'Too many' }] } }, true),
  play: async ({ canvasElement }) => {
    await send(canvasElement);
  },
};

export const ServerFieldErrors: Story = {
  name: 'Field errors from the server (422)',
  beforeEach: withApi({ status: 422, body: { errors: [{ path: 'organizer.name', code: 'plain_text', message: 'x' }, { path: 'title', code: 'one_line', message: 'x' }] } }, true),
  play: async ({ canvasElement }) => {
    await send(canvasElement);
  },
};

export const Sent: Story = {
  name: 'Sent (confirmation)',
  beforeEach: withApi({ status: 201, body: receipt }, true),
  play: async ({ canvasElement }) => {
    const el = await send(canvasElement);
    await until(() => el.getAttribute('state') === 'sent', 5000, 'the confirmation');
  },
};
