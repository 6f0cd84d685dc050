import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { MmElement } from '../core/mm-element.js';
import { Announcer } from '../core/controllers/announcer.js';
import { RefreshWhenOnline } from '../core/controllers/refresh-when-online.js';
// The event it fires, typed in HTMLElementEventMap.
import type {} from '../core/events/mm-submitted.js';
import { tokens, buttons } from '../core/tokens.js';
import { ApiError, apiUrl, getJson, isAbort } from '../core/api.js';
import { coreMessages, formatters, type Lang } from '../core/i18n.js';
import type { FormMessageCode } from '../core/validation-messages.nl.js';
import { clockTime } from '../core/dates.js';
import { ACTIVITY_TYPES, AUDIENCES, MODES, PROVINCES, safeUrl } from '../contract/vocabulary.js';
import type { Campaign as CampaignType } from '../contract/schema.js';
import type { SubmissionInput, SubmissionReceipt, Geocode } from '../contract/submission.js';
import { Geocode as GeocodeSchema } from '../contract/generated-submission.js';
import { contract } from '../contract/json-check.js';
import { Campaign } from '../contract/checkers.js';
import { DATES_MAX, emptyDate, emptyValues, fieldOf, needsPlace, needsUrl, toBody, validate, type FieldErrors, type FormValues } from './fields.js';
import { loadDraft, newKey, removeDraft, saveDraft } from './draft.js';
import { FormToken, sendReport, timing } from './send.js';
import type { ActivityFormMessages, FormWords } from './activity-form.messages.js';
import { wordsFor } from './words.js';
import { styles } from './activity-form.styles.js';

/** The most a description may hold (the contract's `text(20, 5000)`). */
const DESCRIPTION_MAX = 5000;

/** A refusal the user must act on (field errors, a rate limit): shown, never retried by itself. */
type Refused = { refused: ApiError };
type Outcome = { receipt: SubmissionReceipt; body: Omit<SubmissionInput, 'token'> } | Refused;

/** "Noord-Holland" from `noord-holland`. */
const provinceName = (slug: string) => slug.replace(/(^|-)(\p{L})/gu, (_m, dash: string, c: string) => dash + c.toUpperCase());

/**
 * "Meld je activiteit aan": a partner reports an activity for the campaign's calendar. The
 * campaign team checks it before it appears in any feed.
 *
 * - Every rule of the API contract (`SubmissionInput`, the same zod schema the server uses),
 *   messages per error code in Dutch and English; errors the GOV.UK / NL Design System way: an
 *   error summary that takes focus and links to each field, inline messages tied with
 *   `aria-describedby`; checked on submit and, after the first submit, on leaving a field.
 * - Nothing is lost: the draft is kept in localStorage (per campaign) as the user types and
 *   restored with a notice and a "Begin opnieuw" button; offline or a failing server keeps
 *   everything and says so. Offline, it sends once more by itself when the browser is back
 *   online; with a server that is down, it tries again by itself after 30 s, 1, 2, 5 and 10
 *   minutes and says when ("We proberen het over 30 seconden nog een keer vanzelf").
 * - One `Idempotency-Key` per draft: a retry or a double click never makes two reports.
 * - Spam without tracking: a honeypot field, a server-signed time token, the server's rate
 *   limit. No captcha, no cookies.
 * - Renders in shadow DOM with its own `<form>`: Enter in a field never submits a form of the
 *   host page around the element.
 *
 * @summary A form for partners to report an activity; it goes to moderation.
 * @element mm-activity-form
 *
 * @fires {MmSubmittedEvent} mm-submitted - The report was received; `detail.reference` is its reference (`MM-2026-000042`).
 *
 * @slot - Fallback content (a link to a form elsewhere or an e-mail address), shown until the element upgrades.
 * @csspart form - The form.
 * @csspart error-summary - The "Er is een probleem" box with links to the fields.
 * @csspart notice - The "we restored your draft" notice with its "Begin opnieuw" button.
 * @csspart field - Each field (label, hint, error message and control).
 * @csspart error-message - The message below a field that is wrong.
 * @csspart submit - The send button.
 * @csspart failure - The "not sent yet" message with its retry button.
 * @csspart confirmation - The confirmation with the reference.
 *
 * @cssprop [--mm-activity-form-max-inline-size=40em] - Widest the form gets (one column, easy to read).
 * @cssprop [--mm-activity-form-error-color=var(--mm-color-danger)] - Colour of error messages and borders.
 * @cssprop [--mm-activity-form-input-border-color=var(--mm-color-text)] - Border of the fields.
 * @cssprop [--mm-activity-form-confirmation-background-color=var(--mm-color-success)] - Background of the reference panel.
 */
