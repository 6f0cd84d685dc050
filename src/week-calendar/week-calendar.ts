import { dutch } from '../core/lang.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { DataTask, isAbort } from '../core/controllers/data-task.js';
import { RovingFocus } from '../core/controllers/roving-focus.js';
import { ActivityElement } from '../core/activity-element.js';
import { apiUrl } from '../core/api.js';
import { emptyView, errorView, stateStyles, type ViewState } from '../core/state-views.js';
import { errorText, stateMessages } from '../core/state-messages.js';
import { Misconfigured } from '../core/attribute-check.js';
import type { Activity, ActivityPage as Page } from '../contract/schema.js';
import { ActivityPage, Campaign } from '../contract/checkers.js';
import { dayRange } from '../core/calendar.js';
import { activitiesUrl, activityDays, feedUrl, groupByDay, isLong, placeText, type ActivityFilters } from '../core/activities.js';
import { activityDetails, activityWords, audienceText, continuation, detailsStyles, priceText, subscribeMenu, subscribeStyles, whenOn, whenText } from '../core/activity-view.js';
import { safeUrl } from '../contract/vocabulary.js';
import { RefreshWhenOnline } from '../core/controllers/refresh-when-online.js';
// The events it fires, typed in HTMLElementEventMap (one file per event).
import type {} from '../core/events/mm-select.js';
import type {} from '../core/events/mm-week-change.js';
import { addDays, dateKey, isDateKey, isoWeekday, mondayOf, todayKey } from '../core/dates.js';
import { coreMessages, formatters, type Lang } from '../core/i18n.js';
import { buttons, tokens } from '../core/tokens.js';
import { messages } from './week-calendar.messages.js';
import { styles } from './week-calendar.styles.js';

/** A week's activities: per day (sorted), and each of them once (multi-day ones sit under several days). */
interface WeekView {
  byDay: Map<string, Activity[]>;
  items: Activity[];
}

/** What one load of a week gives: its Monday, its activities and whether they may be old. */
export interface WeekData extends WeekView {
  monday: string;
  stale: boolean;
  time: number;
  /**
   * Only while a busy week's later answer pages are on their way: the first day (`YYYY-MM-DD`,
   * Amsterdam) whose activities are not all in yet. The API sends a week sorted by start, so
   * every day before the last start seen is complete; it and the days after it show "Laden…".
   */
  through?: string;
}

// Grouping a national week (2,000 activities, 10 answer pages) takes a few ms and a lot of
// garbage. A week read again from the memory cache (a second calendar on the page, "this
// week" after "next week") brings the same page objects, so it reuses what was made of them.
const views = new WeakMap<Page, { monday: string; pages: Page[]; view: WeekView }>();

function weekView(monday: string, pages: Page[]): WeekView {
  const hit = views.get(pages[0]!);
  if (hit && hit.monday === monday && hit.pages.length === pages.length && hit.pages.every((p, i) => p === pages[i])) return hit.view;
  const seen = new Map<string, Activity>();
  for (const p of pages) for (const a of p.items) seen.set(a.id, a);
  const byDay = groupByDay([...seen.values()], monday, addDays(monday, 6));
  const view = { byDay, items: [...new Set([...byDay.values()].flat())] };
  views.set(pages[0]!, { monday, pages, view });
  return view;
}

/** The week a school is in: this one from Monday to Friday, the next one at the weekend. */
const schoolWeek = (today: string): string => (isoWeekday(today) >= 6 ? addDays(mondayOf(today), 7) : mondayOf(today));

const MAX_PAGES = 10;
/**
 * Activities shown per day before a "Toon nog 12 activiteiten" button. A school sees its
 * week at a glance, and a national week with hundreds a day renders fast; printing shows all.
 */
export const DAY_LIMIT = 8;
/** On a hallway screen fewer: the whole week must fit the screen, and nobody scrolls there. */
export const DISPLAY_DAY_LIMIT = 4;

/**
 * "Week van 1 t/m 7 juni 2026", "… 29 juni t/m 5 juli 2026", "… 28 december 2026 t/m 3
 * januari 2027"; `kind` 'this' or 'next' for the hallway screen ("Deze week: 1 t/m 7 juni 2026").
 */
