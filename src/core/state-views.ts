/**
 * The states an element shows while it has no data to show, written once: loading, empty
 * (with a way forward), error (with a retry), and stale (the last good answer, marked as
 * such), with their words, their styles and the host attribute that tells the page.
 *
 * Each element picks its own sentences for empty ("Geen activiteiten deze week") and puts
 * the views where its layout wants them; the look of the states is the same everywhere.
 * The views are in the chunk every element downloads (the list, the week and the walk-in
 * finder show them); the shared words (`state-messages.ts`) travel with the list and the
 * week only: the finder has its own sentences (a crisis service, not activities), and the
 * banner shows nothing when it has nothing.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * What the host page can style and wait for: `state="loading|ready|empty|error|stale"` on
 * the element (`stale`: shown, but the last good answer because the network failed).
 */
export type ViewState = 'loading' | 'ready' | 'empty' | 'error' | 'stale';

/**
 * The error with its sentence and the ways forward: where the visitor can act, a retry button,
 * and `more` beside it (a link elsewhere). Only the sentence is the alert: an alert around
 * the button would read "Opnieuw proberen" as news. `fallback`: the partner's fallback content
 * (a link to the programme) shows below, through the slot; the walk-in finder has none to
 * show, its crisis notice is already in view.
 */
export function errorView(text: string, retry?: [label: string, run: () => void], more: unknown = nothing, fallback = true): TemplateResult {
  // One line each: template text is shipped as written.
  return html`<div class="state error" part="error"><p role="alert">${text}</p>${
    retry ? html`<p class="actions"><button type="button" class="button" @click=${retry[1]}>${retry[0]}</button>${more}</p>` : nothing
  }${fallback ? html`<slot></slot>` : nothing}</div>`;
}

/** Nothing found: a title, why, and the ways forward (never a dead end). An empty title or hint is left out. */
export function emptyView(title: string, hint: string, actions: unknown): TemplateResult {
  return html`<div class="state empty" part="empty">${title ? html`<p class="state-title">${title}</p>` : nothing}${hint ? html`<p>${hint}</p>` : nothing}<p class="actions">${actions}</p></div>`;
}

/** The last good answer is shown because the network failed: `content` says since when. */
export function staleView(content: unknown): TemplateResult {
  return html`<p class="state stale" part="stale">${content}</p>`;
}

export const stateStyles = css`
  .state {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    align-content: start;
    padding: var(--_mm-space);
    border: 2px solid var(--_mm-color-border);
    border-radius: var(--_mm-radius);
    background: var(--_mm-color-surface-alt);
  }
  .state p {
    margin: 0;
  }
  .state.error {
    border-color: var(--_mm-color-danger);
  }
  .state.error,
  .state.stale {
    border-inline-start-width: 6px;
  }
  .state-title {
    font-weight: 700;
    font-size: 1.125em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* No way forward to show here (the hallway screen, a hint that says it): no empty row. */
  .actions:empty {
    display: none;
  }
`;
