/**
 * The visitor's position, asked only when they press "Gebruik mijn locatie", rounded to two
 * decimals (about 1 km) before it leaves this module: the API, the cache keys and storage
 * never see more. Every way it can fail has its own reason, so the visitor hears what to do:
 * - `blocked`: the page (an iframe without `allow="geolocation"`, or a Permissions-Policy
 *   header) forbids it; known beforehand through `document.featurePolicy` where the browser
 *   has it (Chromium), else from the error's message;
 * - `denied`: the visitor (or their browser settings) said no;
 * - `unavailable`: no fix (no GPS, no network position);
 * - `timeout`: no answer within `timeoutMs`;
 * - `unsupported`: no `navigator.geolocation` (an old browser, or plain http).
 */
export type GeoFailure = 'blocked' | 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export class GeoError extends Error {
  override name = 'GeoError';
  constructor(readonly reason: GeoFailure) {
    super(`geolocation: ${reason}`);
  }
}

/** Degrees rounded to 2 decimals: about 1.1 km north–south, 0.7 km east–west in the Netherlands. */
export const roundCoordinate = (deg: number): number => Math.round(deg * 100) / 100;

interface FeaturePolicy {
  allowsFeature(feature: string): boolean;
}

/** False when the document's Permissions-Policy forbids geolocation (where the browser tells). */
export function geolocationAllowed(doc: Document = document): boolean {
  const policy = (doc as Document & { featurePolicy?: FeaturePolicy }).featurePolicy;
  return policy ? policy.allowsFeature('geolocation') : true;
}

/** Ask for the position once; resolves with rounded coordinates or rejects with a `GeoError`. */
export function locate(timeoutMs = 15_000): Promise<{ lat: number; lon: number }> {
  if (!geolocationAllowed()) return Promise.reject(new GeoError('blocked'));
  const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
  if (!geo) return Promise.reject(new GeoError('unsupported'));
  return new Promise((resolve, reject) => {
    geo.getCurrentPosition(
      (p) => resolve({ lat: roundCoordinate(p.coords.latitude), lon: roundCoordinate(p.coords.longitude) }),
      (e) => {
        // Chromium reports a Permissions-Policy block as PERMISSION_DENIED with this message.
        if (e.code === 1) reject(new GeoError(/policy/i.test(e.message) ? 'blocked' : 'denied'));
        else reject(new GeoError(e.code === 3 ? 'timeout' : 'unavailable'));
      },
      { enableHighAccuracy: false, maximumAge: 300_000, timeout: timeoutMs },
    );
  });
}
