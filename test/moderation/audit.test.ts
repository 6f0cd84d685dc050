import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { auditView } from '../../moderation/audit.js';
import type { AuditEntry } from '../../moderation/types.js';

const entry = (action: AuditEntry['action'], details: Record<string, unknown>): AuditEntry => ({ id: 1, at: '2027-06-01T08:00:00Z', who: 'Organisator (beheerlink)', action, reference: 'MM-2027-000001', details });

describe('moderation/audit', () => {
  it("says in words what a partner did through the management link, and which dates they cancelled", () => {
    const el = document.createElement('div');
    render(auditView([entry('revise', { fields: ['title'] }), entry('cancel', { dates: ['2027-06-10T08:00:00.000Z'], all: false }), entry('cancel', { dates: [], all: true })]), el);
    const lines = [...el.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines[0]).to.contain('Aangepast door de organisator: Titel');
    expect(lines[1]).to.match(/Afgezegd door de organisator: 10 jun\.? 2027,? 10:00/);
    expect(lines[2]).to.contain('Afgezegd door de organisator (alle datums)');
    expect(lines.join(' ')).not.to.match(/\b(revise|cancel)\b/);
  });
});
