/**
 * Add or edit a walk-in place, or close it. Coordinates by hand or from the postcode (the
 * API's geocoder); opening hours in OpenStreetMap's syntax, checked by the server while
 * typing (after a pause); the server checks the whole place against the contract and
 * answers field by field. Closing asks first, in a dialog.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { AUDIENCES, PROVINCES } from '../src/contract/vocabulary.js';
import { ApiError } from './api.js';
import { auditView } from './audit.js';
import { checkGroup, checkbox, errorMap, errorSummary, field, fieldId, select, type Errors } from './fields.js';
import type { Host, Screen } from './host.js';
import { WALK_IN_LABELS as L, errorCount, provinceName, when, words } from './text.js';
import type { AdminWalkIn, AuditEntry, WalkIn } from './types.js';

const EMPTY: Partial<WalkIn> = { audiences: ['iedereen'], peerSupport: false };

/** Wheelchair access as the contract has it (OSM's `wheelchair=yes|limited|no`); empty: not known. */
const WHEELCHAIR = { '': 'Weet ik niet', yes: 'Ja, helemaal', limited: 'Gedeeltelijk', no: 'Nee' };

export class WalkInForm implements Screen {
  private place: AdminWalkIn | null = null;
  private audit: AuditEntry[] = [];
  private error = '';
  private errors: Errors = new Map();
  private hoursCheck: { ok: boolean; text: string } | null = null;
  private geoText = '';
  private checkTimer = 0;

  constructor(
    private readonly host: Host,
    private readonly id: string | null,
  ) {}

  async load(): Promise<void> {
    if (!this.id) return;
    try {
      [this.place, this.audit] = await Promise.all([this.host.api!.walkIn(this.id), this.host.api!.walkInAudit(this.id).then((a) => a.items)]);
    } catch (err) {
      this.error = this.host.errorOf(err);
    }
  }

  private form(): HTMLFormElement {
    return document.getElementById('inloop-formulier') as HTMLFormElement;
  }

  private input(name: string): HTMLInputElement {
    return this.form().elements.namedItem(name) as HTMLInputElement;
  }

  private read(): Record<string, unknown> {
    const v = (n: string) => this.input(n).value.trim();
    const num = (n: string) => (/^-?\d+(?:[.,]\d+)?$/.test(v(n)) ? Number(v(n).replace(',', '.')) : v(n));
    const orNull = (n: string) => v(n) || null;
    const place: Record<string, unknown> = {
      name: v('name'),
      description: v('description'),
      organizer: orNull('organizer'),
      address: v('address'),
      postcode: v('postcode'),
      city: v('city'),
      lat: num('lat'),
      lon: num('lon'),
      audiences: [...this.form().querySelectorAll<HTMLInputElement>('input[name="audiences"]:checked')].map((c) => c.value),
      peerSupport: this.input('peerSupport').checked,
      free: this.input('free').checked,
      appointment: this.input('appointment').checked,
      phone: orNull('phone'),
      url: orNull('url'),
      sample: this.place?.walkIn.sample ?? false,
    };
    if (v('province')) place.province = v('province');
    if (v('kind')) place.kind = v('kind');
    if (v('wheelchair')) place.wheelchair = v('wheelchair');
    if (v('openingHours')) place.openingHours = v('openingHours');
    return place;
  }

  private async geocode(): Promise<void> {
    const postcode = this.input('postcode').value.trim();
    if (!postcode) {
      this.geoText = 'Vul eerst de postcode in.';
      this.host.update();
      this.host.focus(`#${fieldId('postcode')}`);
      return;
    }
    try {
      const found = await this.host.api!.geocode(postcode);
      this.input('lat').value = String(found.lat);
      this.input('lon').value = String(found.lon);
      this.geoText = `Gevonden: ${found.label}. Breedte- en lengtegraad zijn ingevuld.`;
    } catch (err) {
      this.geoText = this.host.errorOf(err);
    }
    this.host.update();
  }