export function weekTitle(monday: string, lang: Lang, kind: 'week' | 'this' | 'next' = 'week'): string {
  const f = formatters(lang);
  const sunday = addDays(monday, 6);
  const from =
    monday.slice(0, 4) !== sunday.slice(0, 4)
      ? f.date(monday, true)
      : monday.slice(5, 7) !== sunday.slice(5, 7)
        ? f.date(monday)
        : String(+monday.slice(8));
  const m = messages[lang];
  return (kind === 'this' ? m.thisWeekTitle : kind === 'next' ? m.nextWeekTitle : m.title)(from, f.date(sunday, true));
}

/**
 * One week of Missie Mentaal activities, Monday to Sunday: by default the week of the
 * current campaign (the Week van de Mentale Gezondheid). Wide, it is a seven-column grid;
 * narrow, a day-by-day agenda (container queries: it follows its own width, not the
 * screen's). Each activity opens its details in a dialog. It prints as an A4 agenda, and
 * `display` turns it into a hallway screen that shows today first and refreshes itself.
 *
 * @summary A week of activities as a grid or an agenda, for sites, print and screens.
 * @element mm-week-calendar
 *
 * @fires {MmWeekChangeEvent} mm-week-change - A visitor chose another week; `detail.week` is its Monday (`YYYY-MM-DD`).
 *
 * @csspart base - The box around everything (the size container).
 * @csspart title - The week title.
 * @csspart nav - The previous / this / next week buttons.
 * @csspart status - The line under the title: loading, count, "Mogelijk niet actueel".
 * @csspart days - The list of seven days.
 * @csspart day - One day.
 * @csspart today - The day that is today.
 * @csspart activity - One activity card.
 * @csspart continues - "gaat verder" / "vervolg van maandag" on an activity that runs over a few days.
 * @csspart more - The "Toon nog 12 activiteiten" button under a day with many activities.
 * @csspart dialog - The dialog with the details of an activity.
 * @csspart details - The details inside the dialog.
 * @csspart subscribe - The "subscribe to this calendar" link.
 *
 * @cssprop [--mm-week-calendar-min-block-size=24em] - Height reserved for the days while loading, and for the empty and error messages, in the day-by-day agenda.
 * @cssprop [--mm-week-calendar-grid-block-size=40em] - Height of the seven columns (a busy week scrolls inside; `auto` lets the calendar grow, which shifts the page when the week arrives).
 * @cssprop [--mm-week-calendar-day-background-color=var(--mm-color-surface-alt, #f5f1f8)] - Background of a day.
 * @cssprop [--mm-week-calendar-today-border-color=var(--mm-color-primary, #6b2c91)] - Edge of today.
 * @cssprop [--mm-week-calendar-activity-background-color=var(--mm-color-surface, #ffffff)] - Background of an activity card.
 * @cssprop [--mm-week-calendar-display-font-size=clamp(1rem, 0.2rem + 0.9vh + 0.35vw, 2.25rem)] - Type size in `display` mode: grows with the screen's height, so a week fits 1280×720 and 1920×1080 alike.
 */
export class WeekCalendar extends ActivityElement {
  static override styles = [tokens, buttons, stateStyles, styles, subscribeStyles, detailsStyles];

  /** A date (`2026-06-01`) in the week to show first; empty: the week of the current campaign, or this week when there is none. */
  @property() week = '';
  /** Preview another date as "today" (`2026-06-03`), for stories and tests. */
  @property() now = '';
  /** Show the print layout on screen too (printing always uses it). */
  @property({ type: Boolean, reflect: true }) print = false;
  /** Hallway screen: large type, today first, no buttons, refreshes itself every `refresh-interval` seconds. */
  @property({ type: Boolean, reflect: true }) display = false;
  /** Seconds between refreshes in `display` mode (default 900: 15 minutes). */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 900;

  /** The Monday the visitor moved to with the buttons (null: follow `week` or the campaign). */
  @state() private shown: string | null = null;
  /** The Monday the last load worked on (known before, or without, its activities). */
  @state() private resolved = '';
  @state() private selected: { a: Activity; day: string } | null = null;
  /** Days opened in full with their "Toon nog …" button. */
  @state() private expanded = new Set<string>();
  /** True between `beforeprint` and `afterprint`: paper shows every activity. */
  @state() private printing = false;
  /**
   * A busy week's first answer pages, shown while the rest is on its way (a national week has
   * hundreds of activities a day, and ten pages one after another take seconds on a slow phone).
   */
  @state() private partial?: WeekData;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.days') private daysList?: HTMLElement;

