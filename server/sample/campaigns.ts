/**
 * Sample campaigns around a date (the server's clock when it seeds, the test clock in
 * tests): the coming national Week van de Mentale Gezondheid, the two before it (one with a
 * look-back page) and the Week van de Werkstress in between. Relative to that date, so the
 * demo shows a coming week on any day; the same date always gives the same campaigns.
 */
import type { Campaign } from '../../src/contract/schema.js';
import { addDays, isoWeekday } from '../../src/core/dates.js';

/** The national week: Monday to Saturday, starting on the first Monday of June. */
export function nationalWeek(year: number): { start: string; end: string } {
  const june1 = `${year}-06-01`;
  const start = addDays(june1, (8 - isoWeekday(june1)) % 7);
  return { start, end: addDays(start, 5) };
}

/** The coming national week: this year's unless it is over, then next year's. */
export function nextNationalWeek(today: string): { start: string; end: string } {
  const year = +today.slice(0, 4);
  const week = nationalWeek(year);
  return week.end >= today ? week : nationalWeek(year + 1);
}

/** Week van de Werkstress: Monday to Friday of the third full week of November. */
export function workStressWeek(year: number): { start: string; end: string } {
  const nov1 = `${year}-11-01`;
  const start = addDays(nov1, ((8 - isoWeekday(nov1)) % 7) + 14);
  return { start, end: addDays(start, 4) };
}

const longDate = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDateEn = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', timeZone: 'UTC' });
const monthYearEn = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const at = (k: string) => new Date(`${k}T12:00:00Z`);

const THEMES: [nl: string, en: string][] = [
  ['Samen sta je sterker', 'Stronger together'],
  ['Loop eens een dag met me mee', 'Walk a day with me'],
  ['Zeg het maar', 'Just say it'],
  ['Praat erover', 'Talk about it'],
  ['Even pauze', 'Take a break'],
];
const COLORS = ['#004b87', '#5b2a86', '#8a1c3b', '#1d4d3a'];

function mentalHealthWeek(year: number, lookBack: boolean): Campaign {
  const { start, end } = nationalWeek(year);
  const [theme, themeEn] = THEMES[year % 4]!;
  const slug = `week-van-de-mentale-gezondheid-${year}`;
  return {
    slug,
    name: `Week van de Mentale Gezondheid ${year}`,
    theme: `${theme} (voorbeeldthema)`,
    description:
      `Van ${longDate.format(at(start))} tot en met ${longDate.format(at(end))} ${monthYear.format(at(end))}: workshops, ` +
      'wandelingen, webinars en open dagen over mentale gezondheid in heel Nederland. Dit is voorbeelddata.',
    start,
    end,
    url: `https://www.missiementaal.nl/${slug}`,
    lookBackUrl: lookBack ? `https://www.missiementaal.nl/terugblik-${slug}` : null,
    colors: { background: COLORS[year % 4]!, text: '#ffffff' },
    sample: true,
    en: {
      name: `Mental Health Week ${year}`,
      theme: `${themeEn} (sample theme)`,
      description:
        `From ${longDateEn.format(at(start))} to ${longDateEn.format(at(end))} ${monthYearEn.format(at(end))}: workshops, ` +
        'walks, webinars and open days about mental health all over the Netherlands. This is sample data.',
    },
  };
}

function workStress(year: number): Campaign {
  const { start, end } = workStressWeek(year);
  return {
    slug: `week-van-de-werkstress-${year}`,
    name: `Week van de Werkstress ${year}`,
    theme: `${THEMES[4]![0]} (voorbeeldthema)`,
    description: 'Aandacht voor werkstress en het voorkomen van burn-out. Dit is voorbeelddata.',
    start,
    end,
    url: `https://www.missiementaal.nl/week-van-de-werkstress-${year}`,
    lookBackUrl: null,
    colors: { background: '#1d4d3a', text: '#ffffff' },
    sample: true,
    en: {
      name: `Work Stress Week ${year}`,
      theme: `${THEMES[4]![1]} (sample theme)`,
      description: 'Attention for work stress and preventing burn-out. This is sample data.',
    },
  };
}

/** The sample campaigns seen from `today` (an Amsterdam date key). */
export function sampleCampaigns(today: string): Campaign[] {
  const year = +nextNationalWeek(today).start.slice(0, 4);
  return [mentalHealthWeek(year - 2, true), mentalHealthWeek(year - 1, false), workStress(year - 1), mentalHealthWeek(year, false)];
}
