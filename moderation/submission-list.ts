/**
 * The submissions: a tab per status with its count (pending first), search on title,
 * organiser, reference and e-mail address, and pages of 20. Each row links to the
 * submission. The search and page live in the hash, so the back button returns to them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Host, Screen } from './host.js';
import { PAGE_SIZE, pager, readListParams, searchForm } from './list-parts.js';
import { STATUS_NAMES, plural, when } from './text.js';
import type { AdminSubmissionPage, SubmissionStatus } from './types.js';

const TABS: (SubmissionStatus | 'all')[] = ['pending', 'approved', 'rejected', 'cancelled', 'all'];

export const listHash = (status: SubmissionStatus | 'all', q: string, page: number) => {
  const p = new URLSearchParams({ status });
  if (q) p.set('q', q);
  if (page > 1) p.set('page', String(page));
  return `#/aanmeldingen?${p}`;
};

export class SubmissionList implements Screen {
  private readonly status: SubmissionStatus | 'all';
  private readonly q: string;
  private readonly page: number;
  private data: AdminSubmissionPage | null = null;
  private error = '';

  constructor(
    private readonly host: Host,
    params: URLSearchParams,
  ) {
    const s = params.get('status');
    this.status = (TABS as string[]).includes(s ?? '') ? (s as SubmissionStatus | 'all') : 'pending';
    ({ q: this.q, page: this.page } = readListParams(params));
  }

  async load(): Promise<void> {
    try {
      this.data = await this.host.api!.submissions({ status: this.status, q: this.q, page: this.page, size: PAGE_SIZE });
      const n = this.data.total;
      this.host.announce(this.q ? `${plural(n, 'aanmelding', 'aanmeldingen')} gevonden voor "${this.q}".` : `${plural(n, 'aanmelding', 'aanmeldingen')}.`);
    } catch (err) {
      this.error = this.host.errorOf(err);
    }
  }

  view(): TemplateResult {
    const d = this.data;
    const count = (s: SubmissionStatus | 'all') => (!d ? '' : s === 'all' ? Object.values(d.counts).reduce((a, b) => a + b, 0) : d.counts[s]);
    return html`<section aria-labelledby="lijst-kop">
      <h2 id="lijst-kop" tabindex="-1">Aanmeldingen</h2>
      <ul class="tabs" aria-label="Status">
        ${TABS.map(
          (s) => html`<li>
            <a href=${listHash(s, this.q, 1)} aria-current=${s === this.status ? 'true' : nothing}>${s === 'all' ? 'Alle' : STATUS_NAMES[s]} <span class="count">(${count(s)})</span></a>
          </li>`,
        )}
      </ul>
      ${searchForm('zoek-aanmelding', 'Zoek op titel, organisator, meldnummer of e-mailadres', this.q, (q) => this.host.go(listHash(this.status, q, 1)))}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${d && !d.items.length ? html`<p class="empty">${this.q ? 'Geen aanmeldingen gevonden. Probeer een ander zoekwoord.' : 'Er zijn hier geen aanmeldingen.'}</p>` : nothing}
      ${d?.items.length
        ? html`<ol class="cards">
            ${d.items.map(
              (s) => html`<li class="card">
                <h3><a href="#/aanmelding/${s.reference}">${s.input.title}</a></h3>
                <p class="meta">${s.input.organizer.name} · ${when(s.input.start)}</p>
                <p class="meta"><span class="badge ${s.status}">${STATUS_NAMES[s.status]}</span> · Meldnummer ${s.reference} · Aangemeld ${when(s.createdAt)}</p>
              </li>`,
            )}
          </ol>`
        : nothing}
      ${d ? pager(this.page, d.total, (n) => listHash(this.status, this.q, n)) : nothing}
    </section>`;
  }
}
