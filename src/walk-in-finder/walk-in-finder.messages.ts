/**
 * The finder's words, Dutch (B1, "je" form) and English. The crisis notice's facts are
 * fixed (CONTEXT.md, "Getting help now"): 113 Zelfmoordpreventie, call or chat 113 or free
 * 0800-0113, day and night; danger to life 112.
 */
import { plural, type Dictionary } from '../core/lang.js';
import type { Audience } from '../contract/schema.js';

export interface FinderMessages {
  label: string;
  heading: string;
  crisis: {
    title: string;
    /** Text before, between and after the numbers; the numbers are links (tel:). */
    before: string;
    or: string;
    free: string;
    chat: string;
    danger: string;
  };
  place: string;
  placeHint: string;
  search: string;
  suggestions: (n: number) => string;
  noSuggestions: string;
  locate: string;
  locating: string;
  myLocation: string;
  geo: { denied: string; blocked: string; unavailable: string; timeout: string; unsupported: string };
  unknownPlace: (q: string) => string;
  start: string;
  searching: string;
  filters: string;
  openNow: string;
  young: string;
  radius: string;
  km: (n: string) => string;
  found: (n: number, place: string) => string;
  nothingNear: (km: string, place: string) => string;
  nearestFarther: string;
  nothingOpen: string;
  showClosed: string;
  apiDown: string;
  retry: string;
  overview: string;
  /** `date` "1 juni", `time` "11:00" (Amsterdam). */
  staleSince: (date: string, time: string) => string;
  staleOther: (place: string, date: string, time: string) => string;
  crow: (km: string) => string;
  forWhom: (who: string) => string;
  /** Lower case, inside "Voor …". */
  audiences: Record<Audience, string>;
  peer: string;
  free: string;
  noAppointment: string;
  appointment: string;
  wheelchair: { yes: string; limited: string; no: string };
  route: string;
  routeOsm: string;
  routeGoogle: string;
  call: (phone: string) => string;
  website: string;
  sample: string;
  open: {
    until: (time: string) => string;
    untilDay: (day: string, time: string) => string;
    always: string;
    opensToday: (time: string) => string;
    opensTomorrow: (time: string) => string;
    opensOn: (day: string, time: string) => string;
    closedToday: (note: string) => string;
    /**
     * Dutch public holidays in this language, by their Dutch name in lower case (the names
     * OSM opening hours (`PH off`) and the moderation page give a closed day). Other notes
     * are the place's own words and stay as written.
     */
    holidays: Partial<Record<string, string>>;
    closedLong: string;
    tomorrow: string;
  };
  showMap: string;
  map: string;
  mapPlaces: (n: number) => string;
  showOnMap: string;
}

