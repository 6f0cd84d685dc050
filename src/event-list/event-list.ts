import { dutch } from '../core/lang.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { TaskStatus } from '@lit/task';
import { DataTask } from '../core/controllers/data-task.js';
import { ChunkedRender } from '../core/controllers/chunked-render.js';
import { RefreshWhenOnline } from '../core/controllers/refresh-when-online.js';
import { ActivityElement } from '../core/activity-element.js';
// The events it fires, typed in HTMLElementEventMap (one file per event).
import type {} from '../core/events/mm-select.js';
import type {} from '../core/events/mm-filter-change.js';
import { tokens, buttons } from '../core/tokens.js';
import { getJson, type Result } from '../core/api.js';
import { emptyView, errorView, staleView, stateStyles, type ViewState } from '../core/state-views.js';
import { errorText, stateMessages } from '../core/state-messages.js';
import { Misconfigured, warnAttribute } from '../core/attribute-check.js';
import { ACTIVITY_TYPES, AUDIENCES, PROVINCES } from '../contract/vocabulary.js';
import type { Activity, ActivityPage as Page } from '../contract/schema.js';
import { ActivityPage } from '../contract/checkers.js';
import {
  activitiesUrl,
  cleanFilters,
  feedUrl,
  groupByDay,
  placeText,
  type ActivityFilters,
} from '../core/activities.js';
import { activityDetails, activityWords, audienceText, continuation, detailsStyles, priceText, subscribeMenu, subscribeStyles, whenOn } from '../core/activity-view.js';
import { formatters, type Lang } from '../core/i18n.js';
import { todayKey } from '../core/dates.js';
import { messages, provinceNames, type EventListMessages } from './event-list.messages.js';
import { styles } from './event-list.styles.js';

/**
 * Activities rendered at once for a new answer: more than a phone or a desktop shows. The
 * rest follows after that first screenful is painted, `CHUNK` per task (docs/benchmark.md).
 */
export const FIRST_CHUNK = 20;
const CHUNK = 150;

/** The filters a visitor can pick in the filter bar (unless the partner fixed them). */
type Picked = 'audience' | 'type' | 'region' | 'mode';
const PICKED: readonly Picked[] = ['audience', 'type', 'region', 'mode'];

/**
 * Upcoming activities of Missie Mentaal, grouped by day, each opening in place to show
 * the details, registration and "add to calendar" links.
 *
 * Light-DOM content (a link to the full programme) shows until the element upgrades and is
 * hidden afterwards.
 *
 * Filters set with attributes are fixed by the partner: their select is not shown in the
 * filter bar (a visitor cannot change them) and they stay in every request.
 *
 * @summary A filterable list of upcoming activities, grouped by day.
 * @element mm-event-list
 *
 * @fires {MmFilterChangeEvent} mm-filter-change - A visitor changed a filter or the search; `detail.filters` holds every filter in use.
 *
 * @slot - Fallback content (a link to the programme), shown until the element upgrades and when the activities cannot be loaded.
 * @csspart filters - The filter bar.
 * @csspart filters-toggle - The "Filters" button that opens the filter bar in a narrow list (under 30em), so the first activity is in view.
 * @csspart subscribe - The "subscribe to this calendar" line.
 * @csspart body - The area with the list or the state message.
 * @csspart day - One day (a section with a heading and a list).
 * @csspart day-heading - The heading of a day.
 * @csspart item - One activity.
 * @csspart toggle - The button that opens an activity.
 * @csspart details - The opened part of an activity.
 * @csspart cancelled - The "Gaat niet door" label.
 * @csspart load-more - The "Meer laden" button.
 * @csspart empty - The "nothing found" message.
 * @csspart error - The error message with its retry button.
 * @csspart stale - The "Mogelijk niet actueel" note.
 *
 * @cssprop [--mm-event-list-loading-min-block-size=100vh] - Least height while loading and while activities show (the default estimates it from `limit`, at most a screenful).
 * @cssprop [--mm-event-list-day-heading-color=var(--mm-color-primary)] - Colour of the day headings.
 * @cssprop [--mm-event-list-item-border-color=var(--mm-color-border)] - Line between activities.
 * @cssprop [--mm-event-list-filters-background-color=var(--mm-color-surface-alt)] - Background of the filter bar.
 * @cssprop [--mm-event-list-cancelled-color=var(--mm-color-danger)] - Colour of the "Gaat niet door" label.
 */