  private fresh = false;
  /** The last week that loaded: a hallway screen keeps it when a refresh fails. */
  private lastGood?: WeekData;
  /** What the last render showed, for the host's `state` attribute (state-views.ts). */
  private viewState: ViewState = 'loading';
  private announceNext = false;
  private timer?: ReturnType<typeof setInterval>;
  private beforePrint = () => (this.printing = true);
  private afterPrint = () => (this.printing = false);

  // A removed element stops asking; put back, it asks again (DataTask).
  private readonly task = new DataTask(this, {
    task: async ([base, start], { signal }): Promise<WeekData> => {
      this.partial = undefined;
      const maxAge = this.fresh ? 0 : undefined;
      this.fresh = false;
      let monday = start;
      if (!monday) {
        const today = todayKey(this.now);
        const path = this.campaign ? `campaigns/${encodeURIComponent(this.campaign)}` : 'campaigns/current';
        try {
          const c = (await this.task.get(apiUrl(base, path), Campaign, { signal, maxAge, persist: true })).data;
          // A hallway screen shows the school's week, not a campaign months ahead: the
          // campaign's week only while it runs.
          monday = this.display && (today < c.start || today > c.end) ? schoolWeek(today) : mondayOf(c.start);
        } catch (err) {
          if (isAbort(err)) throw err;
          monday = this.display ? schoolWeek(today) : mondayOf(today);
        }
      }
      this.resolved = monday;
      // Set up wrongly (the console says how): the week's title, then a neutral message
      // instead of its activities, not "Week wordt geladen…" for ever.
      if (this.misconfigured) throw new Misconfigured();
      const filters: ActivityFilters = { ...this.filters(), from: monday, to: addDays(monday, 6) };
      const pages: Page[] = [];
      let stale = false;
      let time = Date.now();
      let cursor: string | null = null;
      for (let i = 0; i < MAX_PAGES; i++) {
        const r: { data: Page; stale: boolean; time: number } = await this.task.get(activitiesUrl(base, filters, { limit: 200, cursor }), ActivityPage, { signal, maxAge, persist: true });
        pages.push(r.data);
        stale ||= r.stale;
        time = Math.min(time, r.time);
        cursor = r.data.nextCursor;
        if (!cursor) break;
        const lastStart = r.data.items.at(-1);
        if (lastStart && !signal.aborted) this.partial = { monday, ...weekView(monday, [...pages]), stale, time, through: dayRange(lastStart).first };
      }
      return { monday, ...weekView(monday, pages), stale, time };
    },
    args: () => [this.apiBase, this.start(), JSON.stringify(this.filters())] as const,
    onComplete: (d) => {
      this.partial = undefined;
      this.lastGood = d;
      if (!this.announceNext) return;
      this.announceNext = false;
      this.announcer.say(messages[this.language].announce(weekTitle(d.monday, this.language), d.items.length));
    },
    onError: (e) => {
      this.partial = undefined;
      if (this.announceNext) this.announcer.say(errorText(e, this.language));
      this.announceNext = false;
    },
  });
  // Back online after a failure or with out-of-date data: it asks again by itself.
  protected readonly online = new RefreshWhenOnline(this, this.task, () => !!this.task.value?.stale);

  private filters(): ActivityFilters {
    return this.fixedFilters();
  }

