/**
 * The draft: what the user typed, kept in localStorage as they type (one per campaign, so a
 * partner with two forms for two campaigns keeps both), with the one `Idempotency-Key` of
 * this report. A retry after a network failure, a double click or a reload sends the same
 * key, so the server never makes two records of one report. Removed after success.
 */
import { local } from '../core/storage.js';
import { emptyDate, emptyValues, type FormValues } from './fields.js';

export interface Draft {
  values: FormValues;
  /** The `Idempotency-Key` of this report (8–100 of `A-Za-z0-9_.:-`). */
  key: string;
  /** When it was last saved (ms since epoch). */
  saved: number;
}

const storeKey = (campaign: string) => `form-draft:${campaign || '-'}`;

/** A new random key: a UUID where the page is a secure context, else 32 random hex digits. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The saved draft of this campaign's form, with every value present (older drafts are filled up), or null. */
export function loadDraft(campaign: string): Draft | null {
  const d = local.getJson<Partial<Draft>>(storeKey(campaign));
  if (!d || typeof d !== 'object' || typeof d.key !== 'string' || !d.values || typeof d.values !== 'object') return null;
  const base = emptyValues();
  const values = { ...base } as Record<string, unknown>;
  // Only known fields of the right kind: a draft written by another version cannot break the form.
  for (const [k, v] of Object.entries(d.values)) if (k in base && typeof v === typeof (base as unknown as Record<string, unknown>)[k]) values[k] = v;
  const out = values as unknown as FormValues;
  out.audiences = out.audiences.filter((a) => typeof a === 'string');
  out.dates = out.dates.length ? out.dates.map((r) => ({ ...emptyDate(), ...r })) : [emptyDate()];
  return { values: out, key: d.key, saved: Number(d.saved) || 0 };
}

export function saveDraft(campaign: string, values: FormValues, key: string): void {
  local.setJson(storeKey(campaign), { values, key, saved: Date.now() } satisfies Draft);
}

export function removeDraft(campaign: string): void {
  local.remove(storeKey(campaign));
}