export class EventList extends ActivityElement {
  static override styles = [tokens, buttons, stateStyles, styles, subscribeStyles, detailsStyles];

  /** First day (`YYYY-MM-DD`); default today (Dutch time). */
  @property() from = '';
  /** Last day (`YYYY-MM-DD`). */
  @property() to = '';
  /** Activities per page (default 20, at most 200); a "Meer laden" button asks for the next. */
  @property({ type: Number }) limit = 20;
  /** Show the filter bar: for whom, what, province, online or on site. A filter the partner fixed with an attribute is left out of it. */
  @property({ type: Boolean }) filters = false;
  /** Show a search box that searches as you type (after a short pause). */
  @property({ type: Boolean }) search = false;

  @state() private picked: Partial<Record<Picked, string>> = {};
  @state() private q = '';
  @state() private text = '';
  @state() private items?: Activity[];
  /** The first screenful of a new answer at once, the rest in chunks (see ChunkedRender). */
  private chunks = new ChunkedRender(this, () => this.view().entries, FIRST_CHUNK, CHUNK);
  @state() private cursor: string | null = null;
  @state() private stale = false;
  @state() private time = 0;
  @state() private open = new Set<string>();
  /** The filter bar opened with its "Filters" button (only a narrow list folds it). */
  @state() private filtersOpen = false;
  @state() private moreBusy = false;
  @state() private moreError = '';
  /** What the API searched for instead of `q` (see `ActivityPage.corrected`). */
  @state() private corrected?: string;

  private announce = false;
  private timer?: ReturnType<typeof setTimeout>;
  private moreAbort?: AbortController;
  private memo?: { items: Activity[]; from: string; to: string; shown: Activity[]; groups: Map<string, Activity[]>; entries: number };
  private cut?: { groups: Map<string, Activity[]>; limit: number; out: Map<string, Activity[]> };

  // A removed element stops asking; put back, it asks again (DataTask).
  private task = new DataTask(this, {
    task: async ([url], { signal }): Promise<Result<Page>> => {
      this.moreAbort?.abort();
      if (this.misconfigured) throw new Misconfigured();
      // Search answers are not kept for offline use: one per typed prefix would fill storage.
      return this.task.get(url, ActivityPage, { signal, persist: !this.q });
    },
    args: () => [activitiesUrl(this.apiBase, this.query(), { limit: this.pageSize })] as const,
    onComplete: (r) => {
      this.items = r.data.items;
      this.chunks.restart();
      this.cursor = r.data.nextCursor;
      this.corrected = this.q ? r.data.corrected : undefined;
      this.stale = r.stale;
      this.time = r.time;
      this.moreError = '';
      if (this.announce) this.announcer.say(this.countText());
      this.announce = false;
    },
    onError: () => {
      this.announce = false;
    },
  });
  // Back online after a failure or with out-of-date data: it asks again by itself.
  protected readonly online = new RefreshWhenOnline(this, this.task, () => this.stale);

  private get pageSize(): number {
    const n = Math.round(Number(this.limit));
    if (!(n >= 1 && n <= 200)) warnAttribute(this, 'limit', String(this.getAttribute('limit')), `write a number from 1 to 200; the list shows ${n > 200 ? 200 : 20}.`);
    return n >= 1 ? Math.min(n, 200) : 20;
  }

  /** Every filter in use: the partner's fixed ones win over the visitor's picks. */
  private query(withDefaultFrom = true): ActivityFilters {
    const f = cleanFilters({ ...this.fixedFilters(), from: this.from, to: this.to });
    for (const k of PICKED) if (!f[k] && this.picked[k]) f[k] = this.picked[k];
    if (this.q) f.q = this.q;
    if (withDefaultFrom && !f.from) f.from = todayKey();
    return f;
  }

  private get hasPicked(): boolean {
    return !!this.q || PICKED.some((k) => !this[k] && this.picked[k]);
  }

  /**
   * The activities shown, grouped per day. Grouping is the costly part: done once per loaded
   * data and day range. Without a `from` set by the partner, what already ended today is left
   * out (the API counts from the start of the day): only upcoming activities show.
   */
  private view(): { shown: Activity[]; groups: Map<string, Activity[]>; entries: number } {
    const items = this.items ?? [];
    const from = this.query().from ?? '';
    const to = this.to;
    const m = this.memo;
    if (m && m.items === items && m.from === from && m.to === to) return m;
    const now = Date.now();
    const shown = this.from ? items : items.filter((a) => Date.parse(a.end) > now);
    const groups = groupByDay(shown, from || undefined, to || undefined);
    let entries = 0;
    for (const list of groups.values()) entries += list.length;
    this.memo = { items, from, to, shown, groups, entries };
    return this.memo;
  }

