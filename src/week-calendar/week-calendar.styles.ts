import { css, unsafeCSS, type CSSResult } from 'lit';

/** The print layout: used by `@media print` (host `:host`) and by the `print` attribute. */
const printRules = (h: string): CSSResult => {
  const H = unsafeCSS(h);
  return css`
    /* On paper every card is laid out, not only those near the viewport. */
    ${H} .act {
      content-visibility: visible;
    }
    ${H} .nav,
    ${H} button:not(.open),
    ${H} .hint,
    ${H} dialog,
    ${H} .skeleton {
      display: none;
    }
    ${H} .wrap {
      color: #000;
      font-size: 10pt;
      line-height: 1.35;
    }
    ${H} .subscribe {
      display: none;
    }
    ${H} .body {
      min-block-size: 0;
      block-size: auto;
      overflow: visible;
    }
    ${H} .days {
      display: block;
    }
    /* A school's week on one A4 page where it can: the days in two columns (a landscape
       @page cannot be asked for from inside a shadow root), never a day cut in two. */
    @container mm-week (min-width: 36em) {
      ${H} .days {
        columns: 2;
        column-gap: 2em;
      }
    }
    ${H} .day {
      background: none;
      border: 0;
      border-block-start: 2px solid #000;
      border-radius: 0;
      padding: 0.25em 0 0.5em;
      margin: 0;
      break-inside: avoid;
      page-break-inside: avoid;
    }
    ${H} .day.busy {
      break-inside: auto;
      page-break-inside: auto;
    }
    ${H} .day-head {
      position: static;
      min-block-size: 0;
      display: flex;
      gap: 1em;
      align-items: baseline;
      break-after: avoid;
    }
    ${H} .acts {
      display: flex;
      gap: 0.25em;
    }
    ${H} .act {
      background: none;
      border: 0;
      border-radius: 0;
      box-shadow: none;
      padding: 0.125em 0;
      display: grid;
      grid-template-columns: 7em 1fr;
      column-gap: 0.75em;
      break-inside: avoid;
    }
    ${H} .act > :not(.when) {
      grid-column: 2;
    }
    ${H} .when {
      grid-row: 1 / span 4;
    }
    ${H} .open {
      color: inherit;
      text-decoration: none;
      min-block-size: 0;
      padding: 0;
    }
    ${H} .print-only {
      display: block;
    }
    ${H} .badge,
    ${H} .button {
      background: none;
      color: inherit;
      border: 0;
      padding: 0;
      min-block-size: 0;
      font-weight: 400;
    }
    ${H} a[href] {
      text-decoration: underline;
    }
    ${H} a[href]:not(.day-title)::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    ${H} .day.today .day-title {
      text-decoration: underline;
    }
  `;
};

