import { dutch } from '../core/lang.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { DataTask, isAbort } from '../core/controllers/data-task.js';
import { MmElement } from '../core/mm-element.js';
import { apiUrl } from '../core/api.js';
import type { Campaign as CampaignData } from '../contract/schema.js';
import { Campaign } from '../contract/checkers.js';
import { RefreshWhenOnline } from '../core/controllers/refresh-when-online.js';
// The event it fires, typed in HTMLElementEventMap (one file per event).
import type {} from '../core/events/mm-dismiss.js';
import { formatters } from '../core/i18n.js';
import { todayKey } from '../core/dates.js';
import { meetsAA } from '../contract/color.js';
import { local } from '../core/storage.js';
import { isSlug, safeUrl } from '../contract/vocabulary.js';
import { tokens, buttons } from '../core/tokens.js';
import { campaignPhase, type Phase } from './campaign-phase.js';
import { messages } from './campaign-banner.messages.js';
import { styles } from './campaign-banner.styles.js';

/** `countdown="false"` (or `off`) turns the countdown off; any other value or none keeps it on. */
const onUnlessFalse = {
  fromAttribute: (v: string | null) => v === null || !/^(false|off|0)$/i.test(v),
  toAttribute: (v: boolean) => (v ? '' : 'false'),
};

/**
 * The campaign in the page's language: on an English page its English texts where it has
 * them (a missing English theme or description falls back to the Dutch one).
 */
const inLanguage = (c: CampaignData, lang: string): CampaignData =>
  lang === 'en' && c.en ? { ...c, name: c.en.name, theme: c.en.theme ?? c.theme, description: c.en.description ?? c.description } : c;

/**
 * Announces the current campaign of Missie Mentaal on a partner site: its name, theme and
 * dates, a countdown before it starts, "Deze week · dag 3 van 6" while it runs, and a link
 * to the programme. After the campaign it shows nothing, or a look-back link when the
 * campaign has one. It reserves its height while loading, so the page does not jump.
 *
 * @summary The current campaign, on every partner site.
 * @element mm-campaign-banner
 *
 * @fires {MmDismissEvent} mm-dismiss - A visitor closed the banner; `detail.campaign` is its slug. Cancelable: call `preventDefault()` to keep it.
 *
 * @csspart banner - The banner box.
 * @csspart title - The campaign name.
 * @csspart status - The countdown or "this week" line.
 * @csspart link - The link to the programme.
 * @csspart close - The close button.
 *
 * @cssprop [--mm-campaign-banner-background-color=var(--mm-color-surface-alt, #f5f1f8)] - Background (campaign colours win when they are readable).
 * @cssprop [--mm-campaign-banner-color=var(--mm-color-text, #1c1b1f)] - Text colour.
 * @cssprop [--mm-campaign-banner-accent-color=var(--mm-color-primary, #6b2c91)] - Edge, link and countdown colour.
 * @slot - Fallback content (a link to the campaign), shown until the element upgrades and when the campaign cannot be loaded.
 * @cssprop [--mm-campaign-banner-min-block-size=5.5em] - Least height of the bar (and what it reserves while loading): its three lines, countdown, name and dates.
 * @cssprop [--mm-campaign-banner-narrow-min-block-size=12em] - Least height of the bar (and what it reserves while loading) when it is narrower than 45em.
 * @cssprop [--mm-campaign-banner-card-min-block-size=16em] - Height reserved for the card while loading, and its least height.
 * @cssprop [--mm-campaign-banner-card-narrow-min-block-size=21em] - The same when the card is narrower than 25em.
 */
export class CampaignBanner extends MmElement {
  static override styles = [tokens, buttons, styles];

  /** Slug of the campaign to show; empty shows the current (or next) campaign. */
  @property() campaign = '';

  /** `bar` (one line, for the top of a page) or `card` (a block in a column). */
  @property({ reflect: true }) variant: 'bar' | 'card' = 'bar';

