/** The walk-in places: search (name, address, postcode, city), pages of 20, open places first. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Host, Screen } from './host.js';
import { PAGE_SIZE, pager, readListParams, searchForm } from './list-parts.js';
import { plural, when } from './text.js';
import type { AdminWalkInPage } from './types.js';

const hashOf = (q: string, page: number) => {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  if (page > 1) p.set('page', String(page));
  const s = p.toString();
  return `#/inloop${s ? `?${s}` : ''}`;
};

export class WalkInList implements Screen {
  private readonly q: string;
  private readonly page: number;
  private data: AdminWalkInPage | null = null;
  private error = '';

  constructor(
    private readonly host: Host,
    params: URLSearchParams,
  ) {
    ({ q: this.q, page: this.page } = readListParams(params));
  }

  async load(): Promise<void> {
    try {
      this.data = await this.host.api!.walkIns(this.q, this.page, PAGE_SIZE);
      this.host.announce(`${plural(this.data.total, 'inlooplocatie', 'inlooplocaties')}${this.q ? ` gevonden voor "${this.q}"` : ''}.`);
    } catch (err) {
      this.error = this.host.errorOf(err);
    }
  }

  view(): TemplateResult {
    const d = this.data;
    return html`<section aria-labelledby="inloop-kop">
      <h2 id="inloop-kop" tabindex="-1">Inlooplocaties</h2>
      <p><a class="button" href="#/inloop/nieuw">Nieuwe inlooplocatie</a></p>
      ${searchForm('zoek-inloop', 'Zoek op naam, adres, postcode of plaats', this.q, (q) => this.host.go(hashOf(q, 1)))}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${d && !d.items.length ? html`<p class="empty">Geen inlooplocaties gevonden.</p>` : nothing}
      ${d?.items.length
        ? html`<ol class="cards">
            ${d.items.map(
              ({ walkIn: w, closedAt }) => html`<li class="card">
                <h3><a href="#/inloop/${encodeURIComponent(w.id)}">${w.name}</a></h3>
                <p class="meta">${w.address}, ${w.postcode} ${w.city}</p>
                <p class="meta">${closedAt ? html`<span class="badge rejected">Gesloten sinds ${when(closedAt)}</span>` : html`<span class="badge approved">Open</span>`}${w.sample ? ' · Voorbeeld' : ''}</p>
              </li>`,
            )}
          </ol>`
        : nothing}
      ${d ? pager(this.page, d.total, (n) => hashOf(this.q, n)) : nothing}
    </section>`;
  }
}
