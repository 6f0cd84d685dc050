/**
 * One polite live region per element, for what a screen-reader user must hear without
 * moving focus: how many results a search found, that a week loaded or failed. Sighted
 * visitors see the same news on screen; this only makes it heard.
 *
 * `say()` speaks a sentence; the same sentence twice is spoken twice (a no-break space is
 * added, since a live region that does not change is not read again). The host renders
 * `region()` once, always, so the region exists before the first sentence (a region added
 * together with its text is not read by every screen reader).
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export class Announcer implements ReactiveController {
  private text = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the region says now. */
  get said(): string {
    return this.text;
  }

  say(text: string): void {
    this.text = this.text === text ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }
}