  /** Show a close button; the choice is remembered per campaign in this browser. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** Show "Nog 12 dagen" before the start. `countdown="false"` shows the dates only. */
  @property({ converter: onUnlessFalse }) countdown = true;

  /** Preview the banner as on another day, e.g. `now="2026-06-03"`. */
  @property() now = '';

  @state() private dismissed = false;

  /** Once the placeholder has closed (or the visitor dismissed the banner), render nothing at all. */
  @state() private collapsed = false;

  // A removed element stops asking; put back, it asks again (DataTask).
  private readonly task = new DataTask(this, {
    task: async ([slug, base], { signal }): Promise<CampaignData> => {
      if (slug && !isSlug(slug)) throw new Error(`"${slug}" is not a campaign slug`);
      const url = apiUrl(base, slug ? `campaigns/${slug}` : 'campaigns/current');
      try {
        return (await this.task.get(url, Campaign, { signal, persist: true })).data;
      } catch (err) {
        // A banner is decoration: a failure shows nothing, with one warning for the webmaster.
        if (!isAbort(err)) {
          console.warn('[missie-mentaal] <mm-campaign-banner> shows nothing:', err instanceof Error ? err.message : err);
        }
        throw err;
      }
    },
    args: () => [this.campaign, this.apiBase] as const,
  });
  // Back online after a failure: it asks again by itself.
  protected readonly online = new RefreshWhenOnline(this, this.task);

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('state', 'loading');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('campaign') || changed.has('dismissible')) this.dismissed = this.dismissible && local.get(this.dismissKey()) === '1';
  }

  private dismissKey(slug = this.campaign || 'current'): string {
    return `banner-dismissed:${slug}`;
  }

  private phase(c: CampaignData): Phase {
    return campaignPhase(c, todayKey(this.now));
  }

  /** What the banner shows for a campaign: nothing, the announcement, or a look-back link. */
  private visible(c: CampaignData): 'banner' | 'look-back' | 'none' {
    // Closing a banner hides the dismissible banners of that campaign, never the fixed ones.
    if (this.dismissed || (this.dismissible && local.get(this.dismissKey(c.slug)) === '1')) return 'none';
    const p = this.phase(c);
    if (p.kind !== 'after') return 'banner';
    return safeUrl(c.lookBackUrl) ? 'look-back' : 'none';
  }

  private dismiss(c: CampaignData): void {
    const go = this.emit('mm-dismiss', { campaign: c.slug }, { cancelable: true });
    if (!go) return;
    local.set(this.dismissKey(c.slug), '1');
    // Focus goes where the visitor was heading, not back to the top of the page (<body>): the
    // next thing on the page one can tab to, else the one before.
    const next = this.focusAfterClose();
    this.collapsed = true; // the visitor closed it: no placeholder to animate
    this.dismissed = true;
    void this.updateComplete.then(() => next?.focus());
  }

  private focusAfterClose(): HTMLElement | undefined {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter(
      (e) => !this.contains(e) && !e.hasAttribute('disabled') && e.getClientRects().length > 0,
    );
    const after = all.find((e) => this.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);
    return after ?? all.filter((e) => this.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING).at(-1);
  }

  protected override updated(): void {
    // The host's state drives the reserved height in CSS (`:host([state=loading])`).
    const c = this.task.value;
    const s = this.task.status;
    const shown = s === TaskStatus.COMPLETE && c ? this.visible(c) : 'none';
    const loading = s === TaskStatus.INITIAL || s === TaskStatus.PENDING;
    this.setAttribute('state', loading ? 'loading' : shown === 'none' ? 'hidden' : 'shown');
    // Campaign colours only when readable (WCAG AA), else the theme's.
    const colors = c?.colors;
    if (colors && meetsAA(colors.text, colors.background)) {
      this.style.setProperty('--_mm-banner-bg', colors.background);
      this.style.setProperty('--_mm-banner-fg', colors.text);
    } else {
      this.style.removeProperty('--_mm-banner-bg');
      this.style.removeProperty('--_mm-banner-fg');
    }
  }

  private heading(c: CampaignData) {
    return html`<div class="title" part="title" role="heading" aria-level=${this.level()} lang=${this.textLang(c)}>${c.name}</div>`;
  }

  /** The campaign's own texts are Dutch unless it has English ones for an English page. */
  private textLang(c: CampaignData) {
    return this.language !== 'nl' && c.en ? nothing : dutch(this.language);
  }

  private renderBanner(c: CampaignData) {
    const m = messages[this.language];
    const f = formatters(this.language);
    const p = this.phase(c);
    const sameYear = c.start.slice(0, 4) === c.end.slice(0, 4);
    const dates = m.dates(f.date(c.start, !sameYear), f.date(c.end, true));
    let status: string | typeof nothing = nothing;
    if (p.kind === 'before' && this.countdown) status = p.daysLeft === 1 ? m.startsTomorrow : m.daysLeft(p.daysLeft);
    if (p.kind === 'during') status = p.last ? m.lastDay : `${m.thisWeek} · ${m.dayOf(p.day, p.total)}`;
    const link = safeUrl(c.url);
    return html`<section class="banner" part="banner" aria-label=${`${m.label}: ${c.name}`}>
      <div class="text">
        ${status !== nothing ? html`<p class="status" part="status">${status}</p>` : nothing}
        ${this.heading(c)}
        ${c.theme ? html`<p class="theme" lang=${this.textLang(c)}>${c.theme}</p>` : nothing}
        <p class="dates">${dates}</p>
        ${this.variant === 'card' && c.description ? html`<p class="description" lang=${this.textLang(c)}>${c.description}</p>` : nothing}
      </div>
      ${link
        ? html`<a class="button link" part="link" href=${link}>${m.more}<span class="visually-hidden">: ${c.name}</span></a>`
        : nothing}
      ${this.dismissible ? this.renderClose(c) : nothing}
    </section>`;
  }

  private renderClose(c: CampaignData) {
    const label = messages[this.language].dismiss(c.name);
    return html`<button class="close" part="close" type="button" aria-label=${label} title=${label} @click=${() => this.dismiss(c)}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" /></svg>
    </button>`;
  }

  private renderLookBack(c: CampaignData) {
    const m = messages[this.language];
    return html`<section class="banner look-back" part="banner" aria-label=${`${m.label}: ${c.name}`}>
      <div class="text">${this.heading(c)}</div>
      <a class="button quiet link" part="link" href=${safeUrl(c.lookBackUrl)!}>${m.lookBack}<span class="visually-hidden">: ${c.name}</span></a>
      ${this.dismissible ? this.renderClose(c) : nothing}
    </section>`;
  }

  /** The reserved space, closing when there turned out to be nothing to show. */
  private placeholder(closing: boolean) {
    if (this.collapsed) return nothing;
    return html`<div class=${closing ? 'placeholder collapse' : 'placeholder'} aria-hidden="true" @animationend=${() => (this.collapsed = true)}></div>`;
  }

  override render() {
    return this.task.render({
      pending: () => this.placeholder(false),
      complete: (campaign) => {
        const c = inLanguage(campaign, this.language);
        const v = this.visible(c);
        return v === 'banner' ? this.renderBanner(c) : v === 'look-back' ? this.renderLookBack(c) : this.placeholder(true);
      },
      // Nothing from the API (down, blocked, unknown campaign): the partner's own fallback
      // content (a link) shows, as it did before the element upgraded; without any, the
      // reserved space closes.
      error: () => (this.hasFallback() ? html`<div class="fallback" part="fallback"><slot></slot></div>` : this.placeholder(true)),
    });
  }

  private hasFallback(): boolean {
    return [...this.childNodes].some((n) => n.nodeType === Node.ELEMENT_NODE || !!n.textContent?.trim());
  }
}