export class ActivityForm extends MmElement {
  static override styles = [tokens, buttons, styles];

  /**
   * The campaign slug the reports belong to (sent with each; also keeps one draft per campaign).
   * Without it, the current campaign; a slug the API does not know sends reports without one.
   */
  @property() campaign = '';
  /** Fills in the organiser's name (the user can change it). */
  @property() organizer = '';
  /** Check dates against this moment (ISO 8601 with offset) instead of the clock, for previews and tests; a date that has ended cannot be sent. */
  @property() now = '';
  /** Link to the privacy statement, shown with the consent checkbox. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  @state() private values: FormValues = emptyValues();
  @state() private errors: FieldErrors = new Map();
  @state() private restored = false;
  /** Why the report was not sent, whether it is kept, and when it goes again by itself. */
  @state() private failure?: { text: string; kept: boolean; again?: string };
  @state() private done?: { receipt: SubmissionReceipt; body: Omit<SubmissionInput, 'token'> };
  /** `campaign` when the API knows no such campaign: reports are then sent without one. */
  private unknownCampaign = '';

  /** The campaign of `campaign`, for its name (the slug is no words for people). */
  @state() private campaignInfo?: CampaignType;

  private submitted = false;
  private key = '';
  private website = '';
  /** The campaign whose draft is loaded. */
  private loadedFor?: string;
  /** The province was chosen by the user: a later postcode does not overwrite it. */
  private provinceChosen = false;
  private countTimer?: ReturnType<typeof setTimeout>;
  /** Automatic tries after failures while online, and the timer of the next one. */
  private autoTries = 0;
  private autoTimer?: ReturnType<typeof setTimeout>;
  /** The send under way was started by the timer, not by the visitor. */
  private auto = false;
  private token = new FormToken(() => this.apiBase);
  protected readonly announcer = new Announcer(this);

  private send = new Task(this, {
    autoRun: false,
    args: () => [] as const,
    task: async (_args, { signal }): Promise<Outcome> => {
      const body = toBody(this.values, { campaign: this.sentCampaign(), lang: this.language });
      try {
        return { receipt: await sendReport(this.apiBase, { ...body, website: this.website }, this.key, this.token, signal), body };
      } catch (e) {
        // Offline, no answer, a server error: thrown, so the task is in error and is sent
        // again when the browser is back online. Anything else the user must act on.
        if (e instanceof ApiError && !['offline', 'network', 'timeout'].includes(e.kind) && !(e.kind === 'http' && e.status >= 500)) return { refused: e };
        throw e;
      }
    },
    onComplete: (r) => void this.outcome(r),
    onError: (e) => this.failed(e),
  });
  // Back online after a failed send: sent once more, by itself.
  protected readonly online = new RefreshWhenOnline(this, this.send);