  /** The first `limit` entries of the day groups (the same Map when all fit, so guards hold). */
  private firstEntries(groups: Map<string, Activity[]>, entries: number, limit: number): Map<string, Activity[]> {
    if (entries <= limit) return groups;
    const c = this.cut;
    if (c && c.groups === groups && c.limit === limit) return c.out;
    const out = new Map<string, Activity[]>();
    let left = limit;
    for (const [day, list] of groups) {
      if (left <= 0) break;
      out.set(day, list.length <= left ? list : list.slice(0, left));
      left -= list.length;
    }
    this.cut = { groups, limit, out };
    return out;
  }

  private countText(): string {
    const m = messages[this.language];
    const n = this.view().shown.length;
    return [this.correctedText(), this.cursor ? m.foundMore(n) : m.found(n)].filter(Boolean).join(' ');
  }

  /** Why the results are not for exactly what was typed: never a silent dead end. */
  private correctedText(): string {
    const m = messages[this.language];
    if (this.corrected === undefined || !this.q) return '';
    return this.corrected ? m.searchCorrected(this.q, this.corrected) : m.searchTooCommon(this.q);
  }

  private changed(): void {
    this.dropMore();
    this.announce = true;
    this.open = new Set();
    this.emit('mm-filter-change', { filters: this.query() });
  }

  private onSelect(e: Event): void {
    const select = e.target as HTMLSelectElement;
    this.picked = { ...this.picked, [select.dataset.key as Picked]: select.value };
    this.changed();
  }

  private onInput(e: Event): void {
    this.text = (e.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.applySearch(), 250);
  }

  private onSearchKey(e: KeyboardEvent): void {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    clearTimeout(this.timer);
    this.applySearch();
  }

  private applySearch(): void {
    const q = this.text.trim();
    if (q === this.q) return;
    this.q = q;
    this.changed();
  }

  private reset(): void {
    clearTimeout(this.timer);
    this.picked = {};
    this.q = '';
    this.text = '';
    this.changed();
    this.focusBody();
  }

  /** A new query: a "Meer laden" of the old one must not add its page to the new results. */
  private dropMore(): void {
    this.moreAbort?.abort();
    this.cursor = null;
  }

  private retry(): void {
    this.dropMore();
    this.announce = true;
    void this.task.retry();
    this.focusBody();
  }

  /** Keep focus in the widget when the control that had it goes away. */
  private focusBody(): void {
    this.renderRoot.querySelector<HTMLElement>('.body')?.focus();
  }

  private async loadMore(): Promise<void> {
    if (!this.cursor || this.moreBusy) return;
    const ctl = new AbortController();
    this.moreAbort = ctl;
    this.moreBusy = true;
    this.moreError = '';
    const lang = this.language;
    try {
      const url = activitiesUrl(this.apiBase, this.query(), { limit: this.pageSize, cursor: this.cursor });
      const r = await getJson(url, ActivityPage, { signal: ctl.signal, persist: !this.q });
      if (ctl.signal.aborted) return;
      const seen = new Set((this.items ?? []).map((a) => a.id));
      const fresh = r.data.items.filter((a) => !seen.has(a.id));
      this.items = [...(this.items ?? []), ...fresh];
      this.chunks.all(); // the first new item must exist to take focus
      this.cursor = r.data.nextCursor;
      if (r.stale) this.stale = true;
      this.announcer.say(messages[lang].loadedMore(fresh.length));
      await this.updateComplete;
      if (fresh[0]) this.renderRoot.querySelector<HTMLElement>(`button[data-id="${fresh[0].id}"]`)?.focus();
    } catch (err) {
      if (!ctl.signal.aborted) this.moreError = errorText(err, lang);
    } finally {
      if (this.moreAbort === ctl) this.moreBusy = false;
    }
  }

