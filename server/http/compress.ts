/** gzip / brotli with node:zlib (Hono's own compress lacks brotli). */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const MIN_COMPRESS_BYTES = 1024;
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|manifest\+json|xml)|image\/svg\+xml)/;

export type Encoding = 'br' | 'gzip';

/**
 * The weight (`q`) an Accept-Encoding header gives `coding`: its own entry, else `*`, else 0.
 * `br;q=0` means "not brotli" (RFC 9110 §12.5.3), so a mere mention is not enough.
 */
export function qualityOf(acceptEncoding: string, coding: string): number {
  let star = 0;
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim());
    const q = params.map((p) => /^q=([01](?:\.\d{0,3})?)$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (name === coding) return weight;
    if (name === '*') star = weight;
  }
  return star;
}

export function pickEncoding(acceptEncoding: string | undefined, contentType: string | null, size: number): Encoding | null {
  if (!acceptEncoding || size <= MIN_COMPRESS_BYTES || !contentType || !COMPRESSIBLE.test(contentType)) return null;
  if (qualityOf(acceptEncoding, 'br') > 0) return 'br';
  if (qualityOf(acceptEncoding, 'gzip') > 0) return 'gzip';
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
