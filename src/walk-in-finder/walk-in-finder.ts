import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { MmElement } from '../core/mm-element.js';
import { DataTask } from '../core/controllers/data-task.js';
import { Announcer } from '../core/controllers/announcer.js';
import { ChunkedRender } from '../core/controllers/chunked-render.js';
import { RefreshWhenOnline } from '../core/controllers/refresh-when-online.js';
import { ApiError, apiUrl, type Result } from '../core/api.js';
import { checkAttributeNames, choiceAttribute, warnAttribute } from '../core/attribute-check.js';
import { formatters } from '../core/i18n.js';
import { local } from '../core/storage.js';
import { dateKey } from '../core/dates.js';
import { tokens, buttons } from '../core/tokens.js';
import { emptyView, errorView, staleView, stateStyles, type ViewState } from '../core/state-views.js';
import { AUDIENCES } from '../contract/vocabulary.js';
import type { WalkInResult } from '../contract/schema.js';
import { WalkInList } from '../contract/walk-in-checkers.js';
import { PlaceCombobox } from './combobox.js';
import { GeoError, locate, type GeoFailure } from './geolocation.js';
import { OpenClock } from './open-state.js';
import { placeCard, selectPlaces } from './results.js';
import { messages, type FinderMessages } from './walk-in-finder.messages.js';
import { styles } from './walk-in-finder.styles.js';
import type { PlacesMap } from './map.js';

/** Where to search: the API's `near` (`lat,lon` or a place), and the name to show for it. */
interface Where {
  near: string;
  label?: string;
}

/** An answer of `/walk-ins` (the server adds the place it searched from). */
interface Answer {
  items: WalkInResult[];
  origin?: { lat: number; lon: number; label: string };
}

interface Found {
  items: WalkInResult[];
  /** Nothing within the radius: these are the nearest few farther away. */
  farther: boolean;
  label: string;
  origin?: { lat: number; lon: number } | undefined;
  /** Shown from storage because the API failed; `otherPlace`: an answer for another place. */
  stale: boolean;
  otherPlace: boolean;
  time: number;
}

interface Stored {
  near: string;
  found: Found;
}

/** Radius choices in km. */
const RADII = [5, 10, 25, 50, 100] as const;
/** How many farther places to show when nothing is within the radius. */
const FARTHER = 3;
/** The national overview of help, for when the API is down (113 Zelfmoordpreventie). */
export const OVERVIEW_URL = 'https://www.113.nl/';
/** Where the last good answer is kept (localStorage, + the partner's `audience`). */
const LAST_KEY = 'walk-ins:last:';

class UnknownPlace extends Error {}

/**
 * Finds the walk-in places (inloophuizen, often with peer experts) nearest to a postcode, a
 * place or the visitor's own position, and says in words whether each is open now, on
 * Amsterdam clocks, recomputed every minute while the page stays open. The list is complete
 * on its own; `map` adds a map (Leaflet with PDOK tiles, loaded only then).
 *
 * How to get help right now (113 Zelfmoordpreventie, 112) shows in every state: while
 * loading, when nothing is found and when the API is down. Put the same notice in the light
 * DOM as fallback content: it shows until the element upgrades and when its code cannot load.
 *
 * The visitor's position is asked only when they press "Gebruik mijn locatie", and rounded to
 * about 1 km (two decimals) before it is sent. The last good answer is kept in localStorage
 * and shown, marked as possibly out of date, when the API cannot be reached.
 *
 * @summary The nearest walk-in places, open now, with the crisis numbers always in view.
 * @element mm-walk-in-finder
 *
 * @slot - Fallback content (the crisis notice and a link to an overview of help), shown until the element upgrades and when its code cannot load.
 * @csspart crisis - The "Heb je nu direct hulp nodig?" notice (always shown).
 * @csspart search - The place field, search and location buttons.
 * @csspart place-field - The place field with its label and suggestions.
 * @csspart place-input - The text input of the place field.
 * @csspart suggestions - The list of suggestions under the place field.
 * @csspart locate - The "Gebruik mijn locatie" button.
 * @csspart filters - The filters (open now, for young people, distance).
 * @csspart body - The area with the results or the state message.
 * @csspart list - The list of places.
 * @csspart place - One place.
 * @csspart open-state - The open state of a place in words.
 * @csspart facts - Peer experts, free, appointment, wheelchair access.
 * @csspart actions - Route, call and website links of a place.
 * @csspart error - The message when the API cannot be reached.
 * @csspart stale - The "Mogelijk niet actueel" note.
 * @csspart map - The map (with `map`).
 *
 * @cssprop [--mm-walk-in-finder-crisis-background-color=var(--mm-color-surface-alt, #f5f1f8)] - Background of the crisis notice.
 * @cssprop [--mm-walk-in-finder-crisis-border-color=var(--mm-color-primary, #6b2c91)] - Edge of the crisis notice.
 * @cssprop [--mm-walk-in-finder-open-color=var(--mm-color-success, #1e6b34)] - Colour of "Nu open" (always with words).
 * @cssprop [--mm-walk-in-finder-map-block-size=24em] - Height of the map.
 * @cssprop [--mm-walk-in-finder-loading-min-block-size=28em] - Least height while searching, so the page below does not move.
 */
