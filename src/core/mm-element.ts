/**
 * The base of every Missie Mentaal element (after Shoelace's ShoelaceElement):
 * - `define()` registers a tag only when it is free; the same version loaded twice is
 *   silent, another version warns once and never throws (partner pages include the script
 *   twice, or an old copy sits in a CMS template);
 * - `emit()` fires typed `mm-*` events that bubble out of the shadow root;
 * - `language` follows the element's `lang`, else the closest `[lang]` ancestor;
 * - `apiBase` follows `api`, else the loader's default;
 * - `headingLevel` (`heading-level`): the host page decides its outline, so every element
 *   starts its headings at the level it is given, read through `level` (one clamp for all).
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveLang, toLang, type Lang } from './i18n.js';
import { apiBase } from './api.js';

declare const __MM_VERSION__: string | undefined;
/** The library version, injected by the build (`dev` in tests and Storybook). */
export const VERSION: string = typeof __MM_VERSION__ === 'string' ? __MM_VERSION__ : 'dev';

const warned = new Set<string>();

/**
 * @slot - Fallback content (a link to the programme), shown until the element upgrades and when it cannot load.
 */
export class MmElement extends LitElement {
  static readonly version = VERSION;

  /** Register `tag` for this class unless it is taken; warn once when another version has it. */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) {
      customElements.define(tag, ctor);
      return;
    }
    if (existing.version !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `[missie-mentaal] <${tag}> is already registered by version ${existing.version ?? 'unknown'}; version ${VERSION} is not used. Include the script once.`,
      );
    }
  }

  /** Base URL of the content API (`https://…/api/v1/`). */
  @property({ reflect: false }) api = '';

  /** Language: `nl` (default) or `en`. Inherited from the closest `[lang]` when not set. */
  @property({ reflect: false }) override lang = '';

  /** Level of the element's top heading (1–6); deeper headings follow it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * `heading-level` as an `aria-level`: rounded and kept within 1–6 (7 gives 6, 0 and
   * non-numbers the default 2). `deeper` adds levels for nested headings, never past 6.
   */
  protected level(deeper = 0): number {
    const n = Math.round(this.headingLevel) || 2;
    return Math.min(6, Math.max(1, n) + deeper);
  }

  /** The language in use, resolved from `lang` and the page. */
  get language(): Lang {
    return this.lang ? toLang(this.lang) : resolveLang(this);
  }

  get apiBase(): string {
    return apiBase(this.api);
  }

  /** Fire `mm-*` events as the design says: bubbling and composed, typed per name. */
  protected emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail?: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
    init: Omit<CustomEventInit, 'detail'> = {},
  ): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, ...init, detail }));
  }
}