export const styles = css`
  .wrap {
    container: mm-week / inline-size;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .title {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  /* On a narrow screen the week's title ("Week van 7 t/m 13 juni 2027") takes two lines; the
     short loading title keeps room for them, so the week does not move down when it arrives. */
  @media (max-width: 45em) {
    .title {
      min-block-size: 2lh;
    }
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .nav .button {
    padding-inline: 0.75em;
  }
  /* Narrow (a phone, a school page's column): the three buttons on one row, "‹ Deze week ›";
     the words "Vorige week" and "Volgende week" stay in the buttons' names. */
  @container mm-week (max-width: 30em) {
    .nav {
      display: grid;
      grid-template-columns: auto 1fr auto;
      inline-size: 100%;
    }
    .nav-word {
      position: absolute;
      clip-path: inset(50%);
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      white-space: nowrap;
    }
  }
  p {
    margin: 0;
  }
  .status {
    margin-block: 0.25em 0.75em;
    min-block-size: 1.5em;
    color: var(--_mm-color-muted);
  }
  .status.stale {
    color: var(--_mm-color-text);
    font-weight: 600;
  }
  .status.stale::before {
    content: '⚠ ' / '';
  }
  .body {
    min-block-size: var(--mm-week-calendar-min-block-size, 24em);
  }

  .days,
  .acts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .acts {
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  .day {
    background: var(--mm-week-calendar-day-background-color, var(--_mm-color-surface-alt));
    border: 2px solid transparent;
    border-radius: var(--_mm-radius);
    padding: 0.5em;
    min-inline-size: 0;
    break-inside: avoid;
  }
  /* Under a long day: "Toon nog 12 activiteiten". Full width, so it is an easy target. */
  .more {
    inline-size: 100%;
    margin-block-start: 0.5em;
  }
  .more-text {
    margin: 0.5em 0 0;
    font-weight: 700;
  }
  .day.today {
    border-color: var(--mm-week-calendar-today-border-color, var(--_mm-color-primary));
  }
  .day-head {
    min-block-size: 3.25em;
  }
  /* A link to the day's activities that reads as the day's name (block: ::first-letter). */
  .day-title {
    display: block;
    color: inherit;
    text-decoration: none;
    font-weight: 700;
    line-height: 1.3;
    border-radius: 2px;
  }
  .day-title::first-letter {
    text-transform: uppercase;
  }
  .badge {
    display: inline-block;
    padding-inline: 0.4em;
    border-radius: var(--_mm-radius);
    background: var(--mm-week-calendar-today-border-color, var(--_mm-color-primary));
    color: var(--_mm-color-on-primary);
    font-size: 0.8125em;
  }
  .count,
  .meta,
  .hint {
    color: var(--_mm-color-muted);
    font-size: 0.875em;
  }
  /* Cards out of view skip layout and paint until they come near: a day of the national
     week can hold hundreds. */
  /* Not the first cards of a day: they are in view at once, and laying them out first at the
     estimated 7em and then at their real height moved the cards below (a layout shift). */
  .act:nth-child(n + 5) {
    content-visibility: auto;
    contain-intrinsic-size: auto 7em;
  }
  .act {
    background: var(--mm-week-calendar-activity-background-color, var(--_mm-color-surface));
    border: 1px solid var(--_mm-color-border);
    border-radius: var(--_mm-radius);
    padding: 0.375em 0.5em;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .when {
    font-weight: 600;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .open {
    display: block;
    inline-size: 100%;
    min-block-size: var(--_mm-target);
    margin: 0;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_mm-color-primary);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .open:hover {
    text-decoration-thickness: 2px;
  }
  .name {
    font-weight: 600;
  }
  .cancelled .open,
  .cancelled .name {
    text-decoration: line-through;
  }
  .cancelled-note {
    color: var(--_mm-color-danger);
  }
  .print-only {
    display: none;
  }
  /* The state views (state-views.ts) fill the box the days will take. */
  .state {
    min-block-size: var(--mm-week-calendar-min-block-size, 24em);
  }
  .foot p:first-child {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .foot {
    margin-block-start: 1em;
  }
  .skeleton .bar {
    display: block;
    block-size: 1.1em;
    margin-block: 0.2em;
    border-radius: 4px;
    background: var(--_mm-color-surface);
    animation: pulse 1.5s ease-in-out infinite alternate;
  }
  .skeleton .short {
    inline-size: 60%;
  }
  .skeleton .card {
    display: none;
    block-size: 4em;
  }
  @keyframes pulse {
    to {
      opacity: 0.4;
    }
  }

  @container mm-week (min-width: 560px) {
    .acts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
    }
  }
  /* Seven columns from 900 px: narrower, Dutch words ("tentoonstelling") no longer fit. */
  @container mm-week (min-width: 900px) {
    .acts {
      display: flex;
    }
    .days {
      display: grid;
      grid-template-columns: repeat(7, minmax(0, 1fr));
      gap: 0.375em;
    }
    .day {
      padding: 0.375em;
    }
    .day-head {
      min-block-size: 4.5em;
    }
    .skeleton .card {
      display: block;
    }
    /* Seven columns get a fixed height. How tall a week is, is only known once it has
       loaded, and a calendar that grows when its activities arrive pushes the rest of the
       page down (three calendars on a school page shifted it by 0.28 CLS). Skeleton, empty,
       error and loaded week all fill the same box; a busy week scrolls inside it, with the
       day names kept in view. Paper and the hallway screen show everything. */
    .body {
      block-size: var(--mm-week-calendar-grid-block-size, 40em);
      overflow-y: auto;
    }
    .days,
    .state {
      min-block-size: 100%;
      box-sizing: border-box;
    }
    .day-head {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      background: inherit; /* the day's own, so the cards scroll under it (and none on paper) */
    }
    .acts {
      font-size: clamp(0.8125em, 1.2cqi, 1em);
    }
    .act {
      padding: 0.25em 0.375em;
    }
  }

  dialog {
    inline-size: min(40em, calc(100vw - 2em));
    max-block-size: calc(100dvh - 2em);
    border: 1px solid var(--_mm-color-border);
    border-radius: var(--_mm-radius);
    padding: 1.25em;
    color: var(--_mm-color-text);
    background: var(--_mm-color-surface);
    font-family: var(--_mm-font-family);
    line-height: var(--_mm-line-height);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-head {
    display: flex;
    gap: 1em;
    justify-content: space-between;
    align-items: start;
  }
  .dialog-title {
    font-size: 1.25em;
    font-weight: 700;
    padding-block-start: 0.25em;
  }
  /* The dialog's own facts (when, where, …) look like the details' (detailsStyles). */
  dialog > .facts {
    margin-block: 0.75em;
  }

  /* The hallway screen: the days left in the week side by side in one row, type that
     grows with the screen (1920×1080 and 1280×720 alike show every day without scrolling),
     and at most DISPLAY_DAY_LIMIT activities a day with "En nog 3 activiteiten" under them. */
  :host([display]) .wrap {
    font-size: var(--mm-week-calendar-display-font-size, clamp(1rem, 0.2rem + 0.9vh + 0.35vw, 2.25rem));
  }
  :host([display]) .body {
    block-size: auto;
    overflow: visible;
    min-block-size: 0;
  }
  :host([display]) .days {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: 0.4em;
  }
  :host([display]) .day {
    padding: 0.4em;
  }
  :host([display]) .day-head {
    min-block-size: 0;
    position: static;
  }
  :host([display]) .acts {
    display: flex;
    gap: 0.35em;
    margin-block-start: 0.35em;
    font-size: 0.9em;
  }
  :host([display]) .act {
    padding: 0.25em 0.4em;
    line-height: 1.3;
  }
  /* Narrower than a screen (a tablet in portrait): the days wrap into rows. */
  @container mm-week (max-width: 900px) {
    :host([display]) .days {
      grid-auto-flow: row;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    }
  }

  ${printRules(':host([print])')}

  @media print {
    ${printRules(':host')}
    :host {
      contain: none;
    }
  }
  @page {
    size: A4;
    margin: 15mm;
  }

  @media (forced-colors: active) {
    .day.today {
      border-color: Highlight;
    }
    .badge {
      border: 1px solid CanvasText;
    }
    .act,
    .day {
      border-color: CanvasText;
    }
    .skeleton .bar {
      background: GrayText;
    }
    .open {
      color: LinkText;
    }
  }
`;
