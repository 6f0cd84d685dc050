/**
 * The states an element shows while it has no data to show, written once: loading, empty
 * (with a way forward), error (with a retry), and stale (the last good answer, marked as
 * such), with their words, their styles and the host attribute that tells the page.
 *
 * Each element picks its own sentences for empty ("Geen activiteiten deze week") and puts
 * the views where its layout wants them; the look of the states is the same everywhere,
 * and so are their words (`state-messages.ts`). The views are in the chunk every element
 * downloads (the form and the finder will show them too); the words, the larger part, only
 * with the elements that show them so far (the banner shows nothing when it has nothing).
 */
import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * What the host page can style and wait for: `state="loading|ready|empty|error|stale"` on
 * the element (`stale`: shown, but the last good answer because the network failed).
 */
export type ViewState = 'loading' | 'ready' | 'empty' | 'error' | 'stale';

/**
 * The error with its sentence and, where the visitor can act, a retry button. Only the
 * sentence is the alert: an alert around the button would read "Opnieuw proberen" as news.
 */
export function errorView(text: string, retry?: [label: string, run: () => void]): TemplateResult {
  // One line each: template text is shipped as written.
  // The partner's fallback content (a link to the programme) shows below, through the slot.
  return html`<div class="state error" part="error"><p role="alert">${text}</p>${
    retry ? html`<button type="button" class="button" @click=${retry[1]}>${retry[0]}</button>` : nothing
  }<slot></slot></div>`;
}

/** Nothing found: a title, why, and the ways forward (never a dead end). */
export function emptyView(title: string, hint: string, actions: unknown): TemplateResult {
  return html`<div class="state empty" part="empty"><p class="state-title">${title}</p><p>${hint}</p><p class="actions">${actions}</p></div>`;
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
`;
