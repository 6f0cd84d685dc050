/**
 * Form fields with their label, hint and error in words: the error is tied to the field
 * (aria-describedby, aria-invalid) and shown next to it. `errors` maps an API path
 * (`organizer.name`) to its message. Values are bound as properties, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { errorCount, errorText } from './text.js';

export type Errors = Map<string, string>;

export interface FieldOptions {
  /** The API path; also the form control's name. */
  path: string;
  label: string;
  value: string;
  errors: Errors;
  type?: 'text' | 'email' | 'url' | 'tel' | 'number' | 'datetime-local' | 'search';
  hint?: string;
  multiline?: boolean;
  required?: boolean;
  step?: string;
  inputmode?: 'decimal' | 'numeric' | 'text';
  autocomplete?: string;
}

export const fieldId = (path: string) => `veld-${path.replace(/[^a-zA-Z0-9]/g, '-')}`;

const describedBy = (id: string, hint: boolean, error: boolean) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

export function field(o: FieldOptions): TemplateResult {
  const id = fieldId(o.path);
  const error = o.errors.get(o.path);
  const desc = describedBy(id, Boolean(o.hint), Boolean(error));
  const control = o.multiline
    ? html`<textarea id=${id} name=${o.path} rows="6" .value=${o.value} ?required=${o.required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${desc}></textarea>`
    : html`<input
        id=${id}
        name=${o.path}
        type=${o.type ?? 'text'}
        .value=${o.value}
        ?required=${o.required}
        step=${o.step ?? nothing}
        inputmode=${o.inputmode ?? nothing}
        autocomplete=${o.autocomplete ?? 'off'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${desc}
      />`;
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${id}>${o.label}${o.required ? html` <span class="required">(verplicht)</span>` : nothing}</label>
    ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    ${control}
  </div>`;
}

/** A yes/no checkbox. */
export function checkbox(path: string, label: string, checked: boolean, errors: Errors): TemplateResult {
  const id = fieldId(path);
  const error = errors.get(path);
  return html`<div class="check">
    <input type="checkbox" id=${id} name=${path} .checked=${checked} aria-describedby=${error ? `${id}-error` : nothing} />
    <label for=${id}>${label}</label>
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

/** A group of checkboxes for a list of values (fieldset and legend). */
export function checkGroup(path: string, legend: string, options: Record<string, string>, chosen: readonly string[], errors: Errors): TemplateResult {
  const error = errors.get(path);
  const id = fieldId(path);
  return html`<fieldset class="group" aria-describedby=${error ? `${id}-error` : nothing}>
    <legend>${legend}</legend>
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    <div class="options">
      ${Object.entries(options).map(
        ([value, label]) => html`<div class="check">
          <input type="checkbox" id="${id}-${value}" name=${path} value=${value} .checked=${chosen.includes(value)} />
          <label for="${id}-${value}">${label}</label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}

/** A list of the errors at the top of a form, each a link to its field; focused after a refused save. */
export function errorSummary(errors: Errors, labels: Record<string, string>): TemplateResult | typeof nothing {
  if (!errors.size) return nothing;
  return html`<div class="summary" tabindex="-1" role="group" aria-labelledby="fouten-kop">
    <h3 id="fouten-kop">Er ${errorCount(errors.size)}. Verbeter dit en sla opnieuw op.</h3>
    <ul>
      ${[...errors].map(([path, message]) => html`<li><a href="#${fieldId(path)}" @click=${(e: Event) => focusField(e, path)}>${labels[path] ?? labels[path.split('.')[0]!] ?? path}: ${message}</a></li>`)}
    </ul>
  </div>`;
}

function focusField(e: Event, path: string): void {
  e.preventDefault();
  const el = document.getElementById(fieldId(path)) ?? document.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`);
  el?.focus();
}

/**
 * The API's error items as a map of path → message (the first per path), in the words of
 * src/core/validation-messages.ts. A path inside a list (`audiences.1`) counts for the list.
 */
export function errorMap(items: readonly { path: string; code: string; message: string }[], listPaths: readonly string[] = []): Errors {
  const m: Errors = new Map();
  for (const e of items) {
    const path = listPaths.find((p) => e.path.startsWith(`${p}.`)) ?? e.path;
    if (!m.has(path)) m.set(path, errorText(e.code, e.message));
  }
  return m;
}

/** A choice from a fixed list (`options`: value → words), with its error tied to it. */
export function select(path: string, label: string, options: Record<string, string>, value: string, errors: Errors): TemplateResult {
  const id = fieldId(path);
  const error = errors.get(path);
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${id}>${label}</label>
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    <select id=${id} name=${path} aria-describedby=${error ? `${id}-error` : nothing}>
      ${Object.entries(options).map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select>
  </div>`;
}
