/**
 * `mm-dismiss`: a visitor closed the banner; `detail.campaign` is its slug. Cancelable: a host
 * that calls `preventDefault()` keeps the banner (the "before" event Shoelace offers).
 */
export type MmDismissEvent = CustomEvent<{ campaign: string }>;

declare global {
  interface HTMLElementEventMap {
    'mm-dismiss': MmDismissEvent;
  }
}
