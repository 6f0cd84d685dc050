/** Sample campaigns on fixed dates (never relative to "now", so tests and demos agree). */
import type { Campaign } from '../../src/core/schema.js';

export const WEEK_2026 = 'week-van-de-mentale-gezondheid-2026';

export const SAMPLE_CAMPAIGNS: Campaign[] = [
  {
    slug: 'week-van-de-mentale-gezondheid-2025',
    name: 'Week van de Mentale Gezondheid 2025',
    theme: 'Samen sta je sterker (voorbeeldthema)',
    description: 'Een week vol activiteiten in heel Nederland over mentale gezondheid. Dit is voorbeelddata.',
    start: '2025-06-02',
    end: '2025-06-07',
    url: 'https://www.missiementaal.nl/week-van-de-mentale-gezondheid-2025',
    lookBackUrl: 'https://www.missiementaal.nl/terugblik-week-van-de-mentale-gezondheid-2025',
    colors: { background: '#004b87', text: '#ffffff' },
    sample: true,
  },
  {
    slug: WEEK_2026,
    name: 'Week van de Mentale Gezondheid 2026',
    theme: 'Loop eens een dag met me mee (voorbeeldthema)',
    description:
      'Van maandag 1 tot en met zaterdag 6 juni 2026: workshops, wandelingen, webinars en open dagen over mentale gezondheid. Dit is voorbeelddata.',
    start: '2026-06-01',
    end: '2026-06-06',
    url: 'https://www.missiementaal.nl/week-van-de-mentale-gezondheid-2026',
    lookBackUrl: null,
    colors: { background: '#5b2a86', text: '#ffffff' },
    sample: true,
  },
  {
    slug: 'week-van-de-werkstress-2026',
    name: 'Week van de Werkstress 2026',
    theme: 'Even pauze (voorbeeldthema)',
    description: 'Aandacht voor werkstress en het voorkomen van burn-out. Dit is voorbeelddata.',
    start: '2026-11-16',
    end: '2026-11-20',
    url: 'https://www.missiementaal.nl/week-van-de-werkstress-2026',
    lookBackUrl: null,
    colors: { background: '#1d4d3a', text: '#ffffff' },
    sample: true,
  },
  {
    slug: 'week-van-de-mentale-gezondheid-2027',
    name: 'Week van de Mentale Gezondheid 2027',
    theme: 'Zeg het maar (voorbeeldthema)',
    description: 'De volgende landelijke week, van maandag 7 tot en met zaterdag 12 juni 2027. Dit is voorbeelddata.',
    start: '2027-06-07',
    end: '2027-06-12',
    url: 'https://www.missiementaal.nl/week-van-de-mentale-gezondheid-2027',
    lookBackUrl: null,
    colors: { background: '#8a1c3b', text: '#ffffff' },
    sample: true,
  },
];