export const messages: Dictionary<FinderMessages> = {
  nl: {
    label: 'Inloopplekken in de buurt',
    heading: 'Vind een inloopplek bij jou in de buurt',
    crisis: {
      title: 'Heb je nu direct hulp nodig?',
      before: 'Bel of chat met 113 Zelfmoordpreventie:',
      or: 'of',
      free: '(gratis, dag en nacht).',
      chat: 'Chat met 113',
      danger: 'Bij direct gevaar: bel',
    },
    place: 'Postcode of woonplaats',
    placeHint: 'Bijvoorbeeld 3511 of Utrecht. Kies een suggestie met de pijltjestoetsen.',
    search: 'Zoeken',
    suggestions: (n) => `${n} ${plural('nl', n, { one: 'suggestie', other: 'suggesties' })}. Kies met pijl omlaag.`,
    noSuggestions: 'Geen suggesties.',
    locate: 'Gebruik mijn locatie',
    locating: 'Je locatie wordt bepaald…',
    myLocation: 'jouw locatie (ongeveer)',
    geo: {
      denied: 'Je hebt geen toestemming gegeven om je locatie te gebruiken. Typ je postcode of woonplaats.',
      blocked: 'Deze website staat het gebruik van je locatie niet toe. Typ je postcode of woonplaats.',
      unavailable: 'We konden je locatie niet bepalen. Typ je postcode of woonplaats.',
      timeout: 'Het bepalen van je locatie duurde te lang. Probeer het opnieuw of typ je postcode of woonplaats.',
      unsupported: 'Je browser kan je locatie niet delen. Typ je postcode of woonplaats.',
    },
    unknownPlace: (q) => `We kennen "${q}" niet. Typ een postcode (zoals 3511) of een plaatsnaam.`,
    start: 'Typ je postcode of woonplaats, of gebruik je locatie. Dan zie je de inloopplekken die het dichtst bij jou zijn.',
    searching: 'Inloopplekken zoeken…',
    filters: 'Filters',
    openNow: 'Nu open',
    young: 'Voor jongeren',
    radius: 'Afstand',
    km: (n) => `${n} km`,
    found: (n, place) => `${n} ${plural('nl', n, { one: 'inloopplek', other: 'inloopplekken' })} bij ${place}`,
    nothingNear: (km, place) => `Er is geen inloopplek binnen ${km} km van ${place}.`,
    nearestFarther: 'Dit zijn de plekken die het dichtst bij zijn:',
    nothingOpen: 'Op dit moment is geen van deze plekken open.',
    showClosed: 'Toon ook gesloten plekken',
    apiDown: 'We kunnen de inloopplekken nu niet ophalen. Probeer het later opnieuw.',
    retry: 'Opnieuw proberen',
    overview: 'Bekijk alle hulp op 113.nl',
    staleSince: (date, time) => `Mogelijk niet actueel: opgehaald op ${date} om ${time}.`,
    staleOther: (place, date, time) => `Mogelijk niet actueel: dit zijn de plekken bij ${place}, opgehaald op ${date} om ${time}.`,
    crow: (km) => `${km} km hemelsbreed`,
    forWhom: (who) => `Voor ${who}`,
    audiences: {
      jongeren: 'jongeren',
      studenten: 'studenten',
      ouders: 'ouders',
      onderwijs: 'scholen en leraren',
      werkenden: 'werkenden',
      werkgevers: 'werkgevers',
      ouderen: 'ouderen',
      professionals: 'professionals',
      iedereen: 'iedereen',
    },
    peer: 'Ervaringsdeskundigen aanwezig',
    free: 'Gratis',
    noAppointment: 'Geen afspraak nodig',
    appointment: 'Maak eerst een afspraak',
    wheelchair: { yes: 'Toegankelijk met een rolstoel', limited: 'Deels toegankelijk met een rolstoel', no: 'Niet toegankelijk met een rolstoel' },
    route: 'Route',
    routeOsm: 'Route (OpenStreetMap)',
    routeGoogle: 'Route (Google Maps)',
    call: (phone) => `Bel ${phone}`,
    website: 'Website',
    sample: 'voorbeeld',
    open: {
      until: (t) => `Nu open tot ${t}`,
      untilDay: (d, t) => `Nu open tot ${d} ${t}`,
      always: 'Nu open, dag en nacht',
      opensToday: (t) => `Gesloten, opent vandaag om ${t}`,
      opensTomorrow: (t) => `Gesloten, opent morgen om ${t}`,
      opensOn: (d, t) => `Gesloten, opent ${d} om ${t}`,
      closedToday: (note) => `Vandaag gesloten (${note})`,
      holidays: {},
      closedLong: 'Gesloten, de komende twee weken niet open',
      tomorrow: 'morgen',
    },
    showMap: 'Kaart',
    map: 'Kaart met inloopplekken',
    mapPlaces: (n) => `${n} ${plural('nl', n, { one: 'plek', other: 'plekken' })}, zoom in`,
    showOnMap: 'Toon op de kaart',
  },
  en: {
    label: 'Walk-in places nearby',
    heading: 'Find a walk-in place near you',
    crisis: {
      title: 'Do you need help right now?',
      before: 'Call or chat with 113 Suicide Prevention:',
      or: 'or',
      free: '(free, day and night).',
      chat: 'Chat with 113',
      danger: 'In immediate danger: call',
    },
    place: 'Postcode or town',
    placeHint: 'For example 3511 or Utrecht. Choose a suggestion with the arrow keys.',
    search: 'Search',
    suggestions: (n) => `${n} ${plural('en', n, { one: 'suggestion', other: 'suggestions' })}. Use the down arrow to choose.`,
    noSuggestions: 'No suggestions.',
    locate: 'Use my location',
    locating: 'Finding your location…',
    myLocation: 'your location (approximate)',
    geo: {
      denied: 'You did not allow us to use your location. Type your postcode or town.',
      blocked: 'This website does not allow the use of your location. Type your postcode or town.',
      unavailable: 'We could not find your location. Type your postcode or town.',
      timeout: 'Finding your location took too long. Try again or type your postcode or town.',
      unsupported: 'Your browser cannot share your location. Type your postcode or town.',
    },
    unknownPlace: (q) => `We do not know "${q}". Type a postcode (such as 3511) or a town.`,
    start: 'Type your postcode or town, or use your location, to see the walk-in places nearest to you.',
    searching: 'Looking for walk-in places…',
    filters: 'Filters',
    openNow: 'Open now',
    young: 'For young people',
    radius: 'Distance',
    km: (n) => `${n} km`,
    found: (n, place) => `${n} ${plural('en', n, { one: 'walk-in place', other: 'walk-in places' })} near ${place}`,
    nothingNear: (km, place) => `There is no walk-in place within ${km} km of ${place}.`,
    nearestFarther: 'These are the nearest places:',
    nothingOpen: 'None of these places is open right now.',
    showClosed: 'Also show closed places',
    apiDown: 'We cannot load the walk-in places right now. Please try again later.',
    retry: 'Try again',
    overview: 'See all help on 113.nl',
    staleSince: (date, time) => `May be out of date: loaded on ${date} at ${time}.`,
    staleOther: (place, date, time) => `May be out of date: these are the places near ${place}, loaded on ${date} at ${time}.`,
    crow: (km) => `${km} km as the crow flies`,
    forWhom: (who) => `For ${who}`,
    audiences: {
      jongeren: 'young people',
      studenten: 'students',
      ouders: 'parents',
      onderwijs: 'schools and teachers',
      werkenden: 'employees',
      werkgevers: 'employers',
      ouderen: 'older people',
      professionals: 'professionals',
      iedereen: 'everyone',
    },
    peer: 'Peer experts present',
    free: 'Free',
    noAppointment: 'No appointment needed',
    appointment: 'Make an appointment first',
    wheelchair: { yes: 'Wheelchair accessible', limited: 'Partly wheelchair accessible', no: 'Not wheelchair accessible' },
    route: 'Directions',
    routeOsm: 'Directions (OpenStreetMap)',
    routeGoogle: 'Directions (Google Maps)',
    call: (phone) => `Call ${phone}`,
    website: 'Website',
    sample: 'sample',
    open: {
      until: (t) => `Open now until ${t}`,
      untilDay: (d, t) => `Open now until ${d} ${t}`,
      always: 'Open now, day and night',
      opensToday: (t) => `Closed, opens today at ${t}`,
      opensTomorrow: (t) => `Closed, opens tomorrow at ${t}`,
      opensOn: (d, t) => `Closed, opens ${d} at ${t}`,
      closedToday: (note) => `Closed today (${note})`,
      holidays: {
        nieuwjaarsdag: "New Year's Day",
        'goede vrijdag': 'Good Friday',
        'eerste paasdag': 'Easter Sunday',
        'tweede paasdag': 'Easter Monday',
        koningsdag: "King's Day",
        bevrijdingsdag: 'Liberation Day',
        hemelvaartsdag: 'Ascension Day',
        'eerste pinksterdag': 'Whit Sunday',
        'tweede pinksterdag': 'Whit Monday',
        'eerste kerstdag': 'Christmas Day',
        'tweede kerstdag': 'Boxing Day',
      },
      closedLong: 'Closed, not open in the coming two weeks',
      tomorrow: 'tomorrow',
    },
    showMap: 'Map',
    map: 'Map of walk-in places',
    mapPlaces: (n) => `${n} ${plural('en', n, { one: 'place', other: 'places' })}, zoom in`,
    showOnMap: 'Show on the map',
  },
};
