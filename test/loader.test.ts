import { expect, fixture, html } from '@open-wc/testing';
import { until } from './helpers/fake-fetch.js';
import { MmElement } from '../src/core/mm-element.js';

type Global = { __missieMentaal?: { api?: string; loader?: boolean } };
const g = globalThis as Global;
let copy = 0;
/** Each import with a new query string is a fresh copy of the loader, as a second script tag would be. */
const includeLoader = () => import(/* @vite-ignore */ `../src/loader.ts?copy=${++copy}`);

describe('loader (missie-mentaal.js)', () => {
  it('derives the API base from its own script URL', async () => {
    const tag = document.createElement('script');
    tag.type = 'text/plain'; // found by its src, never run
    tag.src = 'https://cdn.example.org/widgets/missie-mentaal.js';
    document.head.append(tag);
    delete g.__missieMentaal;
    await includeLoader();
    const state = (globalThis as Global).__missieMentaal; // read again: the loader has just set it
    expect(state?.loader).to.equal(true);
    expect(state?.api).to.equal('https://cdn.example.org/api/v1/');
    tag.remove();
  });

  it('imports only the chunks of the elements on the page', async () => {
    await fixture(html`<div><mm-campaign-banner api="https://api.invalid/api/v1/"></mm-campaign-banner></div>`);
    await until(() => !!customElements.get('mm-campaign-banner'), 5000, 'banner to be defined');
    expect(customElements.get('mm-week-calendar')).to.equal(undefined);
  });

  it('loads an element added to the page later', async () => {
    expect(customElements.get('mm-week-calendar')).to.equal(undefined);
    const el = document.createElement('mm-week-calendar');
    el.setAttribute('api', 'https://api.invalid/api/v1/');
    document.body.append(el);
    await until(() => !!customElements.get('mm-week-calendar'), 5000, 'week calendar to be defined');
    el.remove();
  });

  it('reserves space for elements that are not defined yet', async () => {
    const el = await fixture(html`<mm-not-yet-a-real-tag></mm-not-yet-a-real-tag>`);
    expect(getComputedStyle(el).display).to.equal('inline'); // only our own tags are touched
    const sheet = document.adoptedStyleSheets.find((s) => [...s.cssRules].some((r) => r.cssText.includes('mm-event-list:not(:defined)')));
    expect(sheet, 'reservation stylesheet').to.not.equal(undefined);
  });

  it('does its work once when included twice', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const sheets = document.adoptedStyleSheets.length;
    await includeLoader();
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
  });
});

describe('MmElement.define', () => {
  it('ignores the same version and warns once for another version, never throwing', () => {
    class A extends MmElement {}
    A.define('mm-test-define');
    class B extends MmElement {
      static override readonly version = '0.0.1-other';
    }
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      A.define('mm-test-define'); // same class, same version: silent
      expect(warnings.length).to.equal(0);
      // Another copy of the library (another class) of the same version: silent as well.
      class A2 extends MmElement {}
      A2.define('mm-test-define');
      expect(warnings.length).to.equal(0);
      // The registered class reports a version that differs from ours: one warning, no exception.
      Object.defineProperty(A, 'version', { value: '9.9.9' });
      B.define('mm-test-define');
      B.define('mm-test-define');
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0])).to.contain('already registered by version 9.9.9');
    } finally {
      console.warn = warn;
    }
  });
});
