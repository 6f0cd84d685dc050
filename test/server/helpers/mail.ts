/** E-mail in server tests: a transport that keeps messages in memory, and the way to a submission's management token. */
import assert from 'node:assert/strict';
import type { SubmissionReceipt } from '../../../src/contract/schema.js';
import { OutboxWorker } from '../../../server/mail/outbox.js';
import type { MailTransport, OutgoingMail } from '../../../server/mail/transport.js';
import type { TestApp } from './app.js';
import { formToken, postForm } from './app.js';
import { validSubmission } from './submission.js';
import type { SubmissionInput } from '../../../src/contract/schema.js';

/** Messages "sent" so far, newest last. */
export function memoryTransport(): MailTransport & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return { describe: 'memory', sent, send: async (m) => void sent.push(m), close: () => undefined };
}

/** A worker on the test app's database and clock. */
export const testWorker = (t: TestApp, transport: MailTransport) =>
  new OutboxWorker({ db: t.deps.db, transport, now: () => t.deps.now(), from: 'Missie Mentaal <noreply@missiementaal.nl>', log: () => undefined });

/** The management link's token in a message (the API base in tests is http://localhost/api/v1/). */
export function manageTokenIn(text: string): string {
  const m = /http:\/\/localhost\/api\/v1\/beheer\/([A-Za-z0-9_-]{43})/.exec(text);
  assert.ok(m, 'the message has a management link');
  return m[1]!;
}

/** Sends the form and returns its reference. */
export async function submit(t: TestApp, overrides: Partial<SubmissionInput> = {}): Promise<string> {
  const res = await postForm(t, validSubmission({ token: formToken(), ...overrides }));
  assert.equal(res.status, 201);
  return ((await res.json()) as SubmissionReceipt).reference;
}