  /** The Monday asked for: chosen with the buttons, else from `week`; '' means "the campaign's". */
  private start(): string {
    if (this.shown) return this.shown;
    const k = this.week.trim().slice(0, 10);
    return isDateKey(k) ? mondayOf(k) : '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.startTimer();
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    this.timer = undefined;
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('week') && changed.get('week') !== undefined) this.shown = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.setAttribute('state', this.viewState);
    if (changed.has('display') || changed.has('refreshInterval')) this.startTimer();
    this.writeStructuredData();
  }

  private startTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (!this.display || !this.isConnected) return;
    const seconds = Math.max(1, this.refreshInterval || 900);
    this.timer = setInterval(() => {
      this.fresh = true;
      void this.task.run();
    }, seconds * 1000);
  }

  private writeStructuredData(): void {
    const data = this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    this.writeJsonLd(data?.items);
  }

  /** Show every activity of a long day and move focus to the first one that was hidden. */
  private async showDay(day: string): Promise<void> {
    this.expanded = new Set(this.expanded).add(day);
    await this.updateComplete;
    const list = this.task.value?.byDay.get(day);
    const first = list?.[DAY_LIMIT];
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(`b-${day}-${first.id}`)}`)?.focus();
  }

  /** Show the week of `monday`; `focusTitle` when the pressed button goes away (empty week). */
  private async go(monday: string, focusTitle = false): Promise<void> {
    this.shown = monday;
    this.roving.reset();
    this.expanded = new Set();
    this.announceNext = true;
    this.emit('mm-week-change', { week: monday });
    if (focusTitle) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
    }
  }

  private retry = async () => {
    this.announceNext = true;
    void this.task.retry();
    try {
      await this.task.taskComplete;
    } catch {
      return; // still an error: the retry button stays where it was, with focus
    }
    await this.updateComplete;
    // The button is gone: continue from the week title.
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  };

  private async open(a: Activity, day: string): Promise<void> {
    this.selected = { a, day };
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
    this.emit('mm-select', { activity: a });
  }

  private onClose = () => {
    const s = this.selected;
    this.selected = null;
    if (s) this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(`b-${s.day}-${s.a.id}`)}`)?.focus();
  };

  // Arrow keys move between the days (one tab stop for the seven); Up and Down too when the
  // days stand in a column (the agenda), where they would otherwise only scroll.
  private readonly roving = new RovingFocus(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.day-title')],
    vertical: () => !this.daysList || getComputedStyle(this.daysList).display !== 'grid',
  });

  /**
   * A day's link leads to its activities: focus goes to the first one. The link is how the
   * day is reached with the keyboard (a heading is not something to tab to); the page's own
   * URL is left alone (the ids live in the shadow root, where a `#` cannot reach them).
   */
  private toDay = (e: Event) => {
    e.preventDefault();
    (e.currentTarget as HTMLElement).closest('.day')?.querySelector<HTMLElement>('.acts button')?.focus();
  };

  override render(): TemplateResult {
    const lang = this.language;
    const m = messages[lang];
    const c = stateMessages[lang];
    const status = this.task.status;
    const want = this.start();
    const last = this.task.value ?? this.lastGood;
    const same = !!last && (!want || last.monday === want);
    // While refreshing the same week (display mode, retry) keep showing what we have: no
    // flash. A hallway screen whose refresh failed keeps its last good week, with the time
    // it was loaded ("Bijgewerkt om 10:15"): nobody is there to press "Opnieuw proberen",
    // and the next refresh tries again.
    const kept = status === TaskStatus.ERROR && this.display && same;
    const data =
      (status === TaskStatus.COMPLETE || (status === TaskStatus.PENDING && same) || kept ? last : undefined) ??
      (status === TaskStatus.PENDING ? this.partial : undefined);
    const partial = !!data?.through;
    const monday = data?.monday ?? (want || this.resolved);
    const error = status === TaskStatus.ERROR && !data;
    const L = this.level();
    const today = todayKey(this.now);
    const base = this.apiBase;
    const feed = feedUrl(base, this.filters());
    const all = this.allHref;
    const weekCount = data?.items.length ?? 0;
    const interactive = !this.display && !this.print;
    const statusLine = error
      ? ''
      : !data || partial
        ? c.loading
        : [m.count(weekCount), data.stale || kept ? c.stale : '', this.display ? m.updated(formatters(lang).time(new Date(data.time))) : '']
            .filter(Boolean)
            .join(' · ');

    this.viewState = error ? 'error' : !data || partial ? 'loading' : weekCount === 0 ? 'empty' : data.stale || kept ? 'stale' : 'ready';
    let body: TemplateResult;
    if (error) {
      body = errorView(errorText(this.task.error, lang), this.display || this.task.error instanceof Misconfigured ? undefined : [c.retry, this.retry]);
    } else if (!data) {
      body = this.skeleton();
    } else if (weekCount === 0 && !partial) {
      body = emptyView(
        m.empty,
        m.emptyHint,
        interactive
          ? html`<button type="button" class="button" @click=${() => this.go(addDays(data.monday, 7), true)}>${m.next}</button>
              ${all ? html`<a class="button quiet" href=${all}>${m.all}</a>` : nothing}`
          : nothing,
      );
    } else {
      body = this.days(data, today, lang);
    }

    return html`<div class="wrap" part="base">
      <div class="top">
        <div class="title" role="heading" aria-level=${L} part="title" tabindex="-1">${monday ? weekTitle(monday, lang, this.relative(monday, today)) : m.loadingTitle}</div>
        ${interactive
          ? html`<div class="nav" part="nav" role="group" aria-label=${m.weekNav}>
              <button type="button" class="button quiet" ?disabled=${!monday} @click=${() => this.go(addDays(monday, -7))}>
                <span aria-hidden="true">‹</span> <span class="nav-word">${m.previous}</span>
              </button>
              <button type="button" class="button quiet" @click=${() => this.go(mondayOf(today))}>${m.thisWeek}</button>
              <button type="button" class="button quiet" ?disabled=${!monday} @click=${() => this.go(addDays(monday, 7))}>
                <span class="nav-word">${m.next}</span> <span aria-hidden="true">›</span>
              </button>
            </div>`
          : nothing}
      </div>
      <p class="status ${data?.stale || kept ? 'stale' : ''}" part="status">${statusLine}</p>
      ${this.announcer.region()}
      <div class="body">${body}</div>
      ${this.display
        ? nothing
        : html`<div class="foot">
            ${all ? html`<p><a class="button quiet" href=${all}>${m.all}</a></p>` : nothing} ${this.print || this.misconfigured ? nothing : subscribeMenu(feed, lang)}
          </div>`}
    </div>
    ${interactive ? this.dialogTemplate(L, lang) : nothing}`;
  }

  /** On a hallway screen the heading says whether it is this week or the next. */
  private relative(monday: string, today: string): 'week' | 'this' | 'next' {
    if (!this.display) return 'week';
    const own = mondayOf(today);
    return monday === own ? 'this' : monday === addDays(own, 7) ? 'next' : 'week';
  }

  private skeleton(): TemplateResult {
    return html`<ol class="days skeleton" aria-hidden="true">
      ${[0, 1, 2, 3, 4, 5, 6].map(
        () => html`<li class="day"><div class="day-head"><span class="bar"></span><span class="bar short"></span></div><span class="bar card"></span></li>`,
      )}
    </ol>`;
  }

  private days(data: WeekData, today: string, lang: Lang): TemplateResult {
    const m = messages[lang];
    const f = formatters(lang);
    const groups = data.byDay;
    const all = this.print || this.printing;
    let keys = [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(data.monday, i));
    // The hallway screen starts today and shows the rest of the week; past days are gone.
    if (this.display && keys.includes(today)) keys = keys.filter((k) => k >= today);
    const limit = this.display ? DISPLAY_DAY_LIMIT : DAY_LIMIT;
    const todayIndex = keys.indexOf(today);
    const fallback = Math.max(0, todayIndex);
    return html`<ol class="days" part="days" role="list" aria-label=${m.days} @keydown=${this.roving.onKeyDown}>
      ${keys.map((k, i) => {
        const loading = !!data.through && k >= data.through;
        const list = loading ? [] : (groups.get(k) ?? []);
        // Printing, and a day opened with its button, show every activity of the day.
        const whole = all || this.expanded.has(k);
        const isToday = k === today;
        const name = html`${f.day(k)}${isToday ? html` <span class="badge">${m.today}</span>` : nothing}`;
        // A day with more activities than a printed column holds may break (kept whole, it
        // would leave an empty page before it); the others stay whole on paper.
        return html`<li class="day ${isToday ? 'today' : ''} ${list.length > DAY_LIMIT ? 'busy' : ''}" part=${isToday ? 'day today' : 'day'}>
          <div class="day-head">
            <div class="day-heading" role="heading" aria-level=${this.level(1)}>
              ${this.display
                ? html`<span class="day-title" id="d-${k}" aria-current=${isToday ? 'date' : nothing}>${name}</span>`
                : html`<a
                    class="day-title"
                    id="d-${k}"
                    href="#a-${k}"
                    tabindex=${this.roving.tabIndexFor(i, keys.length, fallback)}
                    aria-current=${isToday ? 'date' : nothing}
                    @click=${this.toDay}
                    >${name}</a
                  >`}
            </div>
            <p class="count">${loading ? stateMessages[lang].loading : m.count(list.length)}</p>
          </div>
          ${loading ? html`<div class="skeleton" aria-hidden="true"><span class="bar card"></span></div>` : nothing}
          ${list.length
            ? html`<ul class="acts" id="a-${k}" role="list" aria-labelledby="d-${k}">
                ${(whole ? list : list.slice(0, limit)).map((a) => this.card(a, k, lang))}
              </ul>`
            : nothing}
          ${whole ? nothing : this.moreButton(k, list.length - limit, lang)}
        </li>`;
      })}
    </ol>`;
  }

  /** Under a day with `hidden` activities not shown: a button, or a line on a hallway screen. */
  private moreButton(day: string, hidden: number, lang: Lang): TemplateResult | typeof nothing {
    if (hidden <= 0) return nothing;
    const m = messages[lang];
    if (this.display) return html`<p class="more-text">${m.moreText(hidden)}</p>`;
    return html`<button type="button" class="button quiet more" part="more" @click=${() => this.showDay(day)}>
      ${m.more(hidden)}<span class="visually-hidden"> (${formatters(lang).day(day)})</span>
    </button>`;
  }

  /** The time of an activity on one of its days: "10:00–11:30", "Hele dag", "vanaf 20:00", "tot 16:00". */
  private dayTime(a: Activity, day: string, lang: Lang): string {
    const f = formatters(lang);
    const w = activityWords[lang];
    const days = activityDays(a);
    // Listed once (see groupByDay): under a later day than its first it "runs until".
    if (isLong(a)) return whenOn(a, day, lang);
    if (a.allDay || (days.length > 2 && day !== days[0] && day !== days[days.length - 1])) return w.allDay;
    if (days.length === 1) return whenText(a, lang);
    return day === days[0] ? `${f.time(new Date(a.start))}–24:00` : `00:00–${f.time(new Date(a.end))}`;
  }

  private card(a: Activity, day: string, lang: Lang): TemplateResult {
    const w = activityWords[lang];
    const cancelled = a.status === 'cancelled';
    const register = safeUrl(a.registrationUrl);
    const interactive = !this.display && !this.print;
    const time = this.dayTime(a, day, lang);
    const goesOn = continuation(a, day, lang);
    return html`<li class="act ${cancelled ? 'cancelled' : ''}" part="activity">
      <p class="when">${time}</p>
      <div class="act-title" role="heading" aria-level=${this.level(2)}>
        ${interactive
          ? // Its name says when, not only what: a screen reader's list of buttons (or a
            // voice user saying it) tells "Wandelen, maandag 1 juni, 10:00–11:30" apart.
            html`<button type="button" class="open" id="b-${day}-${a.id}" aria-haspopup="dialog" @click=${() => this.open(a, day)}>
              <span lang=${dutch(lang)}>${a.title}</span><span class="visually-hidden"
                >, ${formatters(lang).day(day)}, ${time}${goesOn ? `, ${goesOn}` : ''}</span
              >
            </button>`
          : html`<span class="name" lang=${dutch(lang)}>${a.title}</span>`}
      </div>
      ${goesOn ? html`<p class="continues" part="continues" aria-hidden=${interactive ? 'true' : nothing}>${goesOn}</p>` : nothing}
      ${cancelled ? html`<p class="cancelled-note"><strong>${w.cancelled}</strong></p>` : nothing}
      <p class="meta">${w.types[a.type]} · ${placeText(a, w.online)}</p>
      ${register && !cancelled && !this.display
        ? html`<p class="print-only"><a href=${register}>${w.register}<span class="visually-hidden">: ${a.title}</span></a></p>`
        : nothing}
    </li>`;
  }

  private dialogTemplate(L: number, lang: Lang): TemplateResult {
    const s = this.selected;
    const m = messages[lang];
    const w = activityWords[lang];
    const f = formatters(lang);
    const price = s ? priceText(s.a, lang) : undefined;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onClose}>
      ${s
        ? html`<div class="dialog-head">
              <div id="dialog-title" class="dialog-title" role="heading" aria-level=${L} lang=${dutch(lang)}>${s.a.title}</div>
              <button type="button" class="button quiet" @click=${() => this.dialog?.close()}>${coreMessages[lang].close}</button>
            </div>
            ${s.a.status === 'cancelled' ? html`<p class="cancelled-note"><strong>${w.cancelled}</strong></p>` : nothing}
            <dl class="facts">
              <div><dt>${m.when}</dt><dd>${activityDays(s.a).length > 1 ? whenText(s.a, lang) : `${f.day(dateKey(new Date(s.a.start)))}, ${whenText(s.a, lang)}`}</dd></div>
              <div><dt>${w.where}</dt><dd>${w.modes[s.a.mode]} · ${placeText(s.a, w.online)}</dd></div>
              <div><dt>${w.forWhom}</dt><dd>${audienceText(s.a, lang)}</dd></div>
              <div><dt>${m.kind}</dt><dd>${w.types[s.a.type]}</dd></div>
              ${price ? html`<div><dt>${w.price}</dt><dd>${price}</dd></div>` : nothing}
            </dl>
            ${activityDetails(s.a, lang, this.apiBase)}`
        : nothing}
    </dialog>`;
  }
}