export class WalkInFinder extends MmElement {
  static override styles = [tokens, buttons, stateStyles, styles];

  /** Start near this postcode or place (`3511`, `Utrecht`); the visitor can search elsewhere. */
  @property() near = '';
  /** Only places for this audience (`jongeren`, …; places for `iedereen` too). Fixed by the partner. */
  @property() audience = '';
  /** Show a map next to the list (Leaflet and PDOK tiles, loaded only then; needs `img-src https://service.pdok.nl` in a CSP). */
  @property({ type: Boolean }) map = false;
  /** How far to look at first, in km (1–300, default 25); the visitor can change it. */
  @property() radius = '';
  /** Show open states as at this moment (ISO 8601 with offset), for previews; empty: the clock. */
  @property() now = '';

  @state() private where?: Where;
  @state() private geo: 'idle' | 'busy' | GeoFailure = 'idle';
  @state() private openNow = false;
  @state() private young = false;
  @state() private picked?: number;
  @state() private selected = '';

  @query('.map') private mapBox?: HTMLElement;
  private mapView?: PlacesMap;
  private announceNext = false;

  private readonly announcer = new Announcer(this);
  private readonly clock = new OpenClock(this, () => this.now);
  private readonly combo = new PlaceCombobox(this, {
    api: () => this.apiBase,
    choose: (s) => this.search({ near: `${s.lat},${s.lon}`, label: s.value }),
    submit: (text) => this.search({ near: text }),
    say: (t) => this.announcer.say(t),
    count: (n) => (n ? this.m.suggestions(n) : this.m.noSuggestions),
  });
  private readonly chunks = new ChunkedRender(this, () => this.shown().length, 20, 50);

  private readonly task = new DataTask(this, {
    task: async ([where, radius, audience, base], { signal }): Promise<Found | undefined> => {
      if (!where) return undefined;
      const ask = (r: number, limit: number) =>
        this.task.get<Answer>(apiUrl(base, 'walk-ins', { near: where.near, radius: r, audience, limit }), WalkInList, { signal, persist: true });
      let r: Result<Answer>;
      try {
        r = await ask(radius, 200);
      } catch (err) {
        if (err instanceof ApiError && err.kind === 'not-found') throw new UnknownPlace(where.near);
        const last = local.getJson<Stored>(LAST_KEY + audience);
        if (last?.found?.items) return { ...last.found, stale: true, otherPlace: last.near !== where.near };
        throw err;
      }
      const label = where.label ?? r.data.origin?.label ?? where.near;
      const origin = r.data.origin ?? undefined;
      let found: Found = { items: r.data.items, farther: false, label, origin, stale: r.stale, otherPlace: false, time: r.time };
      if (!r.data.items.length) {
        const far = await ask(300, FARTHER);
        found = { ...found, items: far.data.items, farther: true, stale: r.stale || far.stale };
      }
      // The nearest 50 are plenty for a day the API is down (and keep storage small).
      // Per audience: a finder for young people never shows another finder's places.
      if (!found.stale) local.setJson(LAST_KEY + audience, { near: where.near, found: { ...found, items: found.items.slice(0, 50) } } satisfies Stored);
      return found;
    },
    args: () => [this.where, this.radiusKm, this.fixedAudience, this.apiBase] as const,
    onComplete: (f) => {
      this.chunks.restart();
      if (f && this.announceNext) this.announcer.say(this.summary(f));
      this.announceNext = false;
    },
    onError: (e) => {
      if (this.announceNext) this.announcer.say(e instanceof UnknownPlace ? this.m.unknownPlace(e.message) : this.m.apiDown);
      this.announceNext = false;
    },
  });
  protected readonly online = new RefreshWhenOnline(this, this.task, () => !!this.task.value?.stale);

  private get m(): FinderMessages {
    return messages[this.language];
  }

  /** The partner's `audience`, checked (a wrong value is told to the webmaster and ignored). */
  private get fixedAudience(): string {
    return (this.audience && choiceAttribute(this, 'audience', this.audience, AUDIENCES)?.split(',')[0]) || '';
  }

