/**
 * `mm-submitted`: the activity form's report was received; `detail.reference` is its
 * reference (`MM-2026-000042`, the pattern `REFERENCE` in the contract), the one the
 * partner finds in the confirmation e-mail.
 */
export type MmSubmittedEvent = CustomEvent<{ reference: string }>;

declare global {
  interface HTMLElementEventMap {
    'mm-submitted': MmSubmittedEvent;
  }
}
