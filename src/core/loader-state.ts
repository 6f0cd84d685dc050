/**
 * What the loader (src/loader.ts) leaves on `globalThis.__missieMentaal` for the elements it
 * loads: written there, read by the API client (src/core/api.ts). Types only: the loader is a
 * classic script and may not import a module that ends up in another chunk.
 */
export interface LoaderState {
  /** The default API base (`…/api/v1/`). */
  api?: string;
  /** Set by the first copy of the loader; a second copy does nothing. */
  loader?: boolean;
  /** The loader's own URL: the base of every chunk URL. */
  cdn?: string;
  /** One console line naming the address that failed and the fix (CSP, CORS or network). */
  explain?: (url: string, directive: 'script-src' | 'connect-src', what: string) => Promise<void>;
  /** First API answers asked for together with the chunks, by URL; each is taken once. */
  prefetched?: Map<string, Promise<Response>>;
}

export interface WithLoaderState {
  __missieMentaal?: LoaderState;
}