  override connectedCallback(): void {
    super.connectedCallback();
    this.token.prepare();
    this.renderRoot.addEventListener('pointerdown', this.onPointerDown);
    addEventListener('pointerup', this.onPointerUp, true);
    addEventListener('pointercancel', this.onPointerUp, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pointerup', this.onPointerUp, true);
    removeEventListener('pointercancel', this.onPointerUp, true);
    clearTimeout(this.countTimer);
    clearTimeout(this.autoTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.loadedFor !== this.campaign) this.load();
    else if (changed.has('organizer') && !this.values.orgName) this.values = { ...this.values, orgName: this.organizer };
    this.setAttribute('state', this.done ? 'sent' : this.send.status === TaskStatus.PENDING ? 'sending' : this.failure ? 'error' : 'ready');
  }

  /** The campaign's draft, or an empty form with the organiser filled in; and the campaign's name. */
  private load(): void {
    this.loadedFor = this.campaign;
    this.campaignInfo = undefined;
    const slug = this.campaign;
    // Without `campaign`, the current campaign (the one the banner announces).
    getJson(apiUrl(this.apiBase, slug ? `campaigns/${encodeURIComponent(slug)}` : 'campaigns/current'), Campaign, { persist: true }).then(
        (r) => {
          if (this.campaign === slug) this.campaignInfo = r.data;
        },
        (e: unknown) => {
          // A campaign that does not exist is the webmaster's slip, not the visitor's: the
          // report goes without one (the campaign team chooses) and the console says why.
          if (!slug || this.campaign !== slug || !(e instanceof ApiError && e.kind === 'not-found')) return;
          this.unknownCampaign = slug;
          console.warn(`[missie-mentaal] <mm-activity-form campaign="${slug}">: there is no campaign "${slug}", so reports are sent without a campaign. Leave campaign out or use the name of a current campaign (${apiUrl(this.apiBase, 'campaigns/current')}).`);
        },
      );
    const draft = loadDraft(this.campaign);
    this.values = draft?.values ?? emptyValues(this.organizer);
    this.key = draft?.key ?? newKey();
    this.restored = !!draft;
  }

  /** The words in the page's language; set before each render (see `scheduleUpdate`). */
  private words?: FormWords;

  private get m(): ActivityFormMessages {
    return this.words!.form;
  }

  /**
   * Each render waits until the words of the element's language are there: at once in Dutch,
   * after the English chunk arrived in English (`updateComplete` waits for it too).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = wordsFor(this.language);
    if (!(words instanceof Promise)) {
      this.words = words;
      return super.scheduleUpdate();
    }
    return words
      .then(
        (w) => void (this.words = w),
        () => {
          // No words at all (offline just then): the partner's fallback shows (`render`),
          // and the form comes once the browser is back online.
          this.words = undefined;
          addEventListener('online', () => this.requestUpdate(), { once: true });
        },
      )
      .then(() => super.scheduleUpdate());
  }

  private save(values: FormValues): void {
    this.values = values;
    saveDraft(this.campaign, values, this.key);
  }

  // ——— Input ———

  private onInput(e: Event): void {
    const t = e.target as HTMLInputElement;
    const name = t.name;
    // Boxes, radios and selects on `change`, typing on `input`: each change counted once.
    const onChange = t.type === 'checkbox' || t.type === 'radio' || t.localName === 'select';
    if (!name || onChange !== (e.type === 'change')) return;
    if (name === 'website') {
      this.website = t.value;
      return;
    }
    const v = { ...this.values };
    const date = /^dates\.(\d+)\.(day|start|end|lastDay)$/.exec(name);
    if (date) {
      v.dates = v.dates.map((d, i) => (i === Number(date[1]) ? { ...d, [date[2]!]: t.value } : d));
    } else if (name === 'audiences') {
      v.audiences = v.audiences.filter((a) => a !== t.value).concat(t.checked ? [t.value] : []);
    } else if (name === 'allDay' || name === 'consent') {
      v[name] = t.checked;
    } else if (t.type === 'radio' && !t.checked) {
      return;
    } else {
      (v as unknown as Record<string, string>)[name] = t.value;
    }
    if (name === 'locProvince') this.provinceChosen = true;
    if (name === 'description') this.countLater(t.value.length);
    this.save(v);
    // A box, a radio or a choice in a list is complete once changed: checked again at once.
    if (onChange && this.submitted) this.recheck(t);
  }

  /** The character count for a screen reader, once typing pauses (the visible count updates at once). */
  private countLater(n: number): void {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => this.announcer.say(this.countText(n)), 1000);
  }

  private countText(n: number): string {
    const left = DESCRIPTION_MAX - n;
    return left >= 0 ? this.m.charsLeft(left) : this.m.charsOver(-left);
  }

  /**
   * After the first submit, a field is checked again when the user leaves it. When they leave
   * it by pressing on something else, the check waits until the press is over: a message that
   * appears or goes away would move what they pressed, and the click would miss it.
   */
  private onFocusOut(e: FocusEvent): void {
    if (!this.submitted) return;
    if (this.pressing) {
      this.afterPress = e.target as HTMLElement;
      return;
    }
    this.recheck(e.target as HTMLElement);
  }

  private pressing = false;
  private afterPress?: HTMLElement;
  private readonly onPointerDown = () => {
    this.pressing = true;
  };
  private readonly onPointerUp = () => {
    if (!this.pressing) return;
    this.pressing = false;
    // After the click that follows this pointerup (same task), not before it.
    setTimeout(() => {
      const left = this.afterPress;
      this.afterPress = undefined;
      if (left) this.recheck(left);
    });
  };

  private recheck(target: HTMLElement): void {
    // A checkbox or radio stands for its group (`audiences`, `mode`, `price-kind`).
    const id = target.closest<HTMLElement>('fieldset[data-group]')?.dataset.group ?? target.id;
    if (!id) return;
    // Only the field left: other messages (the server's too) stay until their field is left.
    const all = this.check();
    const code = all.get(id);
    const next = new Map(this.errors);
    if (code) next.set(id, code);
    else next.delete(id);
    // Another mode, all day or not, free or not: fields came or went, so did their messages.
    if (['mode', 'all-day', 'price-kind'].includes(id)) for (const k of next.keys()) if (k && !all.has(k)) next.delete(k);
    this.errors = next;
  }

