/**
 * Design tokens as CSS custom properties. The host page themes every element with the
 * common tokens (`--mm-color-primary`, `--mm-color-text`, `--mm-font-family`, `--mm-radius`,
 * `--mm-space`, …); each element adds its own knobs `--mm-<element>-<part>-<property>` that
 * fall back to these, then to a literal. Private computed values are `--_mm-*`.
 * Also the base rules every shadow root needs: an isolated box model, a visible focus
 * ring, a visually-hidden utility, reduced motion and forced colours.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_mm-color-primary: var(--mm-color-primary, #6b2c91);
    --_mm-color-on-primary: var(--mm-color-on-primary, #ffffff);
    --_mm-color-text: var(--mm-color-text, #1c1b1f);
    --_mm-color-muted: var(--mm-color-muted, #55525c);
    --_mm-color-surface: var(--mm-color-surface, #ffffff);
    --_mm-color-surface-alt: var(--mm-color-surface-alt, #f5f1f8);
    --_mm-color-border: var(--mm-color-border, #8a8494);
    --_mm-color-danger: var(--mm-color-danger, #b3261e);
    --_mm-color-success: var(--mm-color-success, #1e6b34);
    --_mm-color-focus: var(--mm-color-focus, #1f5fd1);
    --_mm-font-family: var(--mm-font-family, inherit);
    --_mm-font-size: var(--mm-font-size, medium); /* the visitor's default size, even when the page sets html { font-size: 62.5% } */
    --_mm-line-height: var(--mm-line-height, 1.5);
    --_mm-radius: var(--mm-radius, 0.5em);
    --_mm-space: var(--mm-space, 1em);
    --_mm-target: 44px;

    /* A hostile page may set anything on * or body: reset what is inherited. */
    all: initial;
    display: block;
    box-sizing: border-box;
    color: var(--_mm-color-text);
    font-family: var(--_mm-font-family);
    font-size: var(--_mm-font-size);
    line-height: var(--_mm-line-height);
    text-align: start;
    /* A stream address, an e-mail address or "arbeidsongeschiktheidsverzekeringsmaatschappij"
       breaks where it must instead of pushing the page sideways at 320 px (WCAG 1.4.10);
       "anywhere" (not "break-word") also lets flex and grid items shrink past such a word. */
    overflow-wrap: anywhere;
    contain: layout style;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_mm-color-focus);
    outline-offset: 2px;
  }
  a {
    color: inherit;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    margin: -1px !important;
    padding: 0 !important;
    border: 0 !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  /* Paper cannot be pressed: what only works on a screen is left off it, in every element
     (the subscribe menu, the filter bar and its button, "Meer laden", retry and the other
     buttons of a state message, a close button). Mark anything else with .screen-only. */
  @media print {
    .screen-only,
    .subscribe,
    .filters,
    .filters-toggle,
    [part~='load-more'],
    .state button,
    .close {
      display: none !important;
    }
  }
`;

/** A shared button look: primary or quiet, at least 44 px tall. */
export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: var(--_mm-target);
    min-inline-size: var(--_mm-target);
    padding-block: 0.4em;
    padding-inline: 1em;
    border: 2px solid var(--_mm-color-primary);
    border-radius: var(--_mm-radius);
    background: var(--_mm-color-primary);
    color: var(--_mm-color-on-primary);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    /* A button's words stay whole ("Sluiten", not "Slu/ite/n" beside a long dialog title):
       it keeps the width of its longest word, and only a longer word than the line breaks. */
    overflow-wrap: break-word;
  }
  .button.quiet {
    background: transparent;
    color: var(--_mm-color-primary);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
