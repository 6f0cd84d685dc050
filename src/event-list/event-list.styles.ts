import { css } from 'lit';

export const styles = css`
  :host {
    --_heading-color: var(--mm-event-list-day-heading-color, var(--_mm-color-primary));
    --_line: var(--mm-event-list-item-border-color, var(--_mm-color-border));
    --_cancelled: var(--mm-event-list-cancelled-color, var(--_mm-color-danger));
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    /* Its own width decides whether the filter bar folds, not the screen's (a sidebar). */
    container: mm-list / inline-size;
  }
  /* Room for the first page, the same the loader reserved before the element was defined
     (src/loader.ts): about 13em per activity on a phone, 11em wider, plus the filter bar, at
     most a screenful (a longer list grows below the fold, where it moves nothing in sight).
     Estimated on the generous side and kept while activities show, so the list never
     shrinks under what follows it; an empty list or an error gives the room back. Browsers
     without typed attr() reserve a screenful. */
  :host(:is([state='loading'], [state='ready'], [state='stale'])) {
    --_per: 13em;
    --_base: 5em;
    min-block-size: var(--mm-event-list-loading-min-block-size, 100vh);
    min-block-size: var(--mm-event-list-loading-min-block-size, min(100vh, calc(attr(limit type(<number>), 20) * var(--_per) + var(--_base))));
  }
  :host(:is([state='loading'], [state='ready'], [state='stale'])[filters]) {
    --_base: 21em;
  }
  @media (min-width: 45em) {
    :host(:is([state='loading'], [state='ready'], [state='stale'])) {
      --_per: 11em;
      --_base: 4em;
    }
    :host(:is([state='loading'], [state='ready'], [state='stale'])[filters]) {
      --_base: 14em;
    }
  }
  p {
    margin-block: 0 0.75em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_mm-space) * 0.75);
    padding: calc(var(--_mm-space) * 0.75);
    margin-block-end: var(--_mm-space);
    border-radius: var(--_mm-radius);
    background: var(--mm-event-list-filters-background-color, var(--_mm-color-surface-alt));
  }
  .filters-toggle {
    display: none;
    margin-block-end: calc(var(--_mm-space) * 0.5);
  }
  .filters-toggle::after {
    content: '▾' / '';
  }
  .filters-toggle[aria-expanded='true']::after {
    content: '▴' / '';
  }
  @container mm-list (max-width: 30em) {
    .filters-toggle {
      display: inline-flex;
    }
    .filters:not(.open) {
      display: none;
    }
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 9rem;
    min-inline-size: 0;
  }
  .field.search {
    flex-basis: 16rem;
  }
  label {
    font-weight: 600;
  }
  select,
  input {
    inline-size: 100%;
    min-block-size: var(--_mm-target);
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border: 2px solid var(--_mm-color-border);
    border-radius: var(--_mm-radius);
    background: var(--_mm-color-surface);
  }
  .subscribe {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.75em;
  }
  .subscribe a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_mm-target);
    color: var(--_mm-color-primary);
    font-weight: 600;
  }
  .hint,
  .meta,
  .count,
  .loading {
    color: var(--_mm-color-muted);
  }
  .body:focus {
    outline: none;
  }
  .day {
    margin-block-end: calc(var(--_mm-space) * 1.5);
  }
  /* Activities out of view skip layout and paint until they come near (a day of the
     national week can hold hundreds, so per item, not per day). Not the first few of the
     first days: those are in view at once, and laying them out first at the estimated 6em
     and then at their real height moved what follows them (a layout shift). */
  .day:nth-child(n + 6) .item,
  .item:nth-child(n + 6) {
    content-visibility: auto;
    contain-intrinsic-size: auto 6em;
  }
  @media print {
    .item {
      content-visibility: visible;
      break-inside: avoid;
    }
    .day-heading {
      break-after: avoid;
    }
    /* Paper cannot open an activity: no chevron. */
    .toggle::before {
      display: none;
    }
    .toggle {
      padding-inline-start: 0;
    }
  }
  .day-heading {
    margin: 0;
    padding-block: 0.25em;
    border-block-end: 2px solid var(--_heading-color);
    color: var(--_heading-color);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .items,
  .meta {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    padding-block: 0.5em 0.75em;
    border-block-end: 1px solid var(--_line);
  }
  .item-heading {
    margin: 0;
    font-size: 1em;
  }
  .toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
    inline-size: 100%;
    min-block-size: var(--_mm-target);
    margin: 0;
    padding-block: 0.4em;
    padding-inline: 1.5em 0.25em;
    position: relative;
    border: 0;
    border-radius: var(--_mm-radius);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .toggle::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.3em;
    inset-block-start: 0.95em;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  .when {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .toggle .continues {
    flex-basis: 100%;
  }
  .title {
    color: var(--_mm-color-primary);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .toggle:hover .title {
    text-decoration-thickness: 2px;
  }
  .cancelled .title {
    text-decoration: line-through;
  }
  .badge {
    padding-inline: 0.4em;
    border: 2px solid var(--_cancelled);
    border-radius: var(--_mm-radius);
    color: var(--_cancelled);
    font-weight: 700;
    font-size: 0.875em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
    padding-inline-start: 1.6em;
    font-size: 0.9375em;
  }
  .panel {
    padding-inline-start: 1.5em;
    padding-block-start: 0.5em;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .bone {
    border-radius: var(--_mm-radius);
    background: var(--_mm-color-surface-alt);
    animation: pulse 1.5s ease-in-out infinite alternate;
  }
  .bone.heading {
    block-size: 2.25em;
    inline-size: 50%;
  }
  .bone.item {
    block-size: 4.5em;
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .bone,
    .day-heading {
      border-color: CanvasText;
      forced-color-adjust: none;
      color: CanvasText;
    }
    .bone {
      border: 1px solid CanvasText;
    }
    .toggle::before {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`;
