/** The audit trail of a submission or a place: when, who and what, oldest first. */
import { html, type TemplateResult } from 'lit';
import { AUDIT_NAMES, FIELD_LABELS, WALK_IN_LABELS, when } from './text.js';
import type { AuditEntry } from './types.js';

function what(e: AuditEntry): string {
  const d = e.details;
  const fields = Array.isArray(d.fields) ? (d.fields as string[]).map((f) => FIELD_LABELS[f] ?? WALK_IN_LABELS[f] ?? f).join(', ') : '';
  // A partner's cancellation names its dates (all of them, or which).
  const dates = d.all === true ? ' (alle datums)' : Array.isArray(d.dates) ? `: ${(d.dates as string[]).map(when).join(', ')}` : '';
  const extra = fields ? `: ${fields}` : typeof d.reason === 'string' ? `, reden: ${d.reason}` : dates;
  return `${AUDIT_NAMES[e.action] ?? e.action}${extra}`;
}

export function auditView(items: readonly AuditEntry[]): TemplateResult {
  return html`<section aria-labelledby="logboek-kop">
    <h3 id="logboek-kop">Logboek</h3>
    ${items.length
      ? html`<ol class="audit">
          ${items.map((e) => html`<li><span class="when">${when(e.at)}</span> · <span class="who">${e.who}</span> · ${what(e)}</li>`)}
        </ol>`
      : html`<p>Nog niets gedaan.</p>`}
  </section>`;
}
