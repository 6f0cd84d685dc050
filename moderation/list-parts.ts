/** What the two lists (submissions, walk-in places) share: search text and page from the hash, the search form, the pager. */
import { html, nothing, type TemplateResult } from 'lit';

/** Rows per page in both lists. */
export const PAGE_SIZE = 20;

/** `q` (at most 100 characters) and `page` (from 1) of a list's hash route. */
export const readListParams = (params: URLSearchParams) => ({
  q: (params.get('q') ?? '').slice(0, 100),
  page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
});

/** A search form; `onSearch` gets the trimmed text. */
export function searchForm(id: string, label: string, q: string, onSearch: (q: string) => void): TemplateResult {
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    onSearch(((e.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement).value.trim());
  };
  return html`<form class="search" role="search" @submit=${submit}>
    <label for=${id}>${label}</label>
    <div class="row">
      <input id=${id} name="q" type="search" .value=${q} maxlength="100" autocomplete="off" />
      <button type="submit">Zoeken</button>
    </div>
  </form>`;
}

/** Links to the previous and next page, and where you are ("Pagina 2 van 5"); nothing for one page. */
export function pager(page: number, total: number, hrefOf: (page: number) => string): TemplateResult | typeof nothing {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return nothing;
  return html`<nav class="pager" aria-label="Pagina's">
    ${page > 1 ? html`<a href=${hrefOf(page - 1)}>Vorige pagina</a>` : nothing}
    <span>Pagina ${page} van ${pages}</span>
    ${page < pages ? html`<a href=${hrefOf(page + 1)}>Volgende pagina</a>` : nothing}
  </nav>`;
}
