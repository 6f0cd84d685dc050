/** What the screens ask of the page (app.ts), as an interface so that they do not import it. */
import type { TemplateResult } from 'lit';
import type { AdminApi } from './api.js';

export interface Host {
  readonly api: AdminApi | null;
  signInMessage: string;
  signInError: string;
  /** Renders the page as it stands. */
  update(): void;
  /** Says `text` in the polite live region. */
  announce(text: string): void;
  /** Focuses the element matching `selector` after the next render. */
  focus(selector: string): void;
  /** Shows and says `text` when the next screen has opened (the result of an action that leaves this one). */
  carry(text: string): void;
  /** Goes to a hash route. */
  go(hash: string): void;
  signIn(token: string): Promise<void>;
  /** The words for a failed call (an expired token signs out). */
  errorOf(err: unknown): string;
}

/** One screen: loads its data, then renders. */
export interface Screen {
  load(): Promise<void>;
  view(): TemplateResult;
}
