/**
 * What `<mm-event-list>` and `<mm-week-calendar>` share as elements: the filters a partner
 * fixes with attributes, the `all-url` way forward, and schema.org JSON-LD for search
 * engines written into the light DOM (as JSON text, never HTML).
 */
import { property } from 'lit/decorators.js';
import { MmElement } from './mm-element.js';
import { cleanFilters, eventJsonLd, type ActivityFilters } from './activities.js';
import type { Activity } from '../contract/schema.js';
import { ACTIVITY_TYPES, AUDIENCES, MODES, safeUrl } from '../contract/vocabulary.js';
import { checkAttributeNames, choiceAttribute, dateAttribute, regionAttribute } from './attribute-check.js';
import { Announcer } from './controllers/announcer.js';
// The words of the state views, for the elements that show them (the banner shows nothing
// when it has nothing): imported by their base, they travel in the chunk only those download.
import './state-messages.js';

/**
 * @fires {MmSelectEvent} mm-select - A visitor opened an activity; `detail.activity` is the activity.
 */
export class ActivityElement extends MmElement {
  /** Show only activities for this audience (`jongeren`, `ouders`, `onderwijs`, …; activities for `iedereen` too). Fixed by the partner: a visitor cannot change it. */
  @property() audience = '';
  /** Show only this type of activity (`workshop`, `webinar`, …). */
  @property() type = '';
  /** Show only activities in this province (`utrecht`, `noord-holland`; case and spaces do not matter) or municipality (`Zwolle`). */
  @property() region = '';
  /** Show only activities with this mode: `online`, `onsite` or `hybrid`. */
  @property() mode = '';
  /** Show only activities of this campaign (slug). */
  @property() campaign = '';
  /** Show only activities of this organiser. */
  @property() organizer = '';
  /** Write schema.org Event JSON-LD of the shown activities into the page (light DOM). */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;
  /** Link to the full programme, offered when nothing is found (relative links follow the page's address). */
  @property({ attribute: 'all-url' }) allUrl = '';

  /** The polite live region: results found, a week loaded, a failure (one per element). */
  protected readonly announcer = new Announcer(this);

  private ld?: HTMLScriptElement;
  private ldFor?: Activity[];

  /**
   * `all-url` as an absolute http(s) address. A relative one (`agenda/`) follows the document's
   * base (`<base href>`), as the page's own links do; anything but http(s) gives no link.
   */
  get allHref(): string | undefined {
    return safeUrl(this.allUrl, document.baseURI);
  }

  /**
   * The filters fixed with attributes, checked against the vocabulary (case and spaces do not
   * matter), empty ones left out; `ok` is false when one makes no sense (attribute-check.ts).
   */
  private checked(): { filters: ActivityFilters; ok: boolean } {
    const audience = choiceAttribute(this, 'audience', this.audience, AUDIENCES);
    const type = choiceAttribute(this, 'type', this.type, ACTIVITY_TYPES);
    const mode = choiceAttribute(this, 'mode', this.mode, MODES);
    const dates = ['from', 'to', 'week'].every((a) => !this.hasAttribute(a) || dateAttribute(this, a, this.getAttribute(a)!) !== undefined);
    const region = regionAttribute(this, this.region);
    const { campaign, organizer } = this;
    const filters = cleanFilters({ audience: audience ?? this.audience, type: type ?? this.type, region: region ?? this.region, mode: mode ?? this.mode, campaign, organizer });
    return { filters, ok: audience !== undefined && type !== undefined && mode !== undefined && region !== undefined && dates };
  }

  /** The filters fixed with attributes, checked, empty ones left out. */
  protected fixedFilters(): ActivityFilters {
    return this.checked().filters;
  }

  /** An attribute makes no sense: the webmaster was told in the console; show visitors a neutral message. */
  protected get misconfigured(): boolean {
    return !this.checked().ok;
  }

  /**
   * Keep the JSON-LD in step with what is shown: `undefined` while loading keeps the last
   * one; an empty list, or `structured-data` off, removes it.
   */
  protected writeJsonLd(items: Activity[] | undefined): void {
    if (!this.structuredData || (items && !items.length)) return this.removeJsonLd();
    if (!items || (items === this.ldFor && this.ld?.isConnected)) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    // `<` escaped: the text can never close the script element.
    script.textContent = JSON.stringify(items.map(eventJsonLd)).replace(/</g, '\\u003c');
    if (this.ld?.isConnected) this.ld.replaceWith(script);
    else this.append(script);
    this.ld = script;
    this.ldFor = items;
  }

  private removeJsonLd(): void {
    this.ld?.remove();
    this.ld = this.ldFor = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    checkAttributeNames(this, (this.constructor as typeof ActivityElement).observedAttributes);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeJsonLd();
  }
}
