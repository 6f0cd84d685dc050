import { css } from 'lit';

export const styles = css`
  :host {
    --_bg: var(--_mm-banner-bg, var(--mm-campaign-banner-background-color, var(--_mm-color-surface-alt)));
    --_fg: var(--_mm-banner-fg, var(--mm-campaign-banner-color, var(--_mm-color-text)));
    --_accent: var(--_mm-banner-fg, var(--mm-campaign-banner-accent-color, var(--_mm-color-primary)));
    /* The edge stripe: with the campaign's own colours it takes their background (their text
       colour, often white, made a pale stripe that looked like an indent). */
    --_edge: var(--mm-campaign-banner-accent-color, var(--_mm-banner-bg, var(--_mm-color-primary)));
    /* The placeholder measures the banner's own width (not the viewport's) to reserve its height. */
    container-type: inline-size;
  }
  /* Reserve about the height the banner will have while loading: no jump when it shows. */
  .placeholder {
    block-size: var(--_bar-block-size);
    border-radius: var(--_mm-radius);
    background: var(--_mm-color-surface-alt);
  }
  /* A bar is as tall as its placeholder at least, as the card below: the page does not move
     when the campaign arrives with a shorter text (the loader reserves the same height). */
  .placeholder,
  .banner {
    --_bar-block-size: var(--mm-campaign-banner-min-block-size, 5.5em);
  }
  :host(:not([variant='card'])) .banner {
    min-block-size: var(--_bar-block-size);
  }
  @container (max-width: 45em) {
    .placeholder,
    .banner {
      --_bar-block-size: var(--mm-campaign-banner-narrow-min-block-size, 12em);
    }
  }
  /* A card is as tall as its placeholder at least, so a short campaign text does not pull the
     page up either; narrow cards wrap more lines (measured: 14.5–16em wide, 19–22em in a phone column). */
  :host([variant='card']) .placeholder {
    block-size: var(--_card-block-size);
  }
  :host([variant='card']) .placeholder,
  :host([variant='card']) .banner {
    --_card-block-size: var(--mm-campaign-banner-card-min-block-size, 16em);
  }
  @container (max-width: 25em) {
    :host([variant='card']) .placeholder,
    :host([variant='card']) .banner {
      --_card-block-size: var(--mm-campaign-banner-card-narrow-min-block-size, 21em);
    }
  }
  /* Nothing to show: the reserved space closes smoothly instead of jumping. */
  .placeholder.collapse {
    animation: collapse 0.2s ease-out forwards;
  }
  @keyframes collapse {
    to {
      block-size: 0;
      opacity: 0;
    }
  }
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_mm-space) * 0.5) var(--_mm-space);
    padding-block: calc(var(--_mm-space) * 0.5);
    padding-inline: var(--_mm-space);
    border-inline-start: 0.375em solid var(--_edge);
    border-radius: var(--_mm-radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  .text {
    flex: 1 1 16em;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
  }
  p {
    margin: 0;
  }
  .title {
    font-weight: 700;
    font-size: 1.125em;
  }
  .status {
    flex-basis: 100%;
    font-weight: 700;
    color: var(--_accent);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.85em;
  }
  .button.link {
    --_mm-color-primary: var(--_accent);
    --_mm-color-on-primary: var(--_bg);
    flex: 0 0 auto;
  }
  .close {
    display: inline-grid;
    place-items: center;
    inline-size: var(--_mm-target);
    block-size: var(--_mm-target);
    margin-inline-start: auto;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .close:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }

  /* Card: a block in a column, with the description. */
  :host([variant='card']) .banner {
    min-block-size: var(--_card-block-size);
    flex-direction: column;
    align-items: stretch;
    position: relative;
    padding: var(--_mm-space);
    border-inline-start: 0;
    border-block-start: 0.375em solid var(--_edge);
  }
  :host([variant='card']) .text {
    flex: none;
    flex-direction: column;
    gap: 0.35em;
  }
  :host([variant='card']) .title {
    font-size: 1.375em;
    line-height: 1.25;
  }
  :host([variant='card']) .close {
    position: absolute;
    inset-block-start: 0.25em;
    inset-inline-end: 0.25em;
  }
  :host([variant='card']) .status {
    padding-inline-end: var(--_mm-target);
  }
  :host([variant='card']) .button.link {
    align-self: flex-start;
  }

  @media (forced-colors: active) {
    .banner {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .close {
      display: none;
    }
  }
`;
