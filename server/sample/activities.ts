/**
 * About 775 fictional activities, generated from a fixed seed around a date (see
 * `ranges()`). Every type, audience and mode occurs; some are cancelled, all-day or
 * multi-day.
 */
import { ACTIVITY_TYPES, AUDIENCES, PROVINCES, type Activity, type ActivityType, type Audience, type Mode } from '../../src/contract/schema.js';
import type { Campaign } from '../../src/contract/schema.js';
import { addDays, mondayOf, toIsoOffset, zonedInstant } from '../../src/core/dates.js';
import { sampleCampaigns } from './campaigns.js';
import { lookupTable } from '../geo/geocoder.js';
import { SAMPLE_CITIES } from './places.js';
import { prng } from './prng.js';

const TOPICS = [
  'omgaan met stress', 'mindfulness voor beginners', 'praten over je gevoel', 'veerkracht',
  'slapen en piekeren', 'grenzen stellen', 'eenzaamheid onder jongeren', 'social media en jij',
  'werkdruk en burn-out', 'opvoeden zonder stress', 'rouw en verlies', 'prestatiedruk op school',
  'gamen in balans', 'geldzorgen en je hoofd', 'ervaringsverhalen', 'samen in gesprek',
];
const TITLE: Record<ActivityType, (topic: string, city: string) => string> = {
  workshop: (t) => `Workshop ${t}`,
  webinar: (t) => `Webinar: ${t}`,
  sport: (_, c) => `Samen sporten in ${c}`,
  dans: () => 'Dansen zonder oordeel',
  film: (t) => `Filmavond met nagesprek over ${t}`,
  meetup: (_, c) => `Mental Meetup ${c}`,
  lezing: (t) => `Lezing: ${t}`,
  wandeling: (_, c) => `Wandelen en praten in ${c}`,
  'open-dag': (_, c) => `Open dag inloophuis ${c}`,
  congres: () => 'Congres Mentaal Gezond Samen',
  podcast: (t) => `Live podcast over ${t}`,
  festival: (_, c) => `Beweegfestival ${c}`,
  overig: () => 'Mentaal boekenbal in de bibliotheek',
};
const ORGANIZERS = [
  (c: string) => `Voorbeeld Bibliotheek ${c}`,
  (c: string) => `Voorbeeld GGD Regio ${c}`,
  (c: string) => `Voorbeeld Jongerenwerk ${c}`,
  (c: string) => `Voorbeeld Gemeente ${c}`,
  () => 'Voorbeeld Sportclub De Loper',
  () => 'Voorbeeld Basisschool De Regenboog',
  (c: string) => `Voorbeeld Hogeschool ${c}`,
  (c: string) => `Voorbeeld Welzijn ${c}`,
  () => 'Voorbeeld Werkgeversnetwerk Gezond Werk',
];
const VENUES = ['Buurthuis De Voorbeeldhoek', 'Voorbeeldzaal De Linde', 'Sporthal De Ren', 'Theater Het Voorbeeld', 'Bibliotheekzaal Boekenwurm', 'Park De Voorbeeldweide', 'Wijkcentrum De Brug'];
const STREETS = ['Voorbeeldstraat', 'Proefweg', 'Oefenlaan', 'Schetsplein', 'Ontwerpkade'];
const HOURS = ['09:30', '10:00', '13:00', '14:00', '15:30', '19:00', '19:30', '20:00'];

type Range = [from: string, to: string, count: number, campaign: string | null];

/**
 * Where the activities go, seen from `today`: hundreds in the coming national week, a
 * busy previous week (and the one before), some this week, some just past, some between
 * now and the coming week, and the Week van de Werkstress. Relative to `today`, so the demo
 * looks alive on any date; from the test clock (23 November 2026) it gives the weeks of
 * 2025, 2026 and 2027 the tests read.
 */
function ranges(today: string): Range[] {
  const [old, previous, stress, next] = sampleCampaigns(today);
  const monday = mondayOf(today);
  const r = (c: Campaign, count: number): Range => [c.start, c.end, count, c.slug];
  return [
    r(previous!, 250),
    [addDays(previous!.start, -61), addDays(previous!.start, 60), 60, null],
    r(old!, 35),
    r(stress!, 15),
    [addDays(monday, -21), addDays(today, -1), 20, null],
    [monday, addDays(monday, 6), 30, null],
    [addDays(monday, 7), addDays(next!.start, -1), 45, null],
    r(next!, 320),
  ];
}