  /** Fill in the province from the postcode (GET /geocode), unless the user chose one. */
  private async onPostcode(): Promise<void> {
    const q = this.values.locPostcode.trim();
    if (!/^[1-9]\d{3}\s*[a-z]{2}$/i.test(q)) return;
    try {
      const r = await getJson(apiUrl(this.apiBase, 'geocode', { q }), contract<Geocode>(GeocodeSchema));
      const p = r.data.province;
      if (!p || this.provinceChosen || this.values.locProvince === p || this.values.locPostcode.trim() !== q) return;
      this.save({ ...this.values, locProvince: p });
      this.announcer.say(this.m.provinceFilled(provinceName(p)));
    } catch {
      /* unknown postcode or offline: the user picks the province (or leaves it to the server) */
    }
  }

  private addDate(): void {
    if (this.values.dates.length >= DATES_MAX) return;
    const n = this.values.dates.length;
    this.save({ ...this.values, dates: [...this.values.dates, emptyDate()] });
    void this.updateComplete.then(() => this.focusId(`date-${n}`));
  }

  private removeDate(i: number): void {
    this.save({ ...this.values, dates: this.values.dates.filter((_, j) => j !== i) });
    this.errors = new Map([...this.errors].filter(([k]) => !/-\d+$/.test(k)));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-date')?.focus());
  }

  /** "Begin opnieuw": an empty form, a new report (new key), the draft removed. */
  private startOver(): void {
    removeDraft(this.campaign);
    this.values = emptyValues(this.organizer);
    this.key = newKey();
    this.errors = new Map();
    this.submitted = false;
    this.restored = false;
    this.failure = undefined;
    this.provinceChosen = false;
    this.announcer.say(this.m.startedOver);
    void this.updateComplete.then(() => this.focusId('title'));
  }

  private another(): void {
    this.done = undefined;
    this.startOver();
  }

  // ——— Submit ———

  private check(): FieldErrors {
    return validate(this.values, { campaign: this.campaign, lang: this.language }, Date.parse(this.now) || Date.now());
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    // A second click while sending does nothing: one report, one request.
    if (this.send.status === TaskStatus.PENDING) return;
    this.submitted = true;
    this.errors = this.check();
    if (this.errors.size) {
      this.failure = undefined;
      void this.focusSummary();
      return;
    }
    this.retry();
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private async outcome(r: Outcome): Promise<void> {
    clearTimeout(this.autoTimer);
    this.autoTries = 0;
    if ('refused' in r) {
      const e = r.refused;
      this.failure = undefined;
      if (e.kind === 'rate-limited') {
        this.failure = { text: this.m.rateLimited(this.when(e.retryAfter)), kept: false };
        return;
      }
      // 422 field errors land on their fields; anything else names itself in the summary.
      const errors: FieldErrors = new Map();
      for (const x of e.errors) {
        const id = fieldOf(x.path, this.values.allDay);
        if (!errors.has(id)) errors.set(id, x.code);
      }
      if (!errors.size) errors.set('', e.kind === 'invalid' ? 'internal' : 'invalid_json');
      // The server stored nothing: a corrected report may go with a new key.
      if (e.errors.some((x) => x.path === 'Idempotency-Key')) this.key = newKey();
      this.errors = errors;
      await this.focusSummary();
      return;
    }
    removeDraft(this.campaign);
    this.failure = undefined;
    this.restored = false;
    this.done = r;
    this.emit('mm-submitted', { reference: r.receipt.reference });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.done-heading')?.focus();
  }

  /** "in 30 seconds" or "at 14:05": when a rate-limited user may try again. */
  private when(seconds: number): string {
    return seconds <= 90 ? this.m.inSeconds(seconds) : this.m.atTime(clockTime(new Date(Date.now() + seconds * 1000)));
  }

  private failed(e: unknown): void {
    if (isAbort(e)) return;
    const f = this.m.failed;
    const kind = e instanceof ApiError ? e.kind : 'network';
    const text = kind === 'offline' ? f.offline : kind === 'timeout' ? f.timeout : kind === 'http' ? f.server : f.network;
    // Offline, the browser's `online` event sends it (RefreshWhenOnline). Online, the server
    // was the trouble: it goes again by itself after a while, a few times (timing.retrySeconds).
    let again: string | undefined;
    const wait = timing.retrySeconds[this.autoTries];
    if (kind === 'offline' || !navigator.onLine) again = f.willRetry;
    else if (wait !== undefined) {
      this.autoTries++;
      clearTimeout(this.autoTimer);
      this.autoTimer = setTimeout(() => this.retry(true), wait * 1000);
      again = f.retryIn(this.when(wait));
    }
    this.failure = { text, kept: true, again };
    // A try the visitor did not start does not take their focus (the alert is still read out).
    if (!this.auto) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.failure-text')?.focus());
  }

  /** Send again: the visitor pressed the button (`auto` false), or the wait after a failure ended. */
  private retry(auto = false): void {
    clearTimeout(this.autoTimer);
    if (!auto) this.autoTries = 0;
    this.auto = auto;
    if (this.send.status !== TaskStatus.PENDING) void this.send.run();
  }

  private focusId(id: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!el) return;
    el.focus();
    // The label or legend above it in sight too (GOV.UK's error summary does the same).
    (el.closest('fieldset')?.querySelector('legend') ?? this.renderRoot.querySelector(`label[for="${CSS.escape(id)}"]`) ?? el).scrollIntoView({ block: 'nearest' });
  }

