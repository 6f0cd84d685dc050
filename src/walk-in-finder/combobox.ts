/**
 * The place field: a WAI-ARIA APG combobox with a listbox popup ("Editable Combobox With List
 * Autocomplete"): focus stays in the input, `aria-activedescendant` points at the active
 * option, `aria-expanded` and `aria-controls` tell the popup's state, and:
 * - typing asks `/geocode/suggest` after a pause (`debounceMs`); an answer for older text is
 *   aborted, never shown; the number of suggestions is announced;
 * - a search (button, Enter, a chosen suggestion, my location), Escape and leaving the field
 *   cancel the pause and abort the request on its way: a late answer never opens the list over
 *   what the visitor does next. An answer opens the list only while the field has focus and
 *   still holds the text it was asked for;
 * - Down / Up open the list and move through it (wrapping), Enter chooses the active option
 *   (or, without one, searches for the typed text), Escape closes the list (a second Escape
 *   clears the field), Tab leaves as usual and closes the list;
 * - a pointer click on an option chooses it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { GeocodeSuggestion, GeocodeSuggestions as Suggestions } from '../contract/schema.js';
import { GeocodeSuggestions } from '../contract/walk-in-checkers.js';
import { apiUrl, getJson } from '../core/api.js';
import { isAbort } from '../core/controllers/data-task.js';

export interface ComboboxOptions {
  /** The API base (`https://…/api/v1/`). */
  api: () => string;
  /** A suggestion was chosen. */
  choose: (s: GeocodeSuggestion) => void;
  /** Enter without a chosen suggestion: search for the text. */
  submit: (text: string) => void;
  /** Say this in the element's live region. */
  say: (text: string) => void;
  /** "3 suggesties…" / "Geen suggesties." */
  count: (n: number) => string;
}

export class PlaceCombobox implements ReactiveController {
  text = '';
  items: GeocodeSuggestion[] = [];
  active = -1;
  expanded = false;
  debounceMs = 250;
  private timer?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly o: ComboboxOptions,
    /** Ids in the host's shadow root. */
    readonly ids = { input: 'place', list: 'place-list', hint: 'place-hint' },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
  }

  /** Put text in the field without asking for suggestions (a preset place, a chosen one). */
  set(text: string): void {
    this.text = text;
    this.close();
  }

  /** Stop asking: cancel the pause before a request and abort the request on its way. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
  }

  close(): void {
    this.cancel();
    this.expanded = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  private onInput(e: Event): void {
    this.text = (e.target as HTMLInputElement).value;
    this.active = -1;
    this.cancel();
    const q = this.text.trim();
    if (!q) {
      this.items = [];
      this.expanded = false;
      this.host.requestUpdate();
      return;
    }
    this.timer = setTimeout(() => void this.suggest(q), this.debounceMs);
  }

  private async suggest(q: string): Promise<void> {
    const abort = (this.abort = new AbortController());
    try {
      const r = await getJson<Suggestions>(apiUrl(this.o.api(), 'geocode/suggest', { q }), GeocodeSuggestions, { signal: abort.signal, maxAge: 600_000 });
      // Only an answer the visitor still waits for: not aborted, the field still focused and
      // still holding the text asked for (a late answer must not cover the results or buttons).
      if (abort.signal.aborted || !this.wanted(q)) return;
      this.items = r.data.items;
      this.active = -1;
      this.expanded = this.items.length > 0;
      this.o.say(this.o.count(this.items.length));
      this.host.requestUpdate();
    } catch (err) {
      // No suggestions is no error to show: Enter still searches for the typed text.
      if (!isAbort(err)) this.close();
    }
  }

  /** The field has focus and its text (trimmed) is still `q`. */
  private wanted(q: string): boolean {
    const input = this.host.shadowRoot?.getElementById(this.ids.input) as HTMLInputElement | null;
    return !!input && this.host.shadowRoot?.activeElement === input && input.value.trim() === q && this.text.trim() === q;
  }

  /** Leaving the field: stop asking now; close the list a moment later unless focus went into it. */
  private onBlur(): void {
    this.cancel();
    setTimeout(() => this.expanded && !this.host.shadowRoot?.activeElement?.closest?.('[role=listbox]') && this.close(), 150);
  }

  private move(by: number): void {
    if (!this.items.length) return;
    if (!this.expanded) {
      this.expanded = true;
      this.active = by > 0 ? 0 : this.items.length - 1;
    } else {
      const n = this.items.length;
      this.active = this.active < 0 ? (by > 0 ? 0 : n - 1) : (this.active + by + n) % n;
    }
    this.host.requestUpdate();
  }

  private pick(s: GeocodeSuggestion): void {
    this.set(s.value);
    this.o.choose(s);
  }

  private onKey(e: KeyboardEvent): void {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        this.move(1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.move(-1);
        break;
      case 'Enter': {
        e.preventDefault();
        const s = this.expanded ? this.items[this.active] : undefined;
        if (s) this.pick(s);
        else if (this.text.trim()) {
          this.close();
          this.o.submit(this.text.trim());
        }
        break;
      }
      case 'Escape':
        // Escape also stops suggestions on their way: they must not open after it.
        this.cancel();
        if (this.expanded) {
          e.preventDefault();
          this.close();
        } else if (this.text) {
          e.preventDefault();
          this.text = '';
          this.host.requestUpdate();
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
    }
  }

  /** The label, hint, input and popup, as one field. */
  // The keys are on the input (aria-activedescendant, APG): an option is never focused, so
  // its click (a pointer choosing it) needs no key listener of its own.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  render(label: string, hint: string): TemplateResult {
    const { input, list, hint: hintId } = this.ids;
    const open = this.expanded && this.items.length > 0;
    return html`<div class="combobox" part="place-field">
      <label for=${input} id=${`${input}-label`}>${label}</label>
      <span class="hint" id=${hintId}>${hint}</span>
      <input
        id=${input}
        part="place-input"
        type="text"
        role="combobox"
        aria-labelledby=${`${input}-label`}
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        enterkeyhint="search"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${list}
        aria-describedby=${hintId}
        aria-activedescendant=${open && this.active >= 0 ? `${list}-${this.active}` : nothing}
        .value=${this.text}
        @input=${(e: Event) => this.onInput(e)}
        @keydown=${(e: KeyboardEvent) => this.onKey(e)}
        @blur=${() => this.onBlur()}
      />
      <ul
        id=${list}
        role="listbox"
        part="suggestions"
        aria-label=${label}
        ?hidden=${!open}
      >
        ${open
          ? this.items.map(
              (s, i) =>
                html`<li
                  id=${`${list}-${i}`}
                  role="option"
                  aria-selected=${i === this.active ? 'true' : 'false'}
                  class=${i === this.active ? 'active' : ''}
                  @pointerdown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.pick(s)}
                >${s.label}</li>`,
            )
          : nothing}
      </ul>
    </div>`;
  }
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
