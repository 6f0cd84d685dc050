/**
 * About 220 fictional walk-in places in real Dutch cities, with realistic weekly hours
 * (daytime, evenings, a few night cafés past midnight, one always open) and exceptions
 * on Dutch public holidays of 2026 and 2027.
 */
import { AUDIENCES, PROVINCES, type Audience, type OpeningException, type OpeningPeriod, type WalkIn } from '../../src/contract/schema.js';
import { lookupTable } from '../geo/geocoder.js';
import { SAMPLE_CITIES } from './places.js';
import { prng } from './prng.js';

const days = (list: number[], open: string, close: string): OpeningPeriod[] => list.map((day) => ({ day, open, close }));

const PATTERNS: { kind: string; hours: OpeningPeriod[] }[] = [
  { kind: 'Inloophuis', hours: days([1, 2, 3, 4, 5], '10:00', '16:00') },
  { kind: 'Herstelcafé', hours: [...days([2, 4], '19:00', '22:00'), ...days([6], '13:00', '17:00')] },
  { kind: 'Nachtcafé', hours: days([5, 6], '20:00', '02:00') },
  { kind: 'Ontmoetingsplek', hours: days([1, 2, 3, 4, 5, 6, 7], '09:00', '17:00') },
  { kind: 'Jongerenplek', hours: [...days([1, 3, 5], '13:00', '17:00'), ...days([3], '19:00', '21:30')] },
  { kind: 'Steunpunt', hours: [...days([1, 2, 3, 4], '09:00', '12:30'), ...days([1, 2, 3, 4], '13:30', '17:00')] },
];
const ALWAYS_OPEN = { kind: 'Luisterhuis', hours: days([1, 2, 3, 4, 5, 6, 7], '00:00', '24:00') };

const HOLIDAYS: [date: string, note: string][] = [
  ['2026-04-05', 'Eerste Paasdag'], ['2026-04-06', 'Tweede Paasdag'], ['2026-04-27', 'Koningsdag'],
  ['2026-05-14', 'Hemelvaartsdag'], ['2026-05-24', 'Eerste Pinksterdag'], ['2026-05-25', 'Tweede Pinksterdag'],
  ['2026-12-25', 'Eerste Kerstdag'], ['2026-12-26', 'Tweede Kerstdag'], ['2027-01-01', 'Nieuwjaarsdag'],
  ['2027-03-28', 'Eerste Paasdag'], ['2027-03-29', 'Tweede Paasdag'], ['2027-04-27', 'Koningsdag'],
  ['2027-05-06', 'Hemelvaartsdag'], ['2027-05-16', 'Eerste Pinksterdag'], ['2027-05-17', 'Tweede Pinksterdag'],
];
const SHORT_DAYS: OpeningException[] = [
  { date: '2026-12-24', closed: false, open: '10:00', close: '15:00', note: 'Kerstavond: korter open' },
  { date: '2026-12-31', closed: false, open: '10:00', close: '15:00', note: 'Oudejaarsdag: korter open' },
];
const NAMES = ['De Haven', 'Het Anker', 'De Huiskamer', 'Op Adem', 'De Steiger', 'Lichtpunt', 'De Vonk', 'Het Baken', 'Samen Thuis', 'De Kapstok'];
const STREETS = ['Voorbeeldstraat', 'Proefweg', 'Oefenlaan', 'Schetsplein', 'Ontwerpkade', 'Conceptsingel'];

export function sampleWalkIns(seed = 113): WalkIn[] {
  const r = prng(seed);
  const out: WalkIn[] = [];
  let n = 0;
  for (const province of PROVINCES) {
    for (const [city, pc] of SAMPLE_CITIES[province]) {
      const geo = lookupTable(city)!;
      const count = 3 + (n % 2);
      for (let i = 0; i < count; i++, n++) {
        const pattern = n === 17 ? ALWAYS_OPEN : PATTERNS[n % PATTERNS.length]!;
        const audiences: Audience[] = pattern.kind === 'Jongerenplek' ? ['jongeren'] : r.chance(0.6) ? ['iedereen'] : r.some(AUDIENCES, 2);
        const exceptions: OpeningException[] =
          pattern === ALWAYS_OPEN ? [] : [...HOLIDAYS.map(([date, note]) => ({ date, closed: true, note })), ...(r.chance(0.5) ? SHORT_DAYS : [])];
        const name = `${pattern.kind} ${r.pick(NAMES)} ${city} (voorbeeld)`;
        out.push({
          id: `vb-inloop-${String(n + 1).padStart(3, '0')}`,
          name,
          description: `${pattern.kind} voor een kop koffie, een praatje of hulp bij vragen. Je hoeft geen afspraak te maken.${r.chance(0.5) ? ' Ervaringsdeskundigen zijn aanwezig.' : ''} Dit is een voorbeeldlocatie.`,
          organizer: `Voorbeeld Welzijn ${city}`,
          address: `${r.pick(STREETS)} ${r.int(1, 150)}`,
          postcode: `${pc} ${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}`,
          city,
          province,
          lat: +(geo.lat + (r.next() - 0.5) * 0.03).toFixed(5),
          lon: +(geo.lon + (r.next() - 0.5) * 0.04).toFixed(5),
          phone: `0${r.int(10, 99)}-${r.int(100, 999)} ${r.int(1000, 9999)}`,
          url: `https://voorbeeld.missiementaal.nl/inloop/${n + 1}`,
          audiences,
          peerSupport: r.chance(0.5),
          hours: pattern.hours,
          exceptions,
          // The facts the finder shows (not drawn from `r`: the other sample values stay as they were).
          kind: pattern.kind,
          free: true,
          appointment: false,
          ...(n % 3 === 2 ? {} : { wheelchair: n % 3 === 0 ? ('yes' as const) : ('limited' as const) }),
          sample: true,
        });
      }
    }
  }
  return out;
}
