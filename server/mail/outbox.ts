/**
 * The outbox: every e-mail is a row written in the same transaction as the change that
 * causes it (a submission, an approval, a rejection), so a message exists exactly when the
 * change does. A worker delivers due rows one by one: it first claims a row (the next
 * attempt moves a lease ahead and `attempts` goes up), then sends it outside any
 * transaction, then marks it sent and drops its body. A failure keeps the last error and
 * waits `min(base · 2^(attempts-1), cap)` (1 min, 2 min, 4 min … capped at 1 h); after
 * `maxAttempts` (default 60, about two and a half days) the row is marked failed and logged.
 * Sent rows are deleted 90 days after sending.
 * A mail server that is down therefore loses nothing and never fails a request. Times come
 * from the injected clock, never from the database's now().
 */
import type { Db, Queryable } from '../db/db.js';
import type { MailTransport } from './transport.js';
import type { MailContent } from './messages.js';
import { messageForLog } from '../log.js';

export interface NewMail {
  /** What the message is about: 'confirmation', 'moderator', 'approved', 'rejected', 'revised'. */
  kind: string;
  reference: string | null;
  to: string;
  /** Where a reply goes (the campaign team), when not to the sender. */
  replyTo?: string | null;
  content: MailContent;
}

/** Adds a message to the outbox; call it inside the transaction of the change it reports. */
export async function enqueueMail(tx: Queryable, m: NewMail, now: Date): Promise<void> {
  await tx.query('INSERT INTO outbox (kind, reference, recipient, reply_to, subject, body, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)', [
    m.kind,
    m.reference,
    m.to,
    m.replyTo ?? null,
    m.content.subject,
    JSON.stringify({ text: m.content.text, html: m.content.html }),
    now.toISOString(),
  ]);
}

export interface OutboxRow {
  id: number;
  kind: string;
  reference: string | null;
  recipient: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  sent: boolean;
  failed: boolean;
  nextAttemptAt: string;
}

/** The outbox, oldest first (tests and operators). */
export async function listOutbox(db: Queryable): Promise<OutboxRow[]> {
  const rows = await db.query<{ id: number; kind: string; reference: string | null; recipient: string; subject: string; attempts: number; last_error: string | null; sent_at: Date | null; failed_at: Date | null; next_attempt_at: Date }>(
    'SELECT id, kind, reference, recipient, subject, attempts, last_error, sent_at, failed_at, next_attempt_at FROM outbox ORDER BY id',
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    reference: r.reference,
    recipient: r.recipient,
    subject: r.subject,
    attempts: r.attempts,
    lastError: r.last_error,
    sent: r.sent_at !== null,
    failed: r.failed_at !== null,
    nextAttemptAt: new Date(r.next_attempt_at).toISOString(),
  }));
}

export interface WorkerOptions {
  db: Db;
  transport: MailTransport;
  now: () => Date;
  /** The From header, e.g. `Missie Mentaal <noreply@missiementaal.nl>`. */
  from: string;
  /** How often the worker looks for due rows (default 15 s); `kick()` looks at once. */
  intervalMs?: number;
  /** First retry delay (default 60 s), doubled per attempt up to `maxDelayMs` (default 1 h). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Attempts before a row is marked failed (default 60). */
  maxAttempts?: number;
  /** A claimed row is tried again after this long when the process died mid-send (default 10 min). */
  leaseMs?: number;
  /** Sent rows (recipient, subject, times) are deleted this long after sending (default 90 days). */
  keepSentMs?: number;
  /** Where delivery problems are reported (default console.warn); e-mail addresses are masked (server/log.ts). */
  log?: (line: string) => void;
}

/** The delay before attempt `attempts + 1`, after `attempts` failures: exponential, capped. */
export const backoffMs = (attempts: number, base: number, cap: number): number => Math.min(cap, base * 2 ** Math.max(0, attempts - 1));

