import { css } from 'lit';

export const styles = css`
  :host {
    --_open: var(--mm-walk-in-finder-open-color, var(--_mm-color-success));
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  /* While searching, keep the room the results will need (the page below does not move). */
  :host([state='loading']) .body {
    min-block-size: var(--mm-walk-in-finder-loading-min-block-size, 28em);
  }
  p {
    margin-block: 0 0.75em;
  }
  .finder {
    display: grid;
    gap: var(--_mm-space);
  }
  .heading {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .crisis {
    padding: calc(var(--_mm-space) * 0.75) var(--_mm-space);
    border: 2px solid var(--mm-walk-in-finder-crisis-border-color, var(--_mm-color-primary));
    border-inline-start-width: 6px;
    border-radius: var(--_mm-radius);
    background: var(--mm-walk-in-finder-crisis-background-color, var(--_mm-color-surface-alt));
    /* Roomy lines: the links' tap areas (below) reach into the space between them. */
    line-height: 1.75;
  }
  .crisis p:last-child {
    margin-block-end: 0;
  }
  /* The numbers are easy to hit (someone in distress, maybe shaking, on a phone), while the
     sentence keeps even lines: an inline link's padding is part of its tap area but never
     changes the height of its line, so padding makes each link 44 px tall (the glyphs' box is
     at least 1em). Links inside a sentence are exempt from WCAG 2.5.8; this is on top of it. */
  .crisis a {
    display: inline;
    padding-block: calc((var(--_mm-target) - 1em) / 2);
    /* A little wider too, without moving the words around it. */
    padding-inline: 0.25em;
    margin-inline: -0.25em;
    /* A number is never split over two lines ("0800-" / "0113"). */
    white-space: nowrap;
    font-weight: 700;
  }
  .search {
    display: grid;
    gap: 0.5em;
  }
  .combobox {
    position: relative;
    display: grid;
    gap: 0.25em;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--_mm-color-muted);
    font-size: 0.9375em;
  }
  input[type='text'],
  select {
    min-block-size: var(--_mm-target);
    padding-inline: 0.6em;
    border: 2px solid var(--_mm-color-border);
    border-radius: var(--_mm-radius);
    background: var(--_mm-color-surface);
    inline-size: 100%;
  }
  [role='listbox'] {
    position: absolute;
    inset-block-start: 100%;
    inset-inline: 0;
    z-index: 1000;
    margin: 0.25em 0 0;
    padding: 0.25em 0;
    list-style: none;
    border: 2px solid var(--_mm-color-border);
    border-radius: var(--_mm-radius);
    background: var(--_mm-color-surface);
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.2);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: flex;
    align-items: center;
    min-block-size: var(--_mm-target);
    padding-inline: 0.75em;
    cursor: pointer;
  }
  [role='option'].active,
  [role='option']:hover {
    background: var(--_mm-color-primary);
    color: var(--_mm-color-on-primary);
  }
  .search-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .problem {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 6px solid var(--_mm-color-danger);
    background: var(--_mm-color-surface-alt);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.25em;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 0;
    border-radius: var(--_mm-radius);
    background: var(--_mm-color-surface-alt);
  }
  .check,
  .radius {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_mm-target);
  }
  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
  }
  .radius select {
    inline-size: auto;
  }
  .summary,
  .start,
  .searching {
    font-weight: 600;
  }
  .skeleton {
    block-size: 20em;
    border-radius: var(--_mm-radius);
    background: var(--_mm-color-surface-alt);
  }
  .results {
    display: grid;
    gap: var(--_mm-space);
  }
  .list {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .place {
    padding: var(--_mm-space);
    border: 1px solid var(--_mm-color-border);
    border-radius: var(--_mm-radius);
  }
  .place:nth-child(n + 6) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 16em;
  }
  .place.selected {
    outline: 3px solid var(--_mm-color-primary);
    outline-offset: -1px;
  }
  .place p {
    margin-block-end: 0.5em;
  }
  .place-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    margin-block-end: 0.25em;
  }
  .place-name {
    font-weight: 700;
    font-size: 1.125em;
  }
  .distance {
    color: var(--_mm-color-muted);
  }
  .open-state {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 600;
  }
  .dot {
    flex: none;
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 50%;
    border: 2px solid var(--_mm-color-muted);
  }
  .is-open {
    color: var(--_open);
  }
  .is-open .dot {
    border-color: var(--_open);
    background: var(--_open);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }
  .facts li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_mm-color-border);
    border-radius: 1em;
    font-size: 0.9375em;
  }
  .map {
    block-size: var(--mm-walk-in-finder-map-block-size, 24em);
    border-radius: var(--_mm-radius);
    border: 1px solid var(--_mm-color-border);
    z-index: 0;
  }
  @media (min-width: 60em) {
    .results:has(.map) {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .map {
      position: sticky;
      inset-block-start: var(--_mm-space);
      block-size: var(--mm-walk-in-finder-map-block-size, 32em);
    }
  }
  @media (forced-colors: active) {
    [role='option'].active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .is-open .dot {
      background: CanvasText;
    }
  }
`;
