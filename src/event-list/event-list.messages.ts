/**
 * The words of `<mm-event-list>` in Dutch (B1, "je" form) and English. Words shared with
 * the week calendar (types, audiences, "Gratis", "Gaat niet door", …) live in
 * `core/activity-view.ts`; state texts ("Laden…", "Opnieuw proberen") in `core/i18n.ts`.
 */
import { plural } from '../core/lang.js';
import type { Dictionary } from '../core/i18n.js';
import type { Province } from '../contract/vocabulary.js';

export interface EventListMessages {
  filters: string;
  /** The button that opens the filter bar in a narrow list (320 px): with how many are picked. */
  filtersToggle: (picked: number) => string;
  forWhom: string;
  what: string;
  region: string;
  mode: string;
  all: string;
  search: string;
  reset: string;
  loadMore: string;
  loadingMore: string;
  /** The result count, announced after a filter change ("12 activiteiten gevonden"). */
  found: (n: number) => string;
  /** A full page came back and there are more ("20 of meer activiteiten gevonden"). */
  foundMore: (n: number) => string;
  /** After "Meer laden". */
  loadedMore: (n: number) => string;
  empty: string;
  emptyFiltered: string;
  /** Nothing found for a search word, not even for a near word. */
  emptySearch: string;
  emptyNone: string;
  allActivities: string;
  updatedAt: (time: string) => string;
  /** After the place of an activity that is on site and online. */
  alsoOnline: string;
  /** The search found nothing; the API searched for a near word instead. */
  searchCorrected: (q: string, used: string) => string;
  /** The search had only words like "de" and "het"; the API left the words out. */
  searchTooCommon: (q: string) => string;
}

const nl = (count: number) => plural('nl', count, { one: 'activiteit', other: 'activiteiten' });
const en = (count: number) => plural('en', count, { one: 'activity', other: 'activities' });

export const messages: Dictionary<EventListMessages> = {
  nl: {
    filters: 'Activiteiten filteren',
    filtersToggle: (n) => (n ? `Filters (${n})` : 'Filters'),
    forWhom: 'Voor wie',
    what: 'Wat',
    region: 'Provincie',
    mode: 'Online of op locatie',
    all: 'Alle',
    search: 'Zoeken',
    reset: 'Filters wissen',
    loadMore: 'Meer laden',
    loadingMore: 'Meer activiteiten laden…',
    found: (c) => (c === 0 ? 'Geen activiteiten gevonden' : `${c} ${nl(c)} gevonden`),
    foundMore: (c) => `${c} of meer activiteiten gevonden`,
    loadedMore: (c) => `${c} ${nl(c)} erbij geladen`,
    empty: 'Geen activiteiten gevonden',
    emptyFiltered: 'Probeer andere filters, of wis de filters.',
    emptySearch: 'Probeer een ander of korter woord, of wis de zoekopdracht en de filters.',
    emptyNone: 'Er staan nu geen activiteiten gepland. Kijk later nog eens.',
    allActivities: 'Bekijk alle activiteiten',
    updatedAt: (t) => `Bijgewerkt om ${t}.`,
    alsoOnline: 'en online',
    searchCorrected: (q, used) => `Niets gevonden voor "${q}". Je ziet de activiteiten voor "${used}".`,
    searchTooCommon: (q) => `"${q}" is te algemeen om op te zoeken. Je ziet alle activiteiten. Typ een ander woord om te zoeken.`,
  },
  en: {
    filters: 'Filter activities',
    filtersToggle: (n) => (n ? `Filters (${n})` : 'Filters'),
    forWhom: 'For',
    what: 'What',
    region: 'Province',
    mode: 'Online or on site',
    all: 'All',
    search: 'Search',
    reset: 'Clear filters',
    loadMore: 'Load more',
    loadingMore: 'Loading more activities…',
    found: (c) => (c === 0 ? 'No activities found' : `${c} ${en(c)} found`),
    foundMore: (c) => `${c} or more activities found`,
    loadedMore: (c) => `${c} more ${en(c)} loaded`,
    empty: 'No activities found',
    emptyFiltered: 'Try other filters, or clear them.',
    emptySearch: 'Try another or a shorter word, or clear the search and the filters.',
    emptyNone: 'There are no activities planned right now. Please check again later.',
    allActivities: 'See all activities',
    updatedAt: (t) => `Updated at ${t}.`,
    alsoOnline: 'and online',
    searchCorrected: (q, used) => `Nothing found for "${q}". You see the activities for "${used}".`,
    searchTooCommon: (q) => `"${q}" is too common to search for. You see all activities. Type another word to search.`,
  },
};

/** Province names are the same in both languages. */
export const provinceNames: Record<Province, string> = {
  groningen: 'Groningen',
  friesland: 'Friesland',
  drenthe: 'Drenthe',
  overijssel: 'Overijssel',
  flevoland: 'Flevoland',
  gelderland: 'Gelderland',
  utrecht: 'Utrecht',
  'noord-holland': 'Noord-Holland',
  'zuid-holland': 'Zuid-Holland',
  zeeland: 'Zeeland',
  'noord-brabant': 'Noord-Brabant',
  limburg: 'Limburg',
};
