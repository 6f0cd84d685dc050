// Printed (issue 16, point 9): nothing that only works on a screen is on paper, and the
// week breaks between days, never inside one.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/event-list/mm-event-list.js';
import '../src/week-calendar/mm-week-calendar.js';
import '../src/campaign-banner/mm-campaign-banner.js';
import { clearCache } from '../src/core/api.js';
import { fakeFetch, until, type FakeFetch } from './helpers/fake-fetch.js';
import { fakeActivitiesApi } from './helpers/fake-api.js';
import { campaign2026, manyActivities, weekExamples } from './fixtures/activities.js';
import { week2026 } from './fixtures/campaigns.js';

const API = 'https://api.example.test/api/v1/';
let fake: FakeFetch;
const shown = (e: Element | null | undefined) => !!e && getComputedStyle(e).display !== 'none';

beforeEach(() => {
  fake = fakeFetch();
  clearCache();
  sessionStorage.clear();
  localStorage.clear();
  fake.on('/campaigns/current', { body: campaign2026 });
  fake.on(`/campaigns/${week2026.slug}`, { body: week2026 });
});
afterEach(async () => {
  fake.restore();
  await emulateMedia({ media: 'screen' });
});

describe('printed', () => {
  it('the list leaves off its filter bar, its Filters button, its subscribe menu and "Meer laden"', async () => {
    fake.on('/activities', fakeActivitiesApi(manyActivities(30)));
    const el = await fixture(html`<mm-event-list api=${API} from="2026-06-01" limit="5" filters search></mm-event-list>`);
    await until(() => !!el.shadowRoot!.querySelector('[part="load-more"]'), 3000, 'the list with "Meer laden"');
    const r = el.shadowRoot!;
    const controls = ['[part="filters"]', '[part="subscribe"]', '[part="load-more"]'].map((s) => r.querySelector(s));
    expect(controls.every(shown)).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(controls.map(shown)).to.deep.equal([false, false, false]);
    expect(shown(r.querySelector('[part="filters-toggle"]'))).to.equal(false);
    expect(shown(r.querySelector('.item'))).to.equal(true);
    expect(getComputedStyle(r.querySelector('.item')!).breakInside).to.equal('avoid');
  });

  it('the list leaves off its retry button', async () => {
    fake.on('/activities', { status: 500, body: { errors: [] } });
    const el = await fixture(html`<mm-event-list api=${API} from="2026-06-01"></mm-event-list>`);
    await until(() => !!el.shadowRoot!.querySelector('.error button'), 3000, 'the error');
    await emulateMedia({ media: 'print' });
    expect(shown(el.shadowRoot!.querySelector('.error button'))).to.equal(false);
    expect(shown(el.shadowRoot!.querySelector('.error [role="alert"]'))).to.equal(true);
  });

  it('the week leaves off its buttons and subscribe menu, and breaks between days, in two columns on A4', async () => {
    fake.on('/activities', fakeActivitiesApi(weekExamples.school));
    const box = await fixture(html`<div style="inline-size:700px"><mm-week-calendar api=${API} week="2026-06-01"></mm-week-calendar></div>`);
    const el = box.firstElementChild!;
    await until(() => !!el.shadowRoot!.querySelector('.open'), 3000, 'the week');
    const r = el.shadowRoot!;
    await emulateMedia({ media: 'print' });
    expect(shown(r.querySelector('[part="subscribe"]'))).to.equal(false);
    expect(shown(r.querySelector('[part="nav"]'))).to.equal(false);
    const days = [...r.querySelectorAll('.day')];
    expect(days).to.have.length(7);
    for (const d of days) expect(getComputedStyle(d).breakInside).to.equal('avoid');
    expect(getComputedStyle(r.querySelector('.days')!).columnCount).to.equal('2');
  });

  it('the banner leaves off its close button and keeps its link', async () => {
    const el = await fixture(html`<mm-campaign-banner api=${API} campaign=${week2026.slug} now="2026-06-03" dismissible></mm-campaign-banner>`);
    await until(() => !!el.shadowRoot!.querySelector('.banner'), 3000, 'the banner');
    await emulateMedia({ media: 'print' });
    expect(shown(el.shadowRoot!.querySelector('.close'))).to.equal(false);
    expect(shown(el.shadowRoot!.querySelector('[part="link"]'))).to.equal(true);
  });
});
