/**
 * The page's words, Dutch B1 ("je" form): the campaign team is Dutch, so there is no
 * English version. Names of types, audiences and modes come from the widgets' own
 * dictionary (src/core/activity-view.ts), validation messages from
 * src/core/validation-messages.ts, so each is written once.
 */
import { activityWords } from '../src/core/activity-view.js';
import { plural as pluralOf } from '../src/core/lang.js';
import { validationMessage, validationMessages } from '../src/core/validation-messages.js';
import type { SubmissionStatus } from './types.js';

export const words = activityWords.nl;

/** The message for an error code from the API (the answer's own text when the code is not in the list). */
export const errorText = (code: string, message = '') =>
  code === 'offline'
    ? 'Er is geen verbinding met de server. Controleer je internet en probeer het opnieuw.'
    : Object.hasOwn(validationMessages.nl, code)
      ? validationMessage(code, 'nl')
      : message || 'Er ging iets mis. Probeer het opnieuw.';

export const STATUS_NAMES: Record<SubmissionStatus, string> = {
  pending: 'Wacht op beoordeling',
  approved: 'Goedgekeurd',
  rejected: 'Afgewezen',
  cancelled: 'Afgezegd door de organisator',
};

/** Ready reasons for a rejection; the moderator may add to them or write their own. */
export const REJECT_REASONS = [
  'Dit is geen activiteit over mentale gezondheid.',
  'De activiteit valt niet in de Week van de Mentale Gezondheid.',
  'Er staat te weinig informatie in. Vul de beschrijving aan en meld de activiteit opnieuw aan.',
  'Deze activiteit is al aangemeld.',
  'Dit is reclame voor een product of dienst.',
];

export const AUDIT_NAMES: Record<string, string> = {
  edit: 'Bewerkt',
  approve: 'Goedgekeurd',
  reject: 'Afgewezen',
  revise: 'Aangepast door de organisator',
  cancel: 'Afgezegd door de organisator',
  'walk-in-add': 'Toegevoegd',
  'walk-in-edit': 'Bewerkt',
  'walk-in-close': 'Gesloten',
};

/** Labels of the submission's fields (paths as the API names them). */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Titel',
  description: 'Beschrijving',
  type: 'Soort activiteit',
  audiences: 'Voor wie',
  mode: 'Waar',
  start: 'Begin',
  end: 'Einde',
  allDay: 'Hele dag',
  recurrenceDates: 'Meer datums',
  location: 'Locatie',
  'location.name': 'Naam van de locatie',
  'location.address': 'Adres',
  'location.postcode': 'Postcode',
  'location.city': 'Plaats',
  'location.municipality': 'Gemeente',
  'location.province': 'Provincie',
  onlineUrl: 'Link naar online activiteit',
  'organizer.name': 'Organisator',
  'organizer.url': 'Website van de organisator',
  contactEmail: 'E-mailadres voor contact',
  registrationUrl: 'Link om je aan te melden',
  price: 'Prijs in euro',
  accessibility: 'Toegankelijkheid',
  campaign: 'Campagne',
  lang: 'Taal van het formulier',
};

export const WALK_IN_LABELS: Record<string, string> = {
  name: 'Naam',
  description: 'Beschrijving',
  organizer: 'Organisatie',
  address: 'Adres (straat en huisnummer)',
  postcode: 'Postcode',
  city: 'Plaats',
  province: 'Provincie',
  lat: 'Breedtegraad (lat)',
  lon: 'Lengtegraad (lon)',
  openingHours: 'Openingstijden (OSM-schrijfwijze)',
  audiences: 'Voor wie',
  peerSupport: 'Er zijn ervaringsdeskundigen',
  kind: 'Soort plek',
  free: 'Gratis',
  appointment: 'Alleen op afspraak',
  wheelchair: 'Toegankelijk met een rolstoel',
  phone: 'Telefoonnummer',
  url: 'Website',
};

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
/** An ISO 8601 instant as Amsterdam date and time ("3 jun 2026 14:00"). */
export const when = (iso: string) => dateTime.format(new Date(iso));

/** `n` and its word in the right form (`Intl.PluralRules` through src/core/lang.ts): "1 aanmelding", "3 aanmeldingen". */
export const plural = (n: number, one: string, other: string) => `${n} ${pluralOf('nl', n, { one, other })}`;

/** How many errors a form has, after "er": "is 1 fout", "zijn 3 fouten". */
export const errorCount = (n: number) => `${pluralOf('nl', n, { one: 'is', other: 'zijn' })} ${plural(n, 'fout', 'fouten')}`;

/** A province's name from its slug ('noord-holland' → 'Noord-Holland'), as src/core/activities.ts writes it. */
export const provinceName = (slug: string) => slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('-');