/** Delivers the outbox. `start()` polls; `runOnce()` is one pass (tests call it directly); `stop()` waits for a pass in flight. */
export class OutboxWorker {
  readonly #o: Required<WorkerOptions>;
  #timer: ReturnType<typeof setInterval> | null = null;
  #running: Promise<number> | null = null;
  #again = false;
  #stopped = false;

  constructor(o: WorkerOptions) {
    this.#o = { intervalMs: 15_000, baseDelayMs: 60_000, maxDelayMs: 3_600_000, maxAttempts: 60, leaseMs: 600_000, keepSentMs: 90 * 86_400_000, log: (l) => console.warn(l), ...o };
  }

  start(): void {
    if (this.#timer || this.#stopped) return;
    this.#timer = setInterval(() => this.kick(), this.#o.intervalMs);
    this.#timer.unref?.();
    this.kick();
  }

  /** Look for due rows now (after a commit that enqueued one); never throws. */
  kick(): void {
    if (this.#stopped) return;
    void this.runOnce().catch((err: unknown) => this.#o.log(`[mail] outbox pass failed: ${messageForLog(err)}`));
  }

  /** Sends every row due now, one at a time; returns how many were sent. Passes never overlap. */
  async runOnce(): Promise<number> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      let sent = 0;
      try {
        do {
          this.#again = false;
          sent += await this.#pass();
        } while (this.#again && !this.#stopped);
        // Who got which message is kept for a while (support questions), then forgotten.
        await this.#o.db.query('DELETE FROM outbox WHERE sent_at < $1', [new Date(this.#o.now().getTime() - this.#o.keepSentMs).toISOString()]);
      } finally {
        this.#running = null;
      }
      return sent;
    })();
    return this.#running;
  }

  /** Stops polling and waits for the pass in flight; the transport is the caller's to close. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running?.catch(() => undefined);
  }

  async #pass(): Promise<number> {
    const { db, transport, now, from, baseDelayMs, maxDelayMs, maxAttempts, leaseMs, log } = this.#o;
    let sent = 0;
    while (!this.#stopped) {
      const at = now();
      // Claim the oldest due row: the lease moves its next attempt ahead, so a second
      // process (PostgreSQL) skips it; SKIP LOCKED keeps two claims from waiting on each other.
      const [row] = await db.transaction(async (tx) => {
        const [due] = await tx.query<{ id: number; recipient: string; reply_to: string | null; subject: string; body: { text: string; html: string }; attempts: number; reference: string | null }>(
          `SELECT id, recipient, reply_to, subject, body, attempts, reference FROM outbox
           WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1
           ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [at.toISOString()],
        );
        if (!due) return [];
        await tx.query('UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $2 WHERE id = $1', [due.id, new Date(at.getTime() + leaseMs).toISOString()]);
        return [due];
      });
      if (!row) break;
      const attempts = row.attempts + 1;
      try {
        await transport.send({
          id: row.id,
          from,
          to: row.recipient,
          replyTo: row.reply_to,
          subject: row.subject,
          text: row.body.text,
          html: row.body.html,
          messageId: `<outbox-${row.id}.${(row.reference ?? 'mm').toLowerCase()}@missiementaal.nl>`,
        });
        // Sent: the body (with its private link) is not kept.
        await db.query('UPDATE outbox SET sent_at = $2, body = NULL, last_error = NULL WHERE id = $1', [row.id, now().toISOString()]);
        sent++;
      } catch (err) {
        const error = messageForLog(err).slice(0, 500);
        const giveUp = attempts >= maxAttempts;
        await db.query(`UPDATE outbox SET last_error = $2, next_attempt_at = $3${giveUp ? ', failed_at = $4' : ''} WHERE id = $1`, [
          row.id,
          error,
          new Date(now().getTime() + backoffMs(attempts, baseDelayMs, maxDelayMs)).toISOString(),
          ...(giveUp ? [now().toISOString()] : []),
        ]);
        log(`[mail] message ${row.id} (${row.reference ?? '-'}) not sent, attempt ${attempts}${giveUp ? ', giving up' : ''}: ${error}`);
      }
    }
    return sent;
  }
}
