/**
 * One submission: every field, edit in place (the server checks it as the form does and
 * answers field by field), approve, or reject with a reason (ready reasons plus own text,
 * in a dialog), possible duplicates and the audit trail. After approving or rejecting,
 * the next pending submission opens with focus on its title.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ApiError } from './api.js';
import { auditView } from './audit.js';
import { editForm, readEdit } from './submission-edit.js';
import { errorMap, type Errors } from './fields.js';
import type { Host, Screen } from './host.js';
import { listHash } from './submission-list.js';
import { FIELD_LABELS, REJECT_REASONS, STATUS_NAMES, errorCount, errorText, provinceName, when, words } from './text.js';
import type { AdminSubmission, AuditEntry } from './types.js';

const yesNo = (b: boolean) => (b ? 'Ja' : 'Nee');
const orDash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : String(v));

export class SubmissionDetail implements Screen {
  private s: AdminSubmission | null = null;
  private duplicates: AdminSubmission[] = [];
  private audit: AuditEntry[] = [];
  private error = '';
  private editing = false;
  private errors: Errors = new Map();
  private rejectError = '';
  private busy = false;

  constructor(
    private readonly host: Host,
    private readonly ref: string,
  ) {}

  async load(): Promise<void> {
    try {
      const api = this.host.api!;
      [this.s, this.duplicates, this.audit] = await Promise.all([
        api.submission(this.ref),
        api.duplicates(this.ref).then((d) => d.items),
        api.submissionAudit(this.ref).then((a) => a.items),
      ]);
    } catch (err) {
      this.error = this.host.errorOf(err);
    }
  }

  /** Opens the next pending submission (oldest first), or the list when none waits. */
  private async next(done: string): Promise<void> {
    let nextRef: string | undefined;
    try {
      const page = await this.host.api!.submissions({ status: 'pending', q: '', page: 1, size: 2 });
      nextRef = page.items.find((x) => x.reference !== this.ref)?.reference;
    } catch {
      // The list below says what is wrong.
    }
    this.host.carry(nextRef ? `${done} Hieronder staat de volgende aanmelding.` : `${done} Er wachten geen aanmeldingen meer.`);
    this.host.go(nextRef ? `#/aanmelding/${nextRef}` : listHash('pending', '', 1));
  }

  private async approve(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.host.api!.approve(this.ref);
      await this.next(`Goedgekeurd: ${this.s!.input.title}. De activiteit staat nu in de agenda.`);
    } catch (err) {
      this.host.announce(this.host.errorOf(err));
    } finally {
      this.busy = false;
    }
  }

  private dialog(): HTMLDialogElement | null {
    return document.getElementById('afwijzen-dialoog') as HTMLDialogElement | null;
  }

  private openReject(): void {
    this.rejectError = '';
    this.host.update();
    this.dialog()?.showModal();
  }

  private closeReject(): void {
    this.dialog()?.close();
    this.host.focus('#afwijzen-knop');
  }

  private async reject(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const chosen = (form.elements.namedItem('reden') as RadioNodeList).value;
    const own = (form.elements.namedItem('toelichting') as HTMLTextAreaElement).value.trim();
    const reason = [chosen, own].filter(Boolean).join(' ');
    if (!reason) {
      this.rejectError = 'Kies een reden of schrijf zelf een reden.';
      this.host.update();
      this.host.focus('#reden-eigen');
      return;
    }
    try {
      await this.host.api!.reject(this.ref, reason);
      this.dialog()?.close();
      await this.next(`Afgewezen: ${this.s!.input.title}.`);
    } catch (err) {
      this.rejectError = err instanceof ApiError && err.status === 422 ? errorText(err.items[0]?.code ?? '', err.items[0]?.message) : this.host.errorOf(err);
      this.host.update();
      this.host.focus('#reden-eigen');
    }
  }

  private startEdit(): void {
    this.editing = true;
    this.errors = new Map();
    this.host.update();
    this.host.focus('#bewerken-kop');
  }

  private stopEdit(): void {
    this.editing = false;
    this.errors = new Map();
    this.host.update();
    this.host.focus('#bewerken-knop');
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const changed = readEdit(e.target as HTMLFormElement, this.s!);
    if (!Object.keys(changed).length) {
      this.host.announce('Je hebt niets veranderd.');
      return this.stopEdit();
    }
    try {
      this.s = await this.host.api!.edit(this.ref, changed);
      this.audit = (await this.host.api!.submissionAudit(this.ref)).items;
      this.host.announce('De wijzigingen zijn opgeslagen.');
      this.stopEdit();
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 422)) return this.host.announce(this.host.errorOf(err));
      this.errors = errorMap(err.items, ['audiences', 'recurrenceDates']);
      this.host.update();
      this.host.announce(`Niet opgeslagen: er ${errorCount(this.errors.size)}.`);
      this.host.focus('.summary');
    }
  }

  view(): TemplateResult {
    if (!this.s) return html`<h2 tabindex="-1">Aanmelding ${this.ref}</h2><p class="error" role="alert">${this.error}</p><p><a href="#/aanmeldingen">Terug naar de aanmeldingen</a></p>`;
    const s = this.s;
    return html`<article aria-labelledby="aanmelding-kop">
      <p><a href=${listHash('pending', '', 1)}>← Terug naar de aanmeldingen</a></p>
      <h2 id="aanmelding-kop" tabindex="-1">${s.input.title}</h2>
      <p class="meta"><span class="badge ${s.status}">${STATUS_NAMES[s.status]}</span> · Meldnummer ${s.reference} · Aangemeld ${when(s.createdAt)}</p>
      ${s.reason ? html`<p class="notice">Reden van afwijzen: ${s.reason}</p>` : nothing}
      <div class="actions">
        ${s.status !== 'approved' && s.status !== 'cancelled' ? html`<button type="button" id="goedkeuren-knop" @click=${() => void this.approve()}>Goedkeuren</button>` : nothing}
        ${s.status !== 'rejected' && s.status !== 'cancelled' ? html`<button type="button" id="afwijzen-knop" class="danger" @click=${() => this.openReject()}>Afwijzen…</button>` : nothing}
        ${this.editing ? nothing : html`<button type="button" id="bewerken-knop" class="secondary" @click=${() => this.startEdit()}>Bewerken</button>`}
      </div>
      ${this.editing ? editForm(s, this.errors, (e) => void this.save(e), () => this.stopEdit()) : this.fields(s)}
      ${this.duplicatesView()} ${auditView(this.audit)} ${this.rejectDialog()}
    </article>`;
  }

  private fields(s: AdminSubmission): TemplateResult {
    const i = s.input;
    const L = FIELD_LABELS;
    const cancelled = new Set((s.cancelledDates ?? []).map((d) => Date.parse(d)));
    const cancelledNote = (start: string) => (cancelled.has(Date.parse(start)) ? ' (afgezegd door de organisator)' : '');
    const rows: [string, string][] = [
      [L.title!, i.title],
      [L.description!, i.description],
      [L.type!, words.types[i.type]],
      [L.audiences!, i.audiences.map((a) => words.audiences[a]).join(', ')],
      [L.mode!, words.modes[i.mode]],
      [L.start!, when(i.start) + cancelledNote(i.start)],
      [L.end!, when(i.end)],
      [L.allDay!, yesNo(i.allDay)],
      [L.recurrenceDates!, i.recurrenceDates?.length ? i.recurrenceDates.map((d) => `${when(d.start)} tot ${when(d.end)}${cancelledNote(d.start)}`).join('; ') : '—'],
      [L['location.name']!, orDash(i.location?.name)],
      [L['location.address']!, orDash(i.location?.address)],
      [L['location.postcode']!, orDash(i.location?.postcode)],
      [L['location.city']!, orDash(i.location?.city)],
      [L['location.municipality']!, orDash(i.location?.municipality)],
      [L['location.province']!, i.location?.province ? provinceName(i.location.province) : '—'],
      [L.onlineUrl!, orDash(i.onlineUrl)],
      [L['organizer.name']!, i.organizer.name],
      [L['organizer.url']!, orDash(i.organizer.url)],
      [L.contactEmail!, i.contactEmail],
      [L.registrationUrl!, orDash(i.registrationUrl)],
      [L.price!, i.price === null ? 'Onbekend' : i.price === 0 ? 'Gratis' : `€ ${i.price}`],
      [L.accessibility!, orDash(i.accessibility)],
      [L.campaign!, orDash(i.campaign)],
      [L.lang!, i.lang === 'en' ? 'Engels' : 'Nederlands'],
    ];
    return html`<dl class="fields">${rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
  }

  private duplicatesView(): TemplateResult {
    return html`<section aria-labelledby="dubbel-kop">
      <h3 id="dubbel-kop">Misschien dubbel</h3>
      ${this.duplicates.length
        ? html`<p>Deze aanmeldingen hebben dezelfde organisator, of dezelfde titel op een datum die overlapt.</p>
            <ul>
              ${this.duplicates.map((d) => html`<li><a href="#/aanmelding/${d.reference}">${d.input.title}</a> — ${d.input.organizer.name}, ${when(d.input.start)} (${STATUS_NAMES[d.status]})</li>`)}
            </ul>`
        : html`<p>Geen aanmeldingen gevonden die op deze lijken.</p>`}
    </section>`;
  }

  private rejectDialog(): TemplateResult {
    return html`<dialog id="afwijzen-dialoog" aria-labelledby="afwijzen-kop" @cancel=${(e: Event) => (e.preventDefault(), this.closeReject())}>
      <form @submit=${(e: SubmitEvent) => void this.reject(e)} novalidate>
        <h3 id="afwijzen-kop">Aanmelding afwijzen</h3>
        <p>De organisator krijgt de reden te lezen. Kies een reden, vul hem aan of schrijf zelf een reden.</p>
        <fieldset class="group">
          <legend>Reden</legend>
          ${REJECT_REASONS.map(
            (r, n) => html`<div class="check"><input type="radio" name="reden" id="reden-${n}" value=${r} /><label for="reden-${n}">${r}</label></div>`,
          )}
          <div class="check"><input type="radio" name="reden" id="reden-geen" value="" checked /><label for="reden-geen">Geen van deze: ik schrijf zelf een reden</label></div>
        </fieldset>
        <div class="field ${this.rejectError ? 'has-error' : ''}">
          <label for="reden-eigen">Eigen reden of aanvulling</label>
          ${this.rejectError ? html`<p class="error" id="reden-fout">${this.rejectError}</p>` : nothing}
          <textarea id="reden-eigen" name="toelichting" rows="4" maxlength="900" aria-invalid=${this.rejectError ? 'true' : 'false'} aria-describedby=${this.rejectError ? 'reden-fout' : nothing}></textarea>
        </div>
        <div class="actions">
          <button type="submit" class="danger">Afwijzen</button>
          <button type="button" class="secondary" @click=${() => this.closeReject()}>Annuleren</button>
        </div>
      </form>
    </dialog>`;
  }
}
