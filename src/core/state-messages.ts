/**
 * The words of the state views (`state-views.ts`): loading, retry, stale, and a sentence for
 * every error a request can end with, in Dutch and English.
 */
import { ApiError } from './api.js';
import { Misconfigured } from './attribute-check.js';
import type { Dictionary, Lang } from './lang.js';

export interface StateMessages {
  loading: string;
  retry: string;
  stale: string;
  error: {
    offline: string;
    network: string;
    /** The API did not answer within the deadline (`deadline` in api.ts). */
    timeout: string;
    /** An attribute the partner set makes no sense (attribute-check.ts): nothing to retry. */
    misconfigured: string;
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
      timeout: 'De server antwoordt niet. Probeer het zo opnieuw.',
      misconfigured: 'Deze agenda is niet goed ingesteld. Daarom zie je hier geen activiteiten. De beheerder van deze website kan dit oplossen.',
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
      timeout: 'The server does not answer. Please try again in a moment.',
      misconfigured: 'This calendar is not set up correctly, so no activities can be shown here. The administrator of this website can fix this.',
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
  if (err instanceof Misconfigured) return m.misconfigured;
  if (!(err instanceof ApiError)) return m.network;
  if (err.kind === 'rate-limited') return m.rateLimited(err.retryAfter || 60);
  if (err.kind === 'http') return m.http(err.status);
  return m[err.kind];
}
