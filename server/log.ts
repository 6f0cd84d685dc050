/**
 * What may be written to the server's logs: never a submitter's contact e-mail address,
 * nor a partner's management token. A database error can quote a submitted row, an SMTP
 * server's refusal quotes the recipient, so every error text is masked before it is logged
 * or stored; a request path has its `/beheer/<token>` masked.
 */

// Anything shaped like an e-mail address (quotes, brackets and spaces end it).
const EMAIL = /[^\s@"'<>()[\],;:]+@[^\s@"'<>()[\],;:]+/g;

/** `text` with every e-mail address replaced by `[e-mail]`. */
export const withoutEmails = (text: string): string => text.replace(EMAIL, '[e-mail]');

/**
 * An unexpected error as it may be logged: its stack (or text) with e-mail addresses
 * masked, and without the driver's extra fields (`detail`, `parameters`) that can hold a
 * submitter's contact address.
 */
export function forLog(err: unknown): string {
  return withoutEmails(err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err));
}

/** An error's message (no stack) with e-mail addresses masked: for one-line logs and stored errors. */
export const messageForLog = (err: unknown): string => withoutEmails(err instanceof Error ? err.message : String(err));

/** A request path as it may be logged: the management page's token (a secret, store/manage-links.ts) masked. */
export const pathForLog = (path: string): string => withoutEmails(path.replace(/\/beheer\/[^/]+/, '/beheer/[token]'));
