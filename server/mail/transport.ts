/**
 * How a message leaves the server: through SMTP (`SMTP_URL`, e.g.
 * `smtps://user:pass@smtp.example.nl:465`) with nodemailer, or, without it, as an `.eml`
 * file in `<data folder>/outbox/` (`<UTC time>-<outbox id>.eml`) that a developer opens in
 * a mail program. Both build the same raw message (plain text plus a simple HTML part).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';

/** One message ready to send; `id` is the outbox row's id. */
export interface OutgoingMail {
  id: number;
  from: string;
  to: string;
  replyTo?: string | null;
  subject: string;
  text: string;
  html: string;
  /** Stable per outbox row, so a message sent twice (a crash between sending and marking) is one to the reader. */
  messageId: string;
}

export interface MailTransport {
  /** Resolves once the message was accepted (SMTP) or written (file); rejects otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
  /** For the start-up line: `smtp://host:port` (never the password) or the folder. */
  readonly describe: string;
}

/** Subject lines on one line: line breaks and other control characters become spaces (no header injection). */
export const oneLine = (s: string, max = 180): string =>
  s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);

const fields = (m: OutgoingMail) => ({
  from: m.from,
  to: m.to,
  ...(m.replyTo ? { replyTo: m.replyTo } : {}),
  subject: oneLine(m.subject),
  text: m.text,
  html: m.html,
  messageId: m.messageId,
  // No tracking, no remote content; a reply reaches the campaign team's sender address.
  headers: { 'Auto-Submitted': 'auto-generated' },
});

/** SMTP through nodemailer; `url` as nodemailer takes it (smtp:// or smtps://, user and password in it). */
export function smtpTransport(url: string): MailTransport {
  const t: Transporter = createTransport(url);
  const u = new URL(url);
  return {
    describe: `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}`,
    send: async (m) => void (await t.sendMail(fields(m))),
    close: () => t.close(),
  };
}

/** `.eml` files in `dir` (made when missing), named `<UTC time>-<id>.eml`. */
export function fileTransport(dir: string): MailTransport {
  const t = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    describe: dir,
    send: async (m) => {
      const info = await t.sendMail(fields(m));
      mkdirSync(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      writeFileSync(join(dir, `${stamp}-${m.id}.eml`), info.message as Buffer);
    },
    close: () => t.close(),
  };
}

/** SMTP when `SMTP_URL` is set, else `.eml` files in `<dataDir>/outbox`. */
export const transportFrom = (smtpUrl: string | undefined, dataDir: string): MailTransport =>
  smtpUrl ? smtpTransport(smtpUrl) : fileTransport(join(dataDir, 'outbox'));