  private onSummaryLink(e: Event): void {
    e.preventDefault();
    this.focusId((e.currentTarget as HTMLAnchorElement).hash.slice(1));
  }

  // ——— Rendering ———

  /** The message for `code` on field `id`: the field's own sentence, else the contract's. */
  private message(id: string, code: string): string {
    const texts: Partial<Record<string, Partial<Record<string, string>>>> = this.m.fieldErrors;
    const own = texts[id.replace(/-\d+$/, '')]?.[code];
    return own ?? this.validation(code);
  }

  /** The contract's message for `code`, else the generic one (as `validationMessage()` does). */
  private validation(code: string): string {
    const v = this.words!.validation;
    return Object.hasOwn(v, code) ? v[code as FormMessageCode] : v.invalid_format;
  }

  private errorOf(id: string): TemplateResult | typeof nothing {
    const code = this.errors.get(id);
    if (!code) return nothing;
    return html`<p class="error-message" id="${id}-error" part="error-message"><span class="visually-hidden">${coreMessages[this.language].errorPrefix} </span>${this.message(id, code)}</p>`;
  }

  /** `aria-describedby` naming only the parts that exist (NL Design System's form field). */
  private described(id: string, hint: boolean): string | typeof nothing {
    const ids = [hint ? `${id}-hint` : '', this.errors.has(id) ? `${id}-error` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private hint(id: string, text?: string): TemplateResult | typeof nothing {
    return text ? html`<p class="hint" id="${id}-hint">${text}</p>` : nothing;
  }

  private label(id: string, text: string, optional = false): TemplateResult {
    return html`<label class="label" for=${id}>${text}${optional ? html` <span class="optional">${this.m.optional}</span>` : nothing}</label>`;
  }

  /** One field: label, hint and error message above its `control` (NL Design System's form field). */
  private field(id: string, label: string, hint: string | undefined, optional: boolean, control: unknown): TemplateResult {
    return html`<div class="field ${this.errors.has(id) ? 'invalid' : ''}" part="field">${this.label(id, label, optional)}${this.hint(id, hint)}${this.errorOf(id)}${control}</div>`;
  }

  /** `aria-invalid` of a control: only while its field has a message. */
  private invalid(id: string): 'true' | typeof nothing {
    return this.errors.has(id) ? 'true' : nothing;
  }

  /** One text field: label, hint, error, input. `name` is its key in the values (or `value` gives it: a date row's). */
  private input(
    id: string,
    name: string,
    label: string,
    o: { hint?: string; type?: string; autocomplete?: string; optional?: boolean; inputmode?: string; width?: string; value?: string } = {},
  ): TemplateResult {
    return this.field(
      id,
      label,
      o.hint,
      !!o.optional,
      html`<input
        id=${id}
        name=${name}
        class="input ${o.width ?? ''}"
        type=${o.type ?? 'text'}
        .value=${o.value ?? String(this.values[name as keyof FormValues])}
        autocomplete=${o.autocomplete ?? nothing}
        inputmode=${o.inputmode ?? nothing}
        spellcheck=${o.type === 'email' || o.type === 'url' ? 'false' : nothing}
        aria-invalid=${this.invalid(id)}
        aria-describedby=${this.described(id, !!o.hint)}
      />`,
    );
  }

  /** A text of several lines: label, hint, error, textarea (and `after` it, the description's count). */
  private textarea(id: keyof FormValues & string, label: [string, string], optional: boolean, rows: number, after: unknown = nothing): TemplateResult {
    return this.field(
      id,
      label[0],
      label[1],
      optional,
      html`<textarea id=${id} name=${id} class="input" rows=${rows} .value=${String(this.values[id])} aria-invalid=${this.invalid(id)} aria-describedby=${this.described(id, true)}></textarea>${after}`,
    );
  }

  /** A fieldset of several fields under one legend, with a hint for all of them. */
  private group(id: string, legend: string, hint: string, content: unknown): TemplateResult {
    return html`<fieldset class="field group" part="field" aria-describedby="${id}-hint">
      <legend class="label">${legend}</legend>
      <p class="hint" id="${id}-hint">${hint}</p>
      ${content}
    </fieldset>`;
  }

  /** A group of checkboxes or radios in a fieldset with its legend; the first control has the group's id. */
  private choices(id: string, name: string, legend: string, hint: string | undefined, options: [value: string, label: string][], checked: (v: string) => boolean, radio: boolean): TemplateResult {
    const invalid = this.errors.has(id);
    return html`<fieldset class="field ${invalid ? 'invalid' : ''}" part="field" data-group=${id} aria-describedby=${this.described(id, !!hint)}>
      <legend class="label">${legend}</legend>
      ${this.hint(id, hint)}${this.errorOf(id)}
      <div class="choices">
        ${options.map(
          ([value, text], i) => html`<div class="choice">
            <input id=${i === 0 ? id : `${id}-${value}`} type=${radio ? 'radio' : 'checkbox'} name=${name} .value=${value} .checked=${checked(value)} />
            <label for=${i === 0 ? id : `${id}-${value}`}>${text}</label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  private dateRow(d: FormValues['dates'][number], i: number): TemplateResult {
    const m = this.m;
    const many = this.values.dates.length > 1;
    // One of the row's fields: `key` is the row's value and the end of its name (`dates.0.day`).
    const one = (id: string, key: keyof typeof d, label: string, type: string, hint?: string) =>
      this.input(`${id}-${i}`, `dates.${i}.${key}`, label, { type, value: d[key], hint, optional: !!hint });
    const fields = this.values.allDay
      ? html`${one('date', 'day', m.firstDay, 'date')}${one('lastday', 'lastDay', m.lastDay[0], 'date', m.lastDay[1])}`
      : html`${one('date', 'day', m.day, 'date')}<div class="times">${one('start', 'start', m.start, 'time')}${one('end', 'end', m.end, 'time')}</div>`;
    if (!many) return html`<div class="date">${fields}</div>`;
    return html`<fieldset class="date many">
      <legend class="date-legend">${m.dateN(i + 1)}</legend>
      ${fields}
      <button type="button" class="button quiet remove" @click=${() => this.removeDate(i)}>${m.removeDate(i + 1)}</button>
    </fieldset>`;
  }

  private summary(): TemplateResult | typeof nothing {
    if (!this.errors.size) return nothing;
    // In the order of the form, whatever order the checks found them in.
    const order = [...this.renderRoot.querySelectorAll('[id]')].map((el) => el.id);
    const pos = (id: string) => (id ? order.indexOf(id) >>> 0 : -1);
    const list = [...this.errors].sort((a, b) => pos(a[0]) - pos(b[0]));
    return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
      <div class="summary-title" id="error-summary-title" role="heading" aria-level=${this.level()}>${this.m.errorSummary}</div>
      <ul>
        ${list.map(([id, code]) => html`<li>${id ? html`<a href="#${id}" @click=${this.onSummaryLink}>${this.whichDate(id)}${this.message(id, code)}</a>` : this.validation(code)}</li>`)}
      </ul>
    </div>`;
  }

  /** "Datum 2: " before a date's message in the summary when there are several dates (each link says which). */
  private whichDate(id: string): string {
    const n = /^(?:date|start|end|lastday)-(\d+)$/.exec(id);
    return n && this.values.dates.length > 1 ? `${this.m.dateN(Number(n[1]) + 1)}: ` : '';
  }

  private failureView(): TemplateResult | typeof nothing {
    const f = this.failure;
    if (!f) return nothing;
    const m = this.m.failed;
    return html`<div class="failure" part="failure">
      <p class="failure-text" tabindex="-1" role="alert">${f.text}${f.kept ? html` ${m.kept}` : nothing}${f.again ? html` ${f.again}` : nothing}</p>
      ${f.kept ? html`<button type="button" class="button" @click=${() => this.retry()}>${m.retry}</button>` : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    if (!this.words) return html`<slot></slot>`;
    return html`${this.announcer.region()}${this.done ? this.confirmation() : this.form()}`;
  }

  private form(): TemplateResult {
    const m = this.m;
    const v = this.values;
    const busy = this.send.status === TaskStatus.PENDING;
    const privacy = safeUrl(this.privacyUrl, document.baseURI);
    const count = this.countText(v.description.length);
    return html`<form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput} @focusout=${this.onFocusOut} aria-busy=${busy ? 'true' : 'false'}>
      <div class="heading" role="heading" aria-level=${this.level()}>${m.heading}</div>
      <p>${m.intro}</p>
      ${this.restored
        ? html`<div class="notice" part="notice"><p>${m.restored}</p><button type="button" class="button quiet" @click=${this.startOver}>${m.startOver}</button></div>`
        : nothing}
      ${this.summary()}
      <p class="hint">${m.requiredNote}</p>

      ${this.input('title', 'title', m.title[0], { hint: m.title[1] })}
      ${this.textarea('description', m.description, false, 6, html`<p class="count ${v.description.length > DESCRIPTION_MAX ? 'over' : ''}" aria-hidden="true">${count}</p>`)}
      ${this.field(
        'type',
        m.type[0],
        undefined,
        false,
        html`<select id="type" name="type" class="input" aria-invalid=${this.invalid('type')} aria-describedby=${this.described('type', false)}>
          <option value="" ?selected=${!v.type}>${m.type[1]}</option>
          ${ACTIVITY_TYPES.map((t) => html`<option value=${t} ?selected=${v.type === t}>${m.types[t]}</option>`)}
        </select>`,
      )}

      ${this.choices('audiences', 'audiences', m.audiences[0], m.audiences[1], AUDIENCES.map((a) => [a, m.audienceNames[a]]), (a) => v.audiences.includes(a), false)}

      ${this.group(
        'when',
        m.when[0],
        m.when[1],
        html`<div class="choice"><input id="all-day" type="checkbox" name="allDay" .checked=${v.allDay} /><label for="all-day">${m.allDay}</label></div>
        ${v.dates.map((d, i) => this.dateRow(d, i))}
        ${v.dates.length < DATES_MAX
          ? html`<button type="button" class="button quiet add-date" @click=${this.addDate}>${m.addDate}</button>`
          : html`<p class="hint">${m.datesMax(DATES_MAX)}</p>`}`,
      )}

      ${this.choices('mode', 'mode', m.mode, undefined, MODES.map((x) => [x, m.modes[x]] as [string, string]).sort((a) => (a[0] === 'onsite' ? -1 : 0)), (x) => v.mode === x, true)}

      ${needsPlace(v)
        ? this.group(
            'place',
            m.place[0],
            m.place[1],
            html`${this.input('loc-name', 'locName', m.locName[0], { hint: m.locName[1] })}
            ${this.input('loc-address', 'locAddress', m.locAddress, { autocomplete: 'section-venue address-line1' })}
            <div @change=${this.onPostcode}>${this.input('loc-postcode', 'locPostcode', m.locPostcode, { autocomplete: 'section-venue postal-code', width: 'short', optional: true })}</div>
            ${this.input('loc-city', 'locCity', m.locCity, { autocomplete: 'section-venue address-level2' })}
            ${this.field(
              'loc-province',
              m.province[0],
              m.province[1],
              true,
              html`<select id="loc-province" name="locProvince" class="input" autocomplete="section-venue address-level1" aria-describedby=${this.described('loc-province', true)}>
                <option value="" ?selected=${!v.locProvince}>${m.province[2]}</option>
                ${PROVINCES.map((p) => html`<option value=${p} ?selected=${v.locProvince === p}>${provinceName(p)}</option>`)}
              </select>`,
            )}`,
          )
        : nothing}
      ${needsUrl(v) ? this.input('online-url', 'onlineUrl', m.onlineUrl[0], { hint: m.onlineUrl[1], type: 'url' }) : nothing}

      <fieldset class="field group" part="field">
        <legend class="label">${m.organizer}</legend>
        ${this.input('org-name', 'orgName', m.orgName, { autocomplete: 'organization' })}
        ${this.input('org-url', 'orgUrl', m.orgUrl[0], { hint: m.orgUrl[1], type: 'url', autocomplete: 'url', optional: true })}
      </fieldset>

      ${this.group(
        'contact',
        m.contact[0],
        m.contact[1],
        html`${this.input('contact-name', 'contactName', m.contactName, { autocomplete: 'name', optional: true })}
          ${this.input('contact-email', 'contactEmail', m.contactEmail[0], { hint: m.contactEmail[1], type: 'email', autocomplete: 'email' })}`,
      )}

      ${this.input('registration-url', 'registrationUrl', m.registrationUrl[0], { hint: m.registrationUrl[1], type: 'url', optional: true })}

      ${this.choices('price-kind', 'priceKind', m.price[0], undefined, [['free', m.price[1]], ['paid', m.price[2]]], (x) => v.priceKind === x, true)}
      ${v.priceKind === 'paid' ? this.input('price', 'price', m.price[3], { hint: m.price[4], inputmode: 'decimal', width: 'short' }) : nothing}

      ${this.textarea('accessibility', m.accessibility, true, 3)}

      ${this.campaignInfo && (this.campaign || this.inCurrentCampaign()) ? html`<p class="campaign">${m.campaign} <strong lang=${this.language === 'en' && !this.campaignInfo.en ? 'nl' : nothing}>${this.campaignName(this.campaignInfo)}</strong></p>` : nothing}

      <div class="field ${this.errors.has('consent') ? 'invalid' : ''}" part="field">
        ${this.errorOf('consent')}
        <div class="choice">
          <input id="consent" type="checkbox" name="consent" .checked=${v.consent} aria-invalid=${this.invalid('consent')} aria-describedby=${this.described('consent', false)} />
          <label for="consent">${privacy ? html`${m.consent[0]}<a href=${privacy} target="_blank" rel="noopener">${m.consent[1]}</a>${m.consent[2]}` : m.consent[3]}</label>
        </div>
      </div>

      <div class="visually-hidden" aria-hidden="true">
        <label for="website">${m.honeypot}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>

      ${this.failureView()}
      <button type="submit" class="button submit" part="submit" aria-disabled=${busy ? 'true' : 'false'}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>${m.sending}` : m.send}
      </button>
    </form>`;
  }

  /** The campaign a report goes to: `campaign` (unless the API does not know it), else the current one, else none. */
  private sentCampaign(): string {
    if (!this.campaign) return this.inCurrentCampaign() ? (this.campaignInfo?.slug ?? '') : '';
    return this.campaign === this.unknownCampaign ? '' : this.campaign;
  }

  /**
   * Without `campaign`, a report belongs to the current campaign only when one of its dates
   * falls in the campaign's days (or no date is filled in yet): an activity in December is not
   * part of a week in June, and would otherwise be listed under it.
   */
  private inCurrentCampaign(): boolean {
    const c = this.campaignInfo;
    const days = this.values.dates.filter((d) => d.day);
    return !c || !days.length || days.some((d) => d.day <= c.end && (d.lastDay || d.day) >= c.start);
  }

  private campaignName(c: CampaignType): string {
    return this.language === 'en' && c.en ? c.en.name : c.name;
  }

  private confirmation(): TemplateResult {
    const { receipt, body } = this.done!;
    const m = this.m;
    const lang: Lang = this.language;
    const s = m.summaryLabels;
    const f = formatters(lang);
    const dates = [{ start: body.start, end: body.end }, ...(body.recurrenceDates ?? [])].map((d) => whenText(d, body.allDay, lang));
    const place = body.location ? [body.location.name, body.location.address, [body.location.postcode, body.location.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
    // A row without a value (no place, no link, no price given) is left out.
    const rows: [string, string | null][] = [
      [s.title, body.title],
      [s.type, m.types[body.type]],
      [s.audiences, f.list(body.audiences.map((a) => m.audienceNames[a]))],
      [s.when, dates.join('; ')],
      [s.where, place],
      [s.online, body.onlineUrl],
      [s.organizer, body.organizer.name],
      [s.contact, [body.contactName, body.contactEmail].filter(Boolean).join(', ')],
      [s.price, body.price === null ? null : body.price === 0 ? s.free : f.price(body.price)],
    ];
    return html`<section class="done" part="confirmation" aria-labelledby="done-heading">
      <div class="panel">
        <div class="done-heading" id="done-heading" role="heading" aria-level=${this.level()} tabindex="-1">${m.done.heading}</div>
        <p class="reference">${m.done.reference}<br /><strong>${receipt.reference}</strong></p>
      </div>
      <div class="sub-heading" role="heading" aria-level=${this.level(1)}>${m.done.next}</div>
      <ol>${m.done.steps.map((step) => html`<li>${step}</li>`)}</ol>
      <div class="sub-heading" role="heading" aria-level=${this.level(1)}>${m.done.summary}</div>
      <dl class="sent">${rows.map(([k, val]) => (val ? html`<div><dt>${k}</dt><dd>${val}</dd></div>` : nothing))}</dl>
      <button type="button" class="button quiet" @click=${this.another}>${m.done.another}</button>
    </section>`;
  }
}

/** "di 2 jun 2026, 10:00–12:00" or "2–4 jun 2026" for the summary of what was sent. */
function whenText(d: { start: string; end: string }, allDay: boolean, lang: Lang): string {
  const fmt = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Amsterdam' });
  const start = new Date(d.start);
  const end = new Date(d.end);
  if (allDay) return end > start && fmt.format(end) !== fmt.format(start) ? `${fmt.format(start)} – ${fmt.format(end)}` : fmt.format(start);
  return `${fmt.format(start)}, ${clockTime(start)}–${clockTime(end)}`;
}
