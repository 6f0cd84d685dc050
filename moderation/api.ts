/**
 * The admin API as the moderation page calls it: same origin (`/api/v1/admin/…`), the
 * moderator's token in the Authorization header, JSON in and out. A refusal becomes an
 * ApiError with the HTTP status and the answer's error items (path, code, message).
 */
import type {
  AdminSubmission,
  AdminSubmissionPage,
  AdminWalkIn,
  AdminWalkInPage,
  AuditList,
  DuplicateList,
  OpeningHoursCheck,
  SubmissionStatus,
} from './types.js';

export interface ErrorItem {
  path: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly items: ErrorItem[],
  ) {
    super(`HTTP ${status}`);
  }
}

const BASE = '/api/v1/';

export class AdminApi {
  constructor(private readonly token: string) {}

  private async call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${BASE}${path}`, {
        method: init.method ?? 'GET',
        headers: { Authorization: `Bearer ${this.token}`, Accept: 'application/json', 'Accept-Language': 'nl', ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: init.body === undefined ? null : JSON.stringify(init.body),
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(0, [{ path: '', code: 'offline', message: '' }]);
    }
    const body = (await res.json().catch(() => null)) as unknown;
    if (!res.ok) throw new ApiError(res.status, ((body as { errors?: ErrorItem[] } | null)?.errors ?? []).slice(0, 50));
    return body as T;
  }

  submissions(q: { status: SubmissionStatus | 'all'; q: string; page: number; size: number }): Promise<AdminSubmissionPage> {
    const p = new URLSearchParams({ page: String(q.page), size: String(q.size) });
    if (q.status !== 'all') p.set('status', q.status);
    if (q.q) p.set('q', q.q);
    return this.call(`admin/submissions?${p}`);
  }
  submission = (ref: string) => this.call<AdminSubmission>(`admin/submissions/${encodeURIComponent(ref)}`);
  duplicates = (ref: string) => this.call<DuplicateList>(`admin/submissions/${encodeURIComponent(ref)}/duplicates`);
  submissionAudit = (ref: string) => this.call<AuditList>(`admin/submissions/${encodeURIComponent(ref)}/audit`);
  edit = (ref: string, fields: Record<string, unknown>) => this.call<AdminSubmission>(`admin/submissions/${encodeURIComponent(ref)}`, { method: 'PATCH', body: fields });
  approve = (ref: string) => this.call<{ submission: AdminSubmission }>(`admin/submissions/${encodeURIComponent(ref)}/approve`, { method: 'POST' });
  reject = (ref: string, reason: string) => this.call<{ submission: AdminSubmission }>(`admin/submissions/${encodeURIComponent(ref)}/reject`, { method: 'POST', body: { reason } });

  walkIns(q: string, page: number, size: number): Promise<AdminWalkInPage> {
    const p = new URLSearchParams({ page: String(page), size: String(size) });
    if (q) p.set('q', q);
    return this.call(`admin/walk-ins?${p}`);
  }
  walkIn = (id: string) => this.call<AdminWalkIn>(`admin/walk-ins/${encodeURIComponent(id)}`);
  walkInAudit = (id: string) => this.call<AuditList>(`admin/walk-ins/${encodeURIComponent(id)}/audit`);
  saveWalkIn = (id: string | null, place: Record<string, unknown>) =>
    this.call<AdminWalkIn>(id ? `admin/walk-ins/${encodeURIComponent(id)}` : 'admin/walk-ins', { method: id ? 'PUT' : 'POST', body: place });
  closeWalkIn = (id: string) => this.call<AdminWalkIn>(`admin/walk-ins/${encodeURIComponent(id)}/close`, { method: 'POST' });
  checkHours = (value: string) => this.call<OpeningHoursCheck>('admin/opening-hours/check', { method: 'POST', body: { value } });
  /** Coordinates of a Dutch postcode or place (the public geocoder). */
  geocode = (q: string) => this.call<{ lat: number; lon: number; label: string }>(`geocode?q=${encodeURIComponent(q)}`);
}
