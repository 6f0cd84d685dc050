/** gzip / brotli with node:zlib (Hono's own compress lacks brotli). */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const MIN_COMPRESS_BYTES = 1024;
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|manifest\+json|xml)|image\/svg\+xml)/;

export type Encoding = 'br' | 'gzip';

export function pickEncoding(acceptEncoding: string | undefined, contentType: string | null, size: number): Encoding | null {
  if (!acceptEncoding || size <= MIN_COMPRESS_BYTES || !contentType || !COMPRESSIBLE.test(contentType)) return null;
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return null;
}

export function compress(body: Uint8Array, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: 6 });
}

/** A body with its compressed variants made once, on first demand. */
export class Variants {
  private readonly encoded = new Map<Encoding, Buffer>();
  constructor(readonly body: Buffer) {}
  get(encoding: Encoding): Buffer {
    let b = this.encoded.get(encoding);
    if (!b) {
      b = compress(this.body, encoding);
      this.encoded.set(encoding, b);
    }
    return b;
  }
}

/** Node's Buffer is a fine response body; TypeScript's DOM types only lack the overlap. */
export const asBody = (b: Uint8Array | null): BodyInit | null => b as unknown as BodyInit | null;
