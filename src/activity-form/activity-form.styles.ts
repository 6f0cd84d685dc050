import { css } from 'lit';

/**
 * One column, labels above fields, hints below labels, big targets; errors with a thick
 * bar at the side (GOV.UK / NL Design System). Logical properties throughout.
 */
export const styles = css`
  :host {
    --_error: var(--mm-activity-form-error-color, var(--_mm-color-danger));
    --_border: var(--mm-activity-form-input-border-color, var(--_mm-color-text));
    max-inline-size: var(--mm-activity-form-max-inline-size, 40em);
    overflow-wrap: anywhere;
  }
  form,
  .done {
    display: grid;
    gap: calc(var(--_mm-space) * 1.5);
  }
  p {
    margin: 0;
  }
  .heading,
  .done-heading {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
  }
  .sub-heading,
  .summary-title {
    font-size: 1.25em;
    font-weight: 700;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .field {
    display: grid;
    gap: 0.35em;
  }
  .group {
    gap: var(--_mm-space);
  }
  .label {
    font-weight: 700;
    padding: 0;
  }
  legend.label {
    font-size: 1.125em;
    margin-block-end: 0.35em;
  }
  .optional,
  .hint,
  .count {
    font-weight: 400;
    color: var(--_mm-color-muted);
  }
  .count.over {
    color: var(--_error);
    font-weight: 700;
  }
  .input {
    inline-size: 100%;
    min-block-size: var(--_mm-target);
    padding: 0.4em 0.5em;
    border: 2px solid var(--_border);
    border-radius: 0;
    background: var(--_mm-color-surface);
  }
  .input.short {
    justify-self: start;
    inline-size: 10em;
    max-inline-size: 100%;
  }
  textarea.input {
    resize: vertical;
  }
  .invalid {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: 0.75em;
  }
  .invalid > .input,
  .invalid .input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
  }
  .choices {
    display: grid;
    gap: 0.5em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
  }
  .choice input {
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    margin: 0.35em 0 0;
    accent-color: var(--_mm-color-primary);
  }
  .choice label {
    padding-block: 0.45em;
    min-block-size: var(--_mm-target);
    cursor: pointer;
  }
  .times {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mm-space);
  }
  .times .input,
  .date .input[type='date'] {
    justify-self: start;
    inline-size: auto;
    min-inline-size: 9em;
  }
  .date {
    display: grid;
    gap: var(--_mm-space);
  }
  .date.many {
    padding: var(--_mm-space);
    border: 1px solid var(--_mm-color-border);
    border-radius: var(--_mm-radius);
  }
  .date-legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  .add-date,
  .remove {
    justify-self: start;
  }
  .error-summary {
    padding: var(--_mm-space);
    border: 5px solid var(--_error);
    display: grid;
    gap: 0.5em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .notice,
  .failure {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: var(--_mm-space);
    border-inline-start: 6px solid var(--_mm-color-primary);
    background: var(--_mm-color-surface-alt);
  }
  .failure {
    border-color: var(--_error);
  }
  .campaign {
    color: var(--_mm-color-muted);
  }
  .submit {
    justify-self: start;
    font-size: 1.125em;
    padding-inline: 1.25em;
  }
  .submit[aria-disabled='true'] {
    opacity: 0.75;
    cursor: progress;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 3px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .panel {
    display: grid;
    gap: 0.75em;
    padding: calc(var(--_mm-space) * 1.5);
    background: var(--mm-activity-form-confirmation-background-color, var(--_mm-color-success));
    color: var(--_mm-color-on-primary);
    text-align: center;
  }
  .reference strong {
    font-size: 1.5em;
    letter-spacing: 0.03em;
  }
  .done ol {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: 0.5em;
  }
  .done {
    container-type: inline-size;
  }
  .sent {
    margin: 0;
    display: grid;
    gap: 0.5em;
  }
  .sent div {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 2fr;
    gap: 1em;
    padding-block-end: 0.5em;
    border-block-end: 1px solid var(--_mm-color-border);
  }
  .sent dt {
    font-weight: 700;
  }
  .sent dd {
    margin: 0;
  }
  @container (max-width: 30em) {
    .sent div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  @media (forced-colors: active) {
    .invalid,
    .error-summary,
    .failure,
    .notice {
      border-color: CanvasText;
    }
    .panel {
      border: 3px solid CanvasText;
    }
  }
`;