/** The sample activities seen from `today` (an Amsterdam date key); the same date gives the same data. */
export function sampleActivities(today: string, seed = 20260601): Activity[] {
  const r = prng(seed);
  const out: Activity[] = [];
  // Published a month ago, so "updated" never lies in the future.
  const updated = toIsoOffset(zonedInstant(addDays(today, -30), '12:00'));
  let n = 0;
  for (const [from, to, count, campaign] of ranges(today)) {
    const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
    // Days before the coming week can be none (it starts within a week).
    if (span < 0) continue;
    for (let i = 0; i < count; i++, n++) {
      // The first items walk through every type, audience, mode and province; then random.
      const type = n < ACTIVITY_TYPES.length ? ACTIVITY_TYPES[n]! : r.pick(ACTIVITY_TYPES);
      const province = PROVINCES[n % PROVINCES.length]!;
      const [city, pc] = r.pick(SAMPLE_CITIES[province]);
      const geo = lookupTable(city)!;
      const mode: Mode =
        n < 3 ? (['online', 'onsite', 'hybrid'] as const)[n]! : type === 'webinar' || type === 'podcast' ? 'online' : r.chance(0.1) ? 'hybrid' : r.chance(0.08) ? 'online' : 'onsite';
      const audiences: Audience[] = n < AUDIENCES.length ? [AUDIENCES[n]!] : r.some(AUDIENCES, r.int(1, 3));
      const day = addDays(from, r.int(0, span));
      const allDay = n % 23 === 5;
      const multiDay = (type === 'festival' || type === 'congres') && r.chance(0.4);
      let start: Date;
      let end: Date;
      if (allDay) {
        start = zonedInstant(day);
        end = zonedInstant(addDays(day, multiDay ? 2 : 1));
      } else {
        const at = r.pick(HOURS);
        start = zonedInstant(day, at);
        end = new Date(start.getTime() + (multiDay ? 24 + r.int(2, 8) : r.int(1, 3)) * 3_600_000);
      }
      const topic = r.pick(TOPICS);
      const organizer = r.pick(ORGANIZERS)(city);
      const cancelled = n % 29 === 7;
      const id = `vb-${String(n + 1).padStart(4, '0')}`;
      out.push({
        id,
        title: TITLE[type](topic, city),
        description:
          `${TITLE[type](topic, city)}. Een laagdrempelige activiteit voor ${audiences.join(', ')}. ` +
          `Je bent welkom zoals je bent; meedoen kan zonder ervaring. Dit is een voorbeeldactiviteit van ${organizer}.`,
        type,
        audiences,
        mode,
        start: toIsoOffset(start),
        end: toIsoOffset(end),
        allDay,
        status: cancelled ? 'cancelled' : 'scheduled',
        campaign,
        organizer: { name: organizer, url: null },
        location:
          mode === 'online'
            ? null
            : {
                name: `${r.pick(VENUES)} (voorbeeld)`,
                address: `${r.pick(STREETS)} ${r.int(1, 120)}`,
                postcode: `${pc} ${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}`,
                city,
                municipality: city,
                province,
                lat: +(geo.lat + (r.next() - 0.5) * 0.02).toFixed(5),
                lon: +(geo.lon + (r.next() - 0.5) * 0.02).toFixed(5),
              },
        onlineUrl: mode === 'onsite' ? null : `https://voorbeeld.missiementaal.nl/online/${id}`,
        price: r.chance(0.75) ? 0 : r.pick([2.5, 5, 7.5, 12.5, 25]),
        registrationUrl: r.chance(0.6) ? `https://voorbeeld.missiementaal.nl/aanmelden/${id}` : null,
        accessibility: r.chance(0.5) ? 'Rolstoeltoegankelijk. Er is een stille ruimte.' : null,
        updatedAt: updated,
        sequence: cancelled ? 1 : 0,
        sample: true,
      });
    }
  }
  return out;
}
