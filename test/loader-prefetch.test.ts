// The loader starts each element's first API request together with its chunks (one round trip
// sooner on a slow phone). That only helps when it is the very request the element makes, so:
// every prefetched answer is taken by an element, and no element asks again for the same URL.
// (A file of its own: each test file gets a fresh page, where no element is defined yet.)
import { expect, fixture, html } from '@open-wc/testing';
import { fakeFetch, until } from './helpers/fake-fetch.js';
import { examples, page } from './fixtures/activities.js';
import { week2026 } from './fixtures/campaigns.js';

type Global = { __missieMentaal?: { api?: string; loader?: boolean; prefetched?: Map<string, Promise<Response>> } };
const g = globalThis as Global;

describe('loader: first requests with the chunks', () => {
  it('prefetches exactly what the banner, the list and the week ask for, and each answer is used once', async () => {
    const fake = fakeFetch()
      .on('/campaigns/current', { body: week2026 })
      .on(`/campaigns/${week2026.slug}`, { body: week2026 })
      .on('/activities', { body: page(examples.single) });
    try {
      g.__missieMentaal = { api: 'https://api.test/api/v1/' };
      // The elements are on the page before the loader runs, as when the parser meets them.
      const root = await fixture(html`<div>
        <mm-campaign-banner></mm-campaign-banner>
        <mm-campaign-banner campaign=${week2026.slug} variant="card"></mm-campaign-banner>
        <mm-campaign-banner campaign="Week-2027"></mm-campaign-banner>
        <mm-campaign-banner campaign=${'w'.repeat(81)}></mm-campaign-banner>
        <mm-event-list audience=" jongeren " limit="5"></mm-event-list>
        <mm-event-list from="2026-06-01" to="2026-06-07" mode="online" limit="900"></mm-event-list>
        <mm-event-list api="https://other.test/api/v1"></mm-event-list>
        <mm-week-calendar></mm-week-calendar>
        <mm-week-calendar campaign=${week2026.slug}></mm-week-calendar>
        <mm-week-calendar week="2026-09-09" audience="ouders"></mm-week-calendar>
        <mm-event-list audience="jongere"></mm-event-list>
        <mm-event-list from="1-6-2026"></mm-event-list>
        <mm-week-calendar type="wandelen"></mm-week-calendar>
      </div>`);
      const loaderUrl = '../src/loader.ts';
      await import(/* @vite-ignore */ loaderUrl);
      const els = [...root.querySelectorAll('*')] as (Element & { hasUpdated?: boolean })[];
      await until(() => els.every((e) => e.hasUpdated && !e.hasAttribute('data-loading') && e.getAttribute('state') !== 'loading'), 8000, 'every element rendered');
      await until(() => g.__missieMentaal!.prefetched!.size === 0, 3000, 'every prefetched answer taken by an element');
      const prefetched = [...new Set(fake.calls.map((c) => c.url.href))];
      // Eight distinct requests, each made once: the two weeks ask for the same campaigns as the
      // two banners; each campaign then leads to its week (the second filtered by the campaign),
      // although a banner asked for that campaign first.
      // Nothing for a campaign that is no slug (the contract's SLUG, at most SLUG_MAX long): the
      // banner does not ask for it, so a prefetched answer would never be taken.
      expect(prefetched, JSON.stringify(prefetched, null, 1)).to.have.length(8);
      const byUrl = new Map<string, number>();
      for (const c of fake.calls) byUrl.set(c.url.href, (byUrl.get(c.url.href) ?? 0) + 1);
      for (const url of prefetched) expect(byUrl.get(url), url).to.equal(1);
      expect(prefetched).to.include('https://api.test/api/v1/campaigns/current');
      expect(prefetched.some((u) => u.startsWith('https://api.test/api/v1/activities?audience=jongeren&from=') && u.endsWith('&limit=5'))).to.equal(true);
      expect(prefetched).to.include('https://api.test/api/v1/activities?from=2026-06-01&limit=200&mode=online&to=2026-06-07');
      expect(prefetched.some((u) => u.startsWith('https://other.test/api/v1/activities?from='))).to.equal(true);
      expect(prefetched).to.include('https://api.test/api/v1/activities?from=2026-06-01&limit=200&to=2026-06-07');
      expect(prefetched).to.include('https://api.test/api/v1/activities?audience=ouders&from=2026-09-07&limit=200&to=2026-09-13');
      // A value the elements refuse (they tell the webmaster) is asked of nobody: the API
      // would only answer 400, a red line in the console.
      expect(fake.calls.map((c) => c.url.href).filter((u) => /jongere\b|wandelen|1-6-2026/.test(u))).to.deep.equal([]);
      // Every request came from the loader (an element's own request carries its abort signal).
      expect(fake.calls.filter((c) => c.init?.signal).map((c) => c.url.href)).to.deep.equal([]);
    } finally {
      fake.restore();
    }
  });
});
