/**
 * The moderation page: sign-in, then the screens of the hash routes
 * (`#/aanmeldingen?status=pending&q=&page=1`, `#/aanmelding/MM-2026-000123`, `#/inloop`,
 * `#/inloop/nieuw`, `#/inloop/<id>`). Lit's `render` into `<main>`; every value is bound
 * as text. One polite live region announces the result of each action; after a screen
 * opens, focus moves to its heading.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { AdminApi, ApiError } from './api.js';
import type { Host, Screen } from './host.js';
import { keepToken, readToken } from './session.js';
import { errorText } from './text.js';
import { signInView } from './sign-in.js';
import { SubmissionList } from './submission-list.js';
import { SubmissionDetail } from './submission-detail.js';
import { WalkInList } from './walk-in-list.js';
import { WalkInForm } from './walk-in-form.js';

export class App implements Host {
  api: AdminApi | null = null;
  private screen: Screen | null = null;
  private live = '';
  /** The result of the last action, shown above the screen it led to. */
  private notice = '';
  private carried = '';
  private loading = false;
  /** Why the moderator is at the sign-in form (a wrong or expired token, or signed out). */
  signInMessage = '';
  signInError = '';

  constructor(private readonly root: HTMLElement) {}

  start(): void {
    // The page's "loading" text gives way to the app.
    this.root.replaceChildren();
    const token = readToken();
    if (token) this.api = new AdminApi(token);
    addEventListener('hashchange', () => void this.route());
    void this.route();
  }

  /** Renders the page as it stands. */
  update = (): void => {
    render(this.view(), this.root);
  };

  /** Says `text` in the live region (cleared first, so the same text is said again). */
  announce(text: string): void {
    this.live = '';
    this.update();
    requestAnimationFrame(() => {
      this.live = text;
      this.update();
    });
  }

  /** Focuses the element matching `selector` after the next render (a heading or a field). */
  focus(selector: string): void {
    requestAnimationFrame(() => this.root.querySelector<HTMLElement>(selector)?.focus());
  }

  carry(text: string): void {
    this.carried = text;
  }

  /** Goes to `hash` (a route); the same hash loads the screen again. */
  go(hash: string): void {
    if (location.hash === hash) void this.route();
    else location.hash = hash;
  }

  async signIn(token: string): Promise<void> {
    const api = new AdminApi(token);
    try {
      await api.submissions({ status: 'pending', q: '', page: 1, size: 1 });
    } catch (err) {
      this.signInError = err instanceof ApiError && err.status === 401 ? 'Deze code klopt niet of werkt niet meer. Kijk of je de hele code hebt geplakt, of vraag een nieuwe code aan.' : this.errorOf(err);
      this.update();
      this.focus('#token');
      return;
    }
    keepToken(token);
    this.api = api;
    this.signInError = '';
    this.signInMessage = '';
    this.announce('Je bent ingelogd.');
    await this.route();
  }

  signOut(message = 'Je bent uitgelogd.'): void {
    keepToken(null);
    this.api = null;
    this.screen = null;
    this.signInMessage = message;
    this.update();
    this.announce(message);
    this.focus('h1');
  }

  /** The words for a failed call; an expired token signs out. */
  errorOf(err: unknown): string {
    if (err instanceof ApiError) {
      if (err.status === 401 && this.api) {
        queueMicrotask(() => this.signOut('Je code werkt niet meer. Log opnieuw in.'));
        return '';
      }
      const first = err.items[0];
      return first ? errorText(first.code, first.message) : 'Er ging iets mis op de server. Probeer het opnieuw.';
    }
    throw err;
  }

  private screenFor(hash: string): Screen {
    const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
    const params = new URLSearchParams(query);
    const [first, second] = path.split('/').map(decodeURIComponent);
    if (first === 'aanmelding' && second) return new SubmissionDetail(this, second);
    if (first === 'inloop' && second) return new WalkInForm(this, second === 'nieuw' ? null : second);
    if (first === 'inloop') return new WalkInList(this, params);
    return new SubmissionList(this, params);
  }

  async route(): Promise<void> {
    if (!this.api) return this.update();
    const screen = this.screenFor(location.hash);
    this.screen = screen;
    this.loading = true;
    this.update();
    try {
      await screen.load();
    } finally {
      this.loading = false;
    }
    if (this.screen !== screen) return;
    this.notice = this.carried;
    this.carried = '';
    this.update();
    if (this.notice) this.announce(this.notice);
    this.focus('h2');
  }

  private view(): TemplateResult {
    const section = location.hash.startsWith('#/inloop') ? 'inloop' : 'aanmeldingen';
    return html`
      <header class="top">
        <h1>Moderatie <span class="sub">Week van de Mentale Gezondheid</span></h1>
        ${this.api ? html`<button type="button" class="secondary" @click=${() => this.signOut()}>Uitloggen</button>` : nothing}
      </header>
      ${this.api
        ? html`<nav aria-label="Onderdelen">
            <a href="#/aanmeldingen" aria-current=${section === 'aanmeldingen' ? 'page' : nothing}>Aanmeldingen</a>
            <a href="#/inloop" aria-current=${section === 'inloop' ? 'page' : nothing}>Inlooplocaties</a>
          </nav>`
        : nothing}
      <div class="live" role="status" aria-live="polite">${this.live}</div>
      ${this.api && this.notice && !this.loading ? html`<p class="notice done">${this.notice}</p>` : nothing}
      ${!this.api ? signInView(this) : this.loading ? html`<p class="loading">Even geduld, de gegevens worden geladen…</p>` : (this.screen?.view() ?? nothing)}
    `;
  }
}
