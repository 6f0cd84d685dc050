import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { TaskStatus } from '@lit/task';
import { DataTask, isAbort } from '../../src/core/controllers/data-task.js';
import { apiUrl, clearCache, getJson } from '../../src/core/api.js';
import { Campaign } from '../../src/contract/checkers.js';
import { campaign2026 } from '../fixtures/activities.js';
import { fakeFetch, until, type FakeFetch } from '../helpers/fake-fetch.js';

const API = 'https://api.example.org/api/v1/';
const A = apiUrl(API, 'campaigns/a');
const B = apiUrl(API, 'campaigns/b');
const OTHER = apiUrl(API, 'campaigns/other');

/** Asks for A, then B (B fails while `failB`); records its errors. */
class TaskProbe extends LitElement {
  static override properties = { key: {} };
  key = '1';
  failB = false;
  errors: unknown[] = [];
  readonly task = new DataTask(this, {
    task: async ([], { signal }): Promise<string> => {
      await this.task.get(A, Campaign, { signal });
      return (await this.task.get(B, Campaign, { signal })).data.slug;
    },
    args: () => [this.key] as const,
    onError: (e) => this.errors.push(e),
  });
  override render() {
    return litHtml`${this.task.status}`;
  }
}
customElements.define('mm-task-probe', TaskProbe);

let fake: FakeFetch;
const calls = (url: string) => fake.calls.filter((c) => c.url.href === url).length;

describe('core/controllers/data-task', () => {
  beforeEach(() => {
    clearCache();
    fake = fakeFetch();
    fake.on('/campaigns/a', { body: { ...campaign2026, slug: 'a' } });
    fake.on('/campaigns/other', { body: { ...campaign2026, slug: 'other' } });
  });
  afterEach(() => fake.restore());

  it('retry() asks again for every address of the failed run, and only those', async () => {
    fake.on('/campaigns/b', { status: 500, body: { errors: [] } });
    const el = await fixture<TaskProbe>(html`<mm-task-probe></mm-task-probe>`);
    await until(() => el.task.status === TaskStatus.ERROR, 3000, 'error');
    // Another element's answer in the memory cache must survive this element's retry.
    await getJson(OTHER, Campaign);
    expect([calls(A), calls(B), calls(OTHER)]).to.deep.equal([1, 1, 1]);
    fake.on('/campaigns/b', { body: { ...campaign2026, slug: 'b' } });
    await el.task.retry();
    expect(el.task.value).to.equal('b');
    // A came from the memory cache before; a retry asks it again.
    expect([calls(A), calls(B)]).to.deep.equal([2, 2]);
    await getJson(OTHER, Campaign);
    expect(calls(OTHER)).to.equal(1);
  });

  it('reports real failures to onError, never an abort', async () => {
    fake.on('/campaigns/b', { delay: 1000, body: campaign2026 });
    const el = await fixture<TaskProbe>(html`<mm-task-probe></mm-task-probe>`);
    await until(() => calls(B) === 1, 3000, 'B asked');
    el.remove(); // StopWhenDetached aborts the pending run
    await until(() => el.task.status === TaskStatus.ERROR, 3000, 'aborted');
    expect(isAbort(el.task.error)).to.equal(true);
    expect(el.errors).to.have.length(0);
    fake.on('/campaigns/b', { status: 500, body: { errors: [] } });
    document.body.append(el); // put back: it runs again, and this failure is real
    await until(() => el.errors.length === 1, 3000, 'a real error');
    expect(isAbort(el.errors[0])).to.equal(false);
    el.remove();
  });
});
