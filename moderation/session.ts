/**
 * The moderator's personal token, kept for this tab only (sessionStorage: gone when the
 * tab closes, never sent as a cookie). Storage that refuses (private mode, settings)
 * keeps it in memory for as long as the page lives.
 */
const KEY = 'mm-moderatie-token';
let memory: string | null = null;

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return memory;
  }
}

export function keepToken(token: string | null): void {
  memory = token;
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // memory only
  }
}
