/** The words of `<mm-week-calendar>` (shared words come from `coreMessages`, `stateMessages` and `activityWords`). */
import { plural } from '../core/lang.js';
import type { Dictionary } from '../core/i18n.js';

export interface WeekCalendarMessages {
  /** "Week van 1 t/m 7 juni 2026": `from` and `to` are already formatted. */
  title: (from: string, to: string) => string;
  /** The hallway screen's heading for the week of today, and for the next (at the weekend). */
  thisWeekTitle: (from: string, to: string) => string;
  nextWeekTitle: (from: string, to: string) => string;
  loadingTitle: string;
  previous: string;
  next: string;
  thisWeek: string;
  weekNav: string;
  days: string;
  today: string;
  count: (n: number) => string;
  noneThisDay: string;
  empty: string;
  emptyHint: string;
  all: string;
  announce: (title: string, n: number) => string;
  updated: (time: string) => string;
  when: string;
  kind: string;
  /** The button under a long day: "Nog 12 activiteiten" (+ the day, for screen readers). */
  more: (n: number) => string;
  /** The same on a hallway screen, where nothing can be pressed. */
  moreText: (n: number) => string;
}

const nlCount = (n: number) => (n === 0 ? 'Geen activiteiten' : `${n} ${plural('nl', n, { one: 'activiteit', other: 'activiteiten' })}`);
const enWord = (n: number) => plural('en', n, { one: 'activity', other: 'activities' });
const enCount = (n: number) => (n === 0 ? 'No activities' : `${n} ${enWord(n)}`);

export const messages: Dictionary<WeekCalendarMessages> = {
  nl: {
    title: (from, to) => `Week van ${from} t/m ${to}`,
    thisWeekTitle: (from, to) => `Deze week: ${from} t/m ${to}`,
    nextWeekTitle: (from, to) => `Volgende week: ${from} t/m ${to}`,
    loadingTitle: 'Week wordt geladen…',
    previous: 'Vorige week',
    next: 'Volgende week',
    thisWeek: 'Deze week',
    weekNav: 'Andere week kiezen',
    days: 'Dagen van deze week',
    today: 'Vandaag',
    count: nlCount,
    noneThisDay: 'Niets gepland',
    empty: 'Geen activiteiten deze week',
    emptyHint: 'Kijk in een andere week, of bekijk het hele programma.',
    all: 'Bekijk het hele programma',
    announce: (title, n) => `${title}. ${nlCount(n)}.`,
    updated: (time) => `Bijgewerkt om ${time}`,
    when: 'Wanneer',
    kind: 'Soort',
    more: (n) => `Toon nog ${nlCount(n)}`,
    moreText: (n) => `En nog ${nlCount(n)}`,
  },
  en: {
    title: (from, to) => `Week of ${from} to ${to}`,
    thisWeekTitle: (from, to) => `This week: ${from} to ${to}`,
    nextWeekTitle: (from, to) => `Next week: ${from} to ${to}`,
    loadingTitle: 'Loading the week…',
    previous: 'Previous week',
    next: 'Next week',
    thisWeek: 'This week',
    weekNav: 'Choose another week',
    days: 'Days of this week',
    today: 'Today',
    count: enCount,
    noneThisDay: 'Nothing planned',
    empty: 'No activities this week',
    emptyHint: 'Look at another week, or see the full programme.',
    all: 'See the full programme',
    announce: (title, n) => `${title}. ${enCount(n)}.`,
    updated: (time) => `Updated at ${time}`,
    when: 'When',
    kind: 'Kind',
    more: (n) => `Show ${n} more ${enWord(n)}`,
    moreText: (n) => `And ${n} more ${enWord(n)}`,
  },
};
