/**
 * The edit form of a submission: its fields as the form has them, filled in. `readEdit`
 * returns only what changed (the objects `location` and `organizer` whole), for PATCH.
 * Dates are edited as Amsterdam wall-clock time and sent with their offset.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ACTIVITY_TYPES, AUDIENCES, MODES } from '../src/contract/vocabulary.js';
import { webAddress } from '../src/contract/rules.js';
import { clockTime, dateKey, toIsoOffset, zonedInstant } from '../src/core/dates.js';
import { checkGroup, checkbox, errorSummary, field, select, type Errors } from './fields.js';
import { FIELD_LABELS as L, words } from './text.js';
import type { AdminSubmission } from './types.js';

const local = (iso: string) => {
  const d = new Date(iso);
  return `${dateKey(d)}T${clockTime(d)}`;
};
/** `2027-06-08T10:00` (Amsterdam) → ISO 8601 with offset; other text is sent as it is, for the server to refuse. */
const fromLocal = (v: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? toIsoOffset(zonedInstant(v.slice(0, 10), v.slice(11, 16))) : v);
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
const priceOf = (v: string) => (v.trim() === '' ? null : /^\d+(?:[.,]\d{1,2})?$/.test(v.trim()) ? Number(v.trim().replace(',', '.')) : v);

const pick = <K extends string>(keys: readonly K[], names: Record<K, string>) => Object.fromEntries(keys.map((k) => [k, names[k]])) as Record<K, string>;

export function editForm(s: AdminSubmission, errors: Errors, onSave: (e: SubmitEvent) => void, onCancel: () => void): TemplateResult {
  const i = s.input;
  const loc = i.location;
  return html`<form class="panel edit" @submit=${onSave} novalidate aria-labelledby="bewerken-kop">
    <h3 id="bewerken-kop" tabindex="-1">Aanmelding bewerken</h3>
    ${errorSummary(errors, L)}
    ${field({ path: 'title', label: L.title!, value: i.title, errors, required: true })}
    ${field({ path: 'description', label: L.description!, value: i.description, errors, required: true, multiline: true, hint: 'Minstens 20 tekens.' })}
    ${select('type', L.type!, pick(ACTIVITY_TYPES, words.types), i.type, errors)}
    ${checkGroup('audiences', L.audiences!, pick(AUDIENCES, words.audiences), i.audiences, errors)}
    ${select('mode', L.mode!, pick(MODES, words.modes), i.mode, errors)}
    ${field({ path: 'start', label: L.start!, value: local(i.start), type: 'datetime-local', errors, required: true, hint: 'Tijd in Nederland.' })}
    ${field({ path: 'end', label: L.end!, value: local(i.end), type: 'datetime-local', errors, required: true })}
    ${checkbox('allDay', L.allDay!, i.allDay, errors)}
    <fieldset class="group">
      <legend>Locatie</legend>
      ${errors.get('location') ? html`<p class="error">${errors.get('location')}</p>` : nothing}
      ${field({ path: 'location.name', label: L['location.name']!, value: loc?.name ?? '', errors })}
      ${field({ path: 'location.address', label: L['location.address']!, value: loc?.address ?? '', errors })}
      ${field({ path: 'location.postcode', label: L['location.postcode']!, value: loc?.postcode ?? '', errors })}
      ${field({ path: 'location.city', label: L['location.city']!, value: loc?.city ?? '', errors })}
    </fieldset>
    ${field({ path: 'onlineUrl', label: L.onlineUrl!, value: i.onlineUrl ?? '', type: 'url', errors })}
    ${field({ path: 'organizer.name', label: L['organizer.name']!, value: i.organizer.name, errors, required: true })}
    ${field({ path: 'organizer.url', label: L['organizer.url']!, value: i.organizer.url ?? '', type: 'url', errors })}
    ${field({ path: 'contactEmail', label: L.contactEmail!, value: i.contactEmail, type: 'email', errors, required: true })}
    ${field({ path: 'registrationUrl', label: L.registrationUrl!, value: i.registrationUrl ?? '', type: 'url', errors })}
    ${field({ path: 'price', label: L.price!, value: i.price === null ? '' : String(i.price), inputmode: 'decimal', errors, hint: '0 is gratis. Leeg laten als je het niet weet.' })}
    ${field({ path: 'accessibility', label: L.accessibility!, value: i.accessibility ?? '', multiline: true, errors })}
    <div class="actions">
      <button type="submit">Opslaan</button>
      <button type="button" class="secondary" @click=${onCancel}>Annuleren</button>
    </div>
  </form>`;
}

/** What the form changed, as PATCH fields. */
export function readEdit(form: HTMLFormElement, s: AdminSubmission): Record<string, unknown> {
  const v = (name: string) => {
    const el = form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
    return el ? el.value : '';
  };
  const i = s.input;
  const locationFields = { name: v('location.name').trim(), address: orNull(v('location.address')), postcode: orNull(v('location.postcode')), city: v('location.city').trim() };
  const hasLocation = Object.values(locationFields).some((x) => x);
  const next: Record<string, unknown> = {
    title: v('title'),
    description: v('description'),
    type: v('type'),
    audiences: [...form.querySelectorAll<HTMLInputElement>('input[name="audiences"]:checked')].map((c) => c.value),
    mode: v('mode'),
    start: fromLocal(v('start')),
    end: fromLocal(v('end')),
    allDay: (form.elements.namedItem('allDay') as HTMLInputElement).checked,
    location: hasLocation ? { ...(i.location ?? { municipality: null, province: null, lat: null, lon: null }), ...locationFields } : null,
    onlineUrl: webAddress(v('onlineUrl')),
    organizer: { ...i.organizer, name: v('organizer.name'), url: webAddress(v('organizer.url')) },
    contactEmail: v('contactEmail').trim(),
    registrationUrl: webAddress(v('registrationUrl')),
    price: priceOf(v('price')),
    accessibility: orNull(v('accessibility')),
  };
  const before = i as unknown as Record<string, unknown>;
  // Dates compare as instants: the same time may be written with another offset notation.
  const same = (k: string) =>
    k === 'start' || k === 'end' ? Date.parse(String(next[k])) === Date.parse(String(before[k])) : JSON.stringify(next[k]) === JSON.stringify(before[k] ?? null);
  return Object.fromEntries(Object.entries(next).filter(([k]) => !same(k)));
}
