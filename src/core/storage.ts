/**
 * localStorage / sessionStorage that never throws: Safari private mode, blocked cookies,
 * a full quota or a sandboxed iframe all make Web Storage throw. Then values live in
 * memory for this page view, so a dismissed banner stays dismissed until reload.
 */
const memory = new Map<string, string>();

function area(kind: 'local' | 'session'): Storage | null {
  try {
    const s = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

export function createStore(kind: 'local' | 'session', prefix = 'mm:') {
  const key = (k: string) => prefix + k;
  return {
    get(k: string): string | null {
      const s = area(kind);
      if (s) {
        try {
          return s.getItem(key(k));
        } catch {
          /* blocked: fall through to memory */
        }
      }
      return memory.get(kind + key(k)) ?? null;
    },
    set(k: string, v: string): void {
      try {
        const s = area(kind);
        if (s) {
          s.setItem(key(k), v);
          return;
        }
      } catch {
        /* blocked or full: memory keeps it */
      }
      memory.set(kind + key(k), v);
    },
    remove(k: string): void {
      memory.delete(kind + key(k));
      try {
        area(kind)?.removeItem(key(k));
      } catch {
        /* nothing to do */
      }
    },
    getJson<T>(k: string): T | null {
      const v = this.get(k);
      if (v === null) return null;
      try {
        return JSON.parse(v) as T;
      } catch {
        return null;
      }
    },
    setJson(k: string, v: unknown): void {
      this.set(k, JSON.stringify(v));
    },
  };
}

export const local = createStore('local');
export const session = createStore('session');