  /** Checks the opening hours through the server, half a second after the last key. */
  private hoursChanged(): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = window.setTimeout(() => void this.checkHours(), 500);
  }

  private async checkHours(): Promise<void> {
    const value = this.input('openingHours').value.trim();
    if (!value) {
      this.hoursCheck = null;
      return this.host.update();
    }
    try {
      const r = await this.host.api!.checkHours(value);
      this.hoursCheck = r.ok ? { ok: true, text: 'Deze openingstijden kloppen.' } : { ok: false, text: `Dit klopt nog niet. Uitleg (Engels): ${r.message ?? ''}` };
    } catch (err) {
      this.hoursCheck = { ok: false, text: this.host.errorOf(err) };
    }
    this.host.update();
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    try {
      const saved = await this.host.api!.saveWalkIn(this.id, this.read());
      this.errors = new Map();
      this.host.carry(this.id ? `De wijzigingen in ${saved.walkIn.name} zijn opgeslagen.` : `${saved.walkIn.name} is toegevoegd.`);
      this.host.go(`#/inloop/${encodeURIComponent(saved.walkIn.id)}`);
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 422)) {
        this.error = this.host.errorOf(err);
        this.host.update();
        return;
      }
      this.errors = errorMap(err.items, ['audiences']);
      this.host.update();
      this.host.announce(`Niet opgeslagen: er ${errorCount(this.errors.size)}.`);
      this.host.focus('.summary');
    }
  }

  private dialog(): HTMLDialogElement | null {
    return document.getElementById('sluiten-dialoog') as HTMLDialogElement | null;
  }

  private async close(): Promise<void> {
    try {
      const closed = await this.host.api!.closeWalkIn(this.id!);
      this.dialog()?.close();
      this.host.carry(`${closed.walkIn.name} is gesloten. De locatie staat niet meer in de zoeker.`);
      this.host.go(`#/inloop/${encodeURIComponent(this.id!)}`);
    } catch (err) {
      this.dialog()?.close();
      this.error = this.host.errorOf(err);
      this.host.update();
    }
  }

  /** Opens the question; focus starts on "Nee, terug", the safe answer. */
  private openClose(): void {
    this.dialog()?.showModal();
    document.getElementById('sluiten-nee')?.focus();
  }

  private cancelClose(): void {
    this.dialog()?.close();
    this.host.focus('#sluiten-knop');
  }

  view(): TemplateResult {
    if (this.id && !this.place) return html`<h2 tabindex="-1">Inlooplocatie</h2><p class="error" role="alert">${this.error}</p><p><a href="#/inloop">Terug naar de inlooplocaties</a></p>`;
    const w: Partial<WalkIn> = this.place?.walkIn ?? EMPTY;
    const closedAt = this.place?.closedAt ?? null;
    const errors = this.errors;
    const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
    const title = this.id ? (w.name ?? '') : 'Nieuwe inlooplocatie';
    const provinces = { '': 'Uit de plaats afleiden', ...Object.fromEntries(PROVINCES.map((p) => [p, provinceName(p)])) };
    return html`<article aria-labelledby="plek-kop">
      <p><a href="#/inloop">← Terug naar de inlooplocaties</a></p>
      <h2 id="plek-kop" tabindex="-1">${title}</h2>
      ${closedAt ? html`<p class="notice">Deze locatie is gesloten sinds ${when(closedAt)}. Je kunt haar niet meer bewerken.</p>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${closedAt
        ? nothing
        : html`<form id="inloop-formulier" class="panel" novalidate @submit=${(e: SubmitEvent) => void this.save(e)}>
            ${errorSummary(errors, L)}
            ${field({ path: 'name', label: L.name!, value: s(w.name), errors, required: true })}
            ${field({ path: 'description', label: L.description!, value: s(w.description), errors, multiline: true })}
            ${field({ path: 'organizer', label: L.organizer!, value: s(w.organizer), errors })}
            ${field({ path: 'address', label: L.address!, value: s(w.address), errors, required: true })}
            ${field({ path: 'postcode', label: L.postcode!, value: s(w.postcode), errors, required: true, hint: 'Bijvoorbeeld 3511 AB.' })}
            ${field({ path: 'city', label: L.city!, value: s(w.city), errors, required: true })}
            ${select('province', L.province!, provinces, w.province ?? '', errors)}
            <fieldset class="group">
              <legend>Plek op de kaart</legend>
              <div class="row-fields">
                ${field({ path: 'lat', label: L.lat!, value: s(w.lat), errors, inputmode: 'decimal', required: true })}
                ${field({ path: 'lon', label: L.lon!, value: s(w.lon), errors, inputmode: 'decimal', required: true })}
              </div>
              <button type="button" class="secondary" @click=${() => void this.geocode()}>Zoek op postcode</button>
              <p class="hint" role="status">${this.geoText}</p>
            </fieldset>
            <div @input=${() => this.hoursChanged()}>
              ${field({ path: 'openingHours', label: L.openingHours!, value: s(w.openingHours), errors, hint: 'Bijvoorbeeld: Mo-Fr 10:00-17:00; Sa 12:00-16:00; PH off. Dagen in het Engels: Mo Tu We Th Fr Sa Su; PH is een feestdag.' })}
              <p class="check-result ${this.hoursCheck ? (this.hoursCheck.ok ? 'ok' : 'bad') : ''}" role="status">${this.hoursCheck?.text ?? ''}</p>
            </div>
            ${checkGroup('audiences', L.audiences!, Object.fromEntries(AUDIENCES.map((a) => [a, words.audiences[a]])), w.audiences ?? [], errors)}
            ${field({ path: 'kind', label: L.kind!, value: s(w.kind), errors, hint: 'Bijvoorbeeld Inloophuis of Herstelcafé.' })}
            ${checkbox('peerSupport', L.peerSupport!, w.peerSupport ?? false, errors)}
            ${checkbox('free', L.free!, w.free ?? false, errors)}
            ${checkbox('appointment', L.appointment!, w.appointment ?? false, errors)}
            ${select('wheelchair', L.wheelchair!, WHEELCHAIR, w.wheelchair ?? '', errors)}
            ${field({ path: 'phone', label: L.phone!, value: s(w.phone), type: 'tel', errors, hint: 'Bijvoorbeeld 030 123 45 67.' })}
            ${field({ path: 'url', label: L.url!, value: s(w.url), type: 'url', errors, hint: 'Begint met https://' })}
            <div class="actions">
              <button type="submit">${this.id ? 'Opslaan' : 'Toevoegen'}</button>
              ${this.id ? html`<button type="button" id="sluiten-knop" class="danger" @click=${() => this.openClose()}>Locatie sluiten…</button>` : nothing}
            </div>
          </form>`}
      ${this.id ? auditView(this.audit) : nothing}
      ${this.id && !closedAt
        ? html`<dialog id="sluiten-dialoog" aria-labelledby="sluiten-kop" @cancel=${(e: Event) => (e.preventDefault(), this.cancelClose())}>
            <h3 id="sluiten-kop">Locatie sluiten?</h3>
            <p>${w.name} verdwijnt dan uit de zoeker op de websites. De gegevens blijven bewaard in het logboek.</p>
            <div class="actions">
              <button type="button" class="danger" @click=${() => void this.close()}>Ja, sluiten</button>
              <button type="button" id="sluiten-nee" class="secondary" @click=${() => this.cancelClose()}>Nee, terug</button>
            </div>
          </dialog>`
        : nothing}
    </article>`;
  }
}