  /** The partner's `radius` (default 25 km), unless the visitor picked another. */
  private get radiusKm(): number {
    if (this.picked) return this.picked;
    if (!this.radius) return 25;
    const n = Number(this.radius);
    if (n >= 1 && n <= 300) return n;
    warnAttribute(this, 'radius', this.radius, 'write a distance in km from 1 to 300, for example radius="10"; the finder uses 25.');
    return 25;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    checkAttributeNames(this, (this.constructor as typeof WalkInFinder).observedAttributes);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('near') && this.near.trim()) {
      this.combo.set(this.near.trim());
      this.where = { near: this.near.trim() };
    }
  }

  private search(where: Where): void {
    // A search closes the suggestions and stops any still on their way (a late answer would
    // otherwise open the list over the results and the buttons).
    this.combo.close();
    this.geo = 'idle';
    this.selected = '';
    this.announceNext = true;
    // The same place again (Enter once more, or after a failure) asks again.
    if (this.where?.near === where.near) void this.task.retry();
    else this.where = where;
  }

  private async useLocation(): Promise<void> {
    this.geo = 'busy';
    this.announcer.say(this.m.locating);
    try {
      const p = await locate();
      this.combo.set('');
      this.search({ near: `${p.lat},${p.lon}`, label: this.m.myLocation });
    } catch (err) {
      this.geo = err instanceof GeoError ? err.reason : 'unavailable';
    }
  }

  /** The places shown now, for the visitor's filters, at the clock's minute. */
  private shown(f: Found | undefined = this.task.value): WalkInResult[] {
    if (!f) return [];
    const all = f.farther;
    return selectPlaces(f.items, { openNow: this.openNow && !all, young: this.young && !all, radiusKm: all ? Infinity : this.radiusKm }, this.clock.now());
  }

  private summary(f: Found): string {
    const m = this.m;
    if (f.farther) return `${m.nothingNear(formatters(this.language).number(this.radiusKm), f.label)} ${f.items.length ? m.nearestFarther : ''}`.trim();
    return m.found(this.shown(f).length, f.label);
  }

  private viewState(): ViewState {
    const s = this.task.status;
    if (s === TaskStatus.PENDING) return 'loading';
    if (s === TaskStatus.ERROR) return 'error';
    const f = this.task.value;
    if (f?.stale) return 'stale';
    return f && !f.farther && f.items.length ? 'ready' : 'empty';
  }

  protected override updated(): void {
    // No place yet: no state (nothing was asked).
    if (this.where) this.setAttribute('state', this.viewState());
    else this.removeAttribute('state');
    void this.syncMap();
  }

  /** The map is its own chunk (Leaflet), loaded only with `map` and once there are places. */
  private async syncMap(): Promise<void> {
    const box = this.mapBox;
    if (!this.map || !box) {
      this.mapView?.remove();
      this.mapView = undefined;
      return;
    }
    const places = this.shown();
    if (!this.mapView) {
      const { PlacesMap } = await import('./map.js');
      if (this.mapView || !box.isConnected) return;
      this.mapView = new PlacesMap(box, this.m, (id) => this.choose(id, false));
    }
    this.mapView.show(places, this.selected, this.task.value?.origin);
  }

  /** A place chosen in the list (show it on the map) or on the map (show it in the list). */
  private choose(id: string, fromList: boolean): void {
    this.selected = id;
    if (fromList) {
      // On a phone the map is below the list: bring it into view (the focus stays on the button).
      const box = this.mapBox;
      const r = box?.getBoundingClientRect();
      if (box && r && (r.bottom < 0 || r.top > innerHeight)) box.scrollIntoView({ block: 'nearest' });
      return;
    }
    this.chunks.all();
    void this.updateComplete.then(() => {
      const li = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
      li?.scrollIntoView({ block: 'nearest' });
      li?.querySelector<HTMLElement>('a, button')?.focus({ preventScroll: true });
    });
  }

  private renderCrisis(): TemplateResult {
    const c = this.m.crisis;
    return html`<div class="crisis" part="crisis" role="note" aria-label=${c.title}>
      <p><strong>${c.title}</strong> ${c.before} <a href="tel:113">113</a> ${c.or} <a href="tel:08000113">0800-0113</a> ${c.free}
        <a href="https://www.113.nl/">${c.chat}</a>.</p>
      <p>${c.danger} <a href="tel:112">112</a>.</p>
    </div>`;
  }

  private renderSearch(): TemplateResult {
    const m = this.m;
    const busy = this.geo === 'busy';
    const geoProblem = this.geo !== 'idle' && this.geo !== 'busy' ? m.geo[this.geo] : '';
    return html`<form class="search" part="search" role="search" @submit=${(e: Event) => e.preventDefault()}>
      ${this.combo.render(m.place, m.placeHint)}
      <div class="search-buttons">
        <button type="button" class="button" @click=${() => this.combo.text.trim() && this.search({ near: this.combo.text.trim() })}>${m.search}</button>
        <button type="button" class="button quiet" part="locate" aria-disabled=${busy ? 'true' : 'false'} @click=${() => !busy && void this.useLocation()}>
          ${busy ? m.locating : m.locate}
        </button>
      </div>
      ${geoProblem ? html`<p class="problem" role="alert">${geoProblem}</p>` : nothing}
    </form>`;
  }

  private renderFilters(): TemplateResult {
    const m = this.m;
    const f = formatters(this.language);
    return html`<fieldset class="filters" part="filters">
      <legend class="visually-hidden">${m.filters}</legend>
      <label class="check"><input type="checkbox" .checked=${this.openNow} @change=${(e: Event) => this.setFilter('openNow', (e.target as HTMLInputElement).checked)} />${m.openNow}</label>
      ${this.fixedAudience
        ? nothing
        : html`<label class="check"><input type="checkbox" .checked=${this.young} @change=${(e: Event) => this.setFilter('young', (e.target as HTMLInputElement).checked)} />${m.young}</label>`}
      <label class="radius">${m.radius}
        <select @change=${(e: Event) => this.setRadius(Number((e.target as HTMLSelectElement).value))}>
          ${[...new Set([...RADII, this.radiusKm])].sort((a, b) => a - b).map((r) => html`<option value=${r} ?selected=${r === this.radiusKm}>${m.km(f.number(r))}</option>`)}
        </select>
      </label>
    </fieldset>`;
  }

  private setFilter(which: 'openNow' | 'young', on: boolean): void {
    this[which] = on;
    this.chunks.restart();
    const f = this.task.value;
    if (f) void this.updateComplete.then(() => this.announcer.say(this.summary(f)));
  }

  private setRadius(km: number): void {
    this.picked = km;
    this.announceNext = true;
  }

  private renderError(): TemplateResult {
    const m = this.m;
    const e = this.task.error;
    if (e instanceof UnknownPlace) return html`<p class="state problem" part="error">${m.unknownPlace(e.message)}</p>`;
    // No fallback slot: the partner's fallback is the crisis notice, already in view.
    return errorView(m.apiDown, [m.retry, () => void this.task.retry()], html`<a class="button quiet" href=${OVERVIEW_URL}>${m.overview}</a>`, false);
  }

  private renderFound(f: Found): TemplateResult {
    const m = this.m;
    const places = this.shown();
    const when = formatters(this.language);
    // When it was loaded, on Amsterdam's calendar and clock.
    const at = new Date(f.time);
    const [day, time] = [when.date(dateKey(at)), when.time(at)];
    const now = this.clock.now();
    return html`
      ${f.stale ? staleView(f.otherPlace ? m.staleOther(f.label, day, time) : m.staleSince(day, time)) : nothing}
      ${f.farther
        ? emptyView(
            m.nothingNear(formatters(this.language).number(this.radiusKm), f.label),
            f.items.length ? m.nearestFarther : '',
            f.items.length ? nothing : html`<a href=${OVERVIEW_URL}>${m.overview}</a>`,
          )
        : html`<p class="summary">${m.found(places.length, f.label)}</p>`}
      ${!f.farther && !places.length && f.items.length
        ? emptyView('', m.nothingOpen, html`<button type="button" class="button quiet" @click=${() => this.setFilter(this.openNow ? 'openNow' : 'young', false)}>${m.showClosed}</button>`)
        : nothing}
      <div class="results">
        <ol class="list" part="list" aria-label=${m.label}>
          ${places.slice(0, this.chunks.count).map((w) =>
            placeCard(w, {
              lang: this.language,
              m,
              now,
              from: f.origin,
              headingLevel: this.level(1),
              selected: w.id === this.selected,
              map: this.map,
              onSelect: (p) => this.choose(p.id, true),
            }),
          )}
        </ol>
        ${this.map && places.length ? html`<div class="map" part="map" role="region" aria-label=${m.map}></div>` : nothing}
      </div>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const m = this.m;
    if (!this.where) return html`<p class="start">${m.start}</p>`;
    return this.task.render({
      // Not a live region of its own: one added with its text is not read by every screen
      // reader. The result (or the failure) is announced by the element's one announcer.
      pending: () => html`<p class="searching">${m.searching}</p><div class="skeleton" aria-hidden="true"></div>`,
      error: () => this.renderError(),
      complete: (f) => (f ? this.renderFound(f) : nothing),
    }) as TemplateResult;
  }

  override render() {
    return html`<section class="finder" aria-labelledby="heading">
      <div class="heading" id="heading" role="heading" aria-level=${this.level()}>${this.m.heading}</div>
      ${this.renderCrisis()} ${this.renderSearch()} ${this.where ? this.renderFilters() : nothing}
      ${this.announcer.region()}
      <div class="body" part="body" aria-busy=${this.where && this.task.status === TaskStatus.PENDING ? 'true' : 'false'}>${this.renderBody()}</div>
    </section>`;
  }
}