  /** Open or close an activity (one shared method for thousands of buttons, no closure each). */
  private onToggle(e: Event): void {
    const button = e.currentTarget as HTMLButtonElement;
    const key = button.dataset.key!;
    const open = new Set(this.open);
    if (open.delete(key)) {
      this.open = open;
      return;
    }
    open.add(key);
    this.open = open;
    const activity = this.items?.find((a) => a.id === button.dataset.id);
    if (activity) this.emit('mm-select', { activity });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // What the page can style and wait for (state-views.ts); `loading` also reserves height.
    const state: ViewState =
      this.task.status === TaskStatus.ERROR ? 'error' : !this.items ? 'loading' : !this.view().entries ? 'empty' : this.stale ? 'stale' : 'ready';
    this.setAttribute('state', state);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('items') || changed.has('structuredData')) this.syncJsonLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.moreAbort?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.syncJsonLd();
  }

  private syncJsonLd(): void {
    this.writeJsonLd(this.view().shown);
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const m = messages[lang];
    const failed = this.task.status === TaskStatus.ERROR;
    const busy = this.task.status === TaskStatus.PENDING;
    return html`
      ${this.filters || this.search ? this.renderFilters(m, lang) : nothing} ${this.renderSubscribe(lang)}
      ${this.announcer.region()}
      <div class="body" part="body" tabindex="-1" aria-busy=${busy ? 'true' : 'false'}>
        ${failed ? errorView(errorText(this.task.error, lang), this.task.error instanceof Misconfigured ? undefined : [stateMessages[lang].retry, this.retry]) : this.items ? this.renderResults(m, lang, busy) : this.renderLoading(lang)}
      </div>
    `;
  }

  private renderFilters(m: EventListMessages, lang: Lang): TemplateResult {
    const w = activityWords[lang];
    const select = (key: Picked, label: string, options: readonly string[], text: (v: string) => string) =>
      this[key]
        ? nothing
        : html`<div class="field">
            <label for="f-${key}">${label}</label>
            <select id="f-${key}" data-key=${key} @change=${this.onSelect}>
              <option value="" ?selected=${!this.picked[key]}>${m.all}</option>
              ${options.map((v) => html`<option value=${v} ?selected=${this.picked[key] === v}>${text(v)}</option>`)}
            </select>
          </div>`;
    const count = PICKED.filter((k) => this.picked[k]).length + (this.q ? 1 : 0);
    // Narrow (a phone), the bar folds into one button: otherwise four selects and a search
    // box fill the screen and no activity is in view. Wide, the button is not shown.
    return html`<button
        type="button"
        class="button quiet filters-toggle"
        part="filters-toggle"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        ${m.filtersToggle(count)}
      </button>
      <div class="filters ${this.filtersOpen ? 'open' : ''}" id="filters" part="filters" role="group" aria-label=${m.filters}>
      ${this.filters
        ? html`${select('audience', m.forWhom, AUDIENCES, (v) => w.audiences[v as keyof typeof w.audiences])}
          ${select('type', m.what, ACTIVITY_TYPES, (v) => w.types[v as keyof typeof w.types])}
          ${select('region', m.region, PROVINCES, (v) => provinceNames[v as keyof typeof provinceNames])}
          ${select('mode', m.mode, ['online', 'onsite'], (v) => w.modes[v as 'online' | 'onsite'])}`
        : nothing}
      ${this.search
        ? html`<div class="field search">
            <label for="f-q">${m.search}</label>
            <input
              id="f-q"
              type="search"
              autocomplete="off"
              enterkeyhint="search"
              .value=${live(this.text)}
              @input=${this.onInput}
              @keydown=${this.onSearchKey}
            />
          </div>`
        : nothing}
      ${this.hasPicked ? html`<button type="button" class="button quiet reset" @click=${this.reset}>${m.reset}</button>` : nothing}
    </div>`;
  }

  private renderSubscribe(lang: Lang): TemplateResult | typeof nothing {
    // A wrong attribute: the feed would carry it too, a calendar subscription that never fills.
    if (this.misconfigured) return nothing;
    const feed = feedUrl(this.apiBase, this.query(false));
    if (!/^https?:/.test(feed.https)) return nothing;
    return subscribeMenu(feed, lang);
  }

  private renderLoading(lang: Lang): TemplateResult {
    return html`<p class="loading">${stateMessages[lang].loading}</p>
      <div class="skeleton" aria-hidden="true">
        <div class="bone heading"></div>
        ${[1, 2, 3].map(() => html`<div class="bone item"></div>`)}
      </div>`;
  }

  private renderResults(m: EventListMessages, lang: Lang, busy: boolean): TemplateResult {
    const { groups: all, shown, entries } = this.view();
    const groups = this.firstEntries(all, entries, this.chunks.count);
    const f = formatters(lang);
    const level = this.level();
    return html`
      ${this.stale
        ? staleView(html`<strong>${stateMessages[lang].stale}.</strong> ${m.updatedAt(f.time(new Date(this.time)))}`)
        : nothing}
      ${groups.size === 0
        ? this.renderEmpty(m)
        : html`${this.filters || this.search ? html`<p class="count">${busy ? stateMessages[lang].loading : this.countText()}</p>` : nothing}
            <div class="days ${shown.length > 200 ? 'long' : ''}">
              ${guard([groups, this.open, lang, level, this.apiBase], () =>
                repeat(
                  groups,
                  ([day]) => day,
                  ([day, list]) => {
                    // Formatted once per day: it is also in the name of each activity's button.
                    const dayName = f.day(day);
                    return html`<section class="day" part="day">
                    <div class="day-heading" part="day-heading" role="heading" aria-level=${level}>${dayName}</div>
                    <ul class="items" role="list">
                      ${repeat(
                        list,
                        (a) => a.id,
                        (a) => {
                          const open = this.open.has(`${day}-${a.id}`);
                          // Only an item whose data or open state changed is rendered again.
                          return guard([a, open, lang, level, this.apiBase], () => this.renderItem(a, day, dayName, lang, open));
                        },
                      )}
                    </ul>
                  </section>`;
                  },
                ),
              )}
            </div>
            ${this.cursor
              ? html`<div class="more">
                  <button
                    type="button"
                    class="button quiet"
                    part="load-more"
                    aria-disabled=${this.moreBusy ? 'true' : 'false'}
                    @click=${this.loadMore}
                  >
                    ${this.moreBusy ? m.loadingMore : m.loadMore}
                  </button>
                </div>`
              : nothing}
            ${this.moreError ? html`<p class="state error" part="error" role="alert">${this.moreError}</p>` : nothing}`}
    `;
  }

  private renderItem(a: Activity, day: string, dayName: string, lang: Lang, open: boolean): TemplateResult {
    const w = activityWords[lang];
    const key = `${day}-${a.id}`;
    const cancelled = a.status === 'cancelled';
    const price = priceText(a, lang);
    const hidden = (label: string) => html`<span class="visually-hidden">${label}: </span>`;
    // Under each of its days, an activity of a few days says it goes on ("gaat verder",
    // "vervolg van maandag"), so it reads as one activity (as in the week calendar).
    const goesOn = continuation(a, day, lang);
    return html`<li class="item ${cancelled ? 'cancelled' : ''}" part="item">
      <div role="heading" aria-level=${this.level(1)} class="item-heading">
        <button
          type="button"
          class="toggle"
          part="toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="p-${key}"
          data-key=${key}
          data-id=${a.id}
          @click=${this.onToggle}
        >
          <span class="visually-hidden">${dayName}, </span><span class="when">${whenOn(a, day, lang)}</span>
          <span class="title" lang=${dutch(lang)}>${a.title}</span>
          ${goesOn ? html`<span class="continues">${goesOn}</span>` : nothing}
          ${cancelled ? html`<span class="badge" part="cancelled">${w.cancelled}</span>` : nothing}
        </button>
      </div>
      <ul class="meta" role="list">
        <li>${hidden(messages[lang].what)}${w.types[a.type]}</li>
        <li>${w.forWhom}: ${audienceText(a, lang)}</li>
        <li>${hidden(w.where)}${placeText(a, w.online)}${a.mode === 'hybrid' && a.location ? ` ${messages[lang].alsoOnline}` : ''}</li>
        ${price ? html`<li>${hidden(w.price)}${price}</li>` : nothing}
        <li>${hidden(w.organizer)}${a.organizer.name}</li>
      </ul>
      <div class="panel" id="p-${key}" ?hidden=${!open}>${open ? activityDetails(a, lang, this.apiBase) : nothing}</div>
    </li>`;
  }

  private renderEmpty(m: EventListMessages): TemplateResult {
    const all = this.allHref;
    return emptyView(
      m.empty,
      this.q ? m.emptySearch : this.hasPicked ? m.emptyFiltered : m.emptyNone,
      html`${this.hasPicked ? html`<button type="button" class="button" @click=${this.reset}>${m.reset}</button>` : nothing}
      ${all ? html`<a class="button quiet" href=${all}>${m.allActivities}</a>` : nothing}`,
    );
  }
}
