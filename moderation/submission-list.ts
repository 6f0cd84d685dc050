/**
 * The submissions: a tab per status with its count (pending first), search on title,
 * organiser, reference and e-mail address, and pages of 20. Each row links to the
 * submission. The search and page live in the hash, so the back button returns to them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Host, Screen } from './host.js';
import { STATUS_NAMES, plural, when } from './text.js';
import type { AdminSubmissionPage, SubmissionStatus } from './types.js';

const SIZE = 20;
const TABS: (SubmissionStatus | 'all')[] = ['pending', 'approved', 'rejected', 'all'];

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
    this.q = (params.get('q') ?? '').slice(0, 100);
    this.page = Math.max(1, Number(params.get('page')) || 1);
  }

  async load(): Promise<void> {
    try {
      this.data = await this.host.api!.submissions({ status: this.status, q: this.q, page: this.page, size: SIZE });
      const n = this.data.total;
      this.host.announce(this.q ? `${plural(n, 'aanmelding', 'aanmeldingen')} gevonden voor "${this.q}".` : `${plural(n, 'aanmelding', 'aanmeldingen')}.`);
    } catch (err) {
      this.error = this.host.errorOf(err);
    }
  }

  view(): TemplateResult {
    const d = this.data;
    const count = (s: SubmissionStatus | 'all') => (!d ? '' : s === 'all' ? d.counts.pending + d.counts.approved + d.counts.rejected : d.counts[s]);
    const search = (e: SubmitEvent) => {
      e.preventDefault();
      const q = ((e.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement).value.trim();
      this.host.go(listHash(this.status, q, 1));
    };
    const pages = d ? Math.max(1, Math.ceil(d.total / SIZE)) : 1;
    return html`<section aria-labelledby="lijst-kop">
      <h2 id="lijst-kop" tabindex="-1">Aanmeldingen</h2>
      <ul class="tabs" aria-label="Status">
        ${TABS.map(
          (s) => html`<li>
            <a href=${listHash(s, this.q, 1)} aria-current=${s === this.status ? 'true' : nothing}>${s === 'all' ? 'Alle' : STATUS_NAMES[s]} <span class="count">(${count(s)})</span></a>
          </li>`,
        )}
      </ul>
      <form class="search" role="search" @submit=${search}>
        <label for="zoek-aanmelding">Zoek op titel, organisator, kenmerk of e-mailadres</label>
        <div class="row">
          <input id="zoek-aanmelding" name="q" type="search" .value=${this.q} maxlength="100" autocomplete="off" />
          <button type="submit">Zoeken</button>
        </div>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${d && !d.items.length ? html`<p class="empty">${this.q ? 'Geen aanmeldingen gevonden. Probeer een ander zoekwoord.' : 'Er zijn hier geen aanmeldingen.'}</p>` : nothing}
      ${d?.items.length
        ? html`<ol class="cards">
            ${d.items.map(
              (s) => html`<li class="card">
                <h3><a href="#/aanmelding/${s.reference}">${s.input.title}</a></h3>
                <p class="meta">${s.input.organizer.name} · ${when(s.input.start)}</p>
                <p class="meta"><span class="badge ${s.status}">${STATUS_NAMES[s.status]}</span> · Kenmerk ${s.reference} · Aangemeld ${when(s.createdAt)}</p>
              </li>`,
            )}
          </ol>`
        : nothing}
      ${d && pages > 1
        ? html`<nav class="pager" aria-label="Pagina's">
            ${this.page > 1 ? html`<a href=${listHash(this.status, this.q, this.page - 1)}>Vorige pagina</a>` : nothing}
            <span>Pagina ${this.page} van ${pages}</span>
            ${this.page < pages ? html`<a href=${listHash(this.status, this.q, this.page + 1)}>Volgende pagina</a>` : nothing}
          </nav>`
        : nothing}
    </section>`;
  }
}
