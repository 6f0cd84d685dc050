/**
 * The states an element shows while it has no data to show, written once: loading, empty
 * (with a way forward), error (with a retry), and stale (the last good answer, marked as
 * such), with their words, their styles and the host attribute that tells the page.
 *
 * Each element picks its own sentences for empty ("Geen activiteiten deze week") and puts
 * the views where its layout wants them; the look and the words of the states are the same
 * everywhere. Only the elements that show these states download them: the banner shows
 * nothing when it has nothing (see `campaign-banner.ts`).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ApiError } from './api.js';
import type { Dictionary, Lang } from './i18n.js';

export interface StateMessages {
  loading: string;
  retry: string;
  stale: string;
  error: {
    offline: string;
    network: string;
    http: (status: number) => string;
    invalid: string;
    rateLimited: (seconds: number) => string;
    /** Keyed by `ApiError.kind`, as `offline`, `network` and `invalid` are. */
    'not-found': string;
  };
}

export const stateMessages: Dictionary<StateMessages> = {
  nl: {
    loading: 'Laden…',
    retry: 'Opnieuw proberen',
    stale: 'Mogelijk niet actueel',
    error: {
      offline: 'Je bent offline. Controleer je internetverbinding.',
      network: 'We kunnen de gegevens nu niet ophalen. Probeer het later opnieuw.',
      http: (status) => `Er ging iets mis bij de server (fout ${status}). Probeer het later opnieuw.`,
      invalid: 'De gegevens van de server kloppen niet. Probeer het later opnieuw.',
      rateLimited: (s) => `Je hebt het te vaak geprobeerd. Wacht ${s} seconden en probeer het opnieuw.`,
      'not-found': 'We kunnen dit niet vinden.',
    },
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    stale: 'May be out of date',
    error: {
      offline: 'You are offline. Check your internet connection.',
      network: 'We cannot load the information right now. Please try again later.',
      http: (status) => `Something went wrong on the server (error ${status}). Please try again later.`,
      invalid: 'The server sent information we cannot read. Please try again later.',
      rateLimited: (s) => `Too many attempts. Wait ${s} seconds and try again.`,
      'not-found': 'We cannot find this.',
    },
  },
};

/** A translated sentence for any error a request can end with. */
export function errorText(err: unknown, lang: Lang): string {
  const m = stateMessages[lang].error;
  if (!(err instanceof ApiError)) return m.network;
  if (err.kind === 'rate-limited') return m.rateLimited(err.retryAfter || 60);
  if (err.kind === 'http') return m.http(err.status);
  return m[err.kind];
}

/**
 * What the host page can style and wait for: `state="loading|ready|empty|error|stale"` on
 * the element (`stale`: shown, but the last good answer because the network failed).
 */
export type ViewState = 'loading' | 'ready' | 'empty' | 'error' | 'stale';

/**
 * The error with its sentence and, where the visitor can act, a retry button. Only the
 * sentence is the alert: an alert around the button would read "Opnieuw proberen" as news.
 */
export function errorView(err: unknown, lang: Lang, retry?: () => void): TemplateResult {
  // One line each: template text is shipped as written.
  return html`<div class="state error" part="error"><p role="alert">${errorText(err, lang)}</p>${
    retry ? html`<button type="button" class="button" @click=${retry}>${stateMessages[lang].retry}</button>` : nothing
  }</div>`;
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
