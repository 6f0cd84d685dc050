/**
 * The words of `<mm-activity-form>`, Dutch (B1, "je" form) and English. Error messages per
 * code come from `validation-messages.ts` (the server uses the same); `fieldErrors` gives a
 * clearer sentence for a code on one field ("Vul de titel in" rather than "Vul dit veld in").
 */
import type { ActivityType, Audience, Mode } from '../contract/vocabulary.js';
import { plural, type Dictionary } from '../core/lang.js';

export interface ActivityFormMessages {
  heading: string;
  intro: string;
  requiredNote: string;
  optional: string;
  title: [label: string, hint: string];
  description: [label: string, hint: string];
  charsLeft: (n: number) => string;
  charsOver: (n: number) => string;
  type: [label: string, choose: string];
  types: Record<ActivityType, string>;
  audiences: [legend: string, hint: string];
  audienceNames: Record<Audience, string>;
  when: [legend: string, hint: string];
  allDay: string;
  dateN: (n: number) => string;
  day: string;
  firstDay: string;
  start: string;
  end: string;
  lastDay: [label: string, hint: string];
  addDate: string;
  removeDate: (n: number) => string;
  datesMax: (n: number) => string;
  mode: string;
  modes: Record<Mode, string>;
  place: [legend: string, hint: string];
  locName: [label: string, hint: string];
  locAddress: string;
  locPostcode: string;
  locCity: string;
  province: [label: string, hint: string, unknown: string];
  provinceFilled: (p: string) => string;
  onlineUrl: [label: string, hint: string];
  organizer: string;
  orgName: string;
  orgUrl: [label: string, hint: string];
  contact: [legend: string, hint: string];
  contactName: string;
  contactEmail: [label: string, hint: string];
  registrationUrl: [label: string, hint: string];
  price: [legend: string, free: string, paid: string, amount: string, amountHint: string];
  accessibility: [label: string, hint: string];
  campaign: string;
  consent: [before: string, link: string, after: string, noLink: string];
  honeypot: string;
  send: string;
  sending: string;
  errorSummary: string;
  fieldErrors: Record<string, Record<string, string>>;
  restored: string;
  startOver: string;
  startedOver: string;
  failed: { offline: string; network: string; timeout: string; server: string; kept: string; retry: string; willRetry: string };
  rateLimited: (when: string) => string;
  inSeconds: (n: number) => string;
  atTime: (t: string) => string;
  done: {
    heading: string;
    reference: string;
    next: string;
    steps: [string, string, string];
    summary: string;
    another: string;
  };
  summaryLabels: { title: string; type: string; audiences: string; when: string; where: string; online: string; organizer: string; contact: string; price: string; free: string };
}

export const messages: Dictionary<ActivityFormMessages> = {
  nl: {
    heading: 'Meld je activiteit aan',
    intro: 'Organiseer je iets voor mentale gezondheid? Meld het hier aan. Het campagneteam bekijkt je melding en zet de activiteit daarna in de agenda.',
    requiredNote: 'Alle velden zijn verplicht, behalve als er "niet verplicht" bij staat.',
    optional: '(niet verplicht)',
    title: ['Naam van de activiteit', 'Kort en duidelijk, bijvoorbeeld: Wandelen en praten in het park.'],
    description: ['Beschrijving', 'Wat gaan mensen doen? Wat levert het op? Minstens 20 tekens.'],
    charsLeft: (n) => `Je kunt nog ${n} ${plural('nl', n, { one: 'teken', other: 'tekens' })} typen`,
    charsOver: (n) => `Je hebt ${n} ${plural('nl', n, { one: 'teken', other: 'tekens' })} te veel`,
    type: ['Soort activiteit', 'Kies een soort'],
    types: {
      workshop: 'Workshop of training',
      webinar: 'Webinar (online les of presentatie)',
      sport: 'Sporten en bewegen',
      dans: 'Dansen',
      film: 'Film of voorstelling',
      meetup: 'Meet-up of ontmoeting',
      lezing: 'Lezing, gesprek of debat',
      wandeling: 'Wandeling',
      'open-dag': 'Open dag of inloop',
      congres: 'Congres of symposium',
      podcast: 'Podcast',
      festival: 'Festival',
      overig: 'Iets anders',
    },
    audiences: ['Voor wie is de activiteit?', 'Kies alles wat past.'],
    audienceNames: {
      jongeren: 'Jongeren (12 tot 25 jaar)',
      studenten: 'Studenten (mbo, hbo, wo)',
      ouders: 'Ouders en verzorgers',
      onderwijs: 'Leraren en schoolteams',
      werkenden: 'Mensen die werken',
      werkgevers: 'Werkgevers en leidinggevenden',
      ouderen: 'Ouderen',
      professionals: 'Zorg- en welzijnsprofessionals',
      iedereen: 'Voor iedereen',
    },
    when: ['Wanneer is het?', 'Gaat de activiteit vaker door? Voeg dan de andere datums toe. Je krijgt één referentie voor alle datums.'],
    allDay: 'De hele dag (of meerdere dagen)',
    dateN: (n) => `Datum ${n}`,
    day: 'Datum',
    firstDay: 'Eerste dag',
    start: 'Begintijd',
    end: 'Eindtijd',
    lastDay: ['Laatste dag', 'Alleen invullen als het meer dan één dag duurt.'],
    addDate: 'Nog een datum toevoegen',
    removeDate: (n) => `Datum ${n} weghalen`,
    datesMax: (n) => `Je kunt ${n} datums aanmelden. Heb je er meer? Zet dat in de beschrijving.`,
    mode: 'Waar is het?',
    modes: { onsite: 'Op een locatie', online: 'Online', hybrid: 'Allebei: op een locatie en online' },
    place: ['Adres van de locatie', 'Hier komen mensen naartoe.'],
    locName: ['Naam van de locatie', 'Bijvoorbeeld: Buurthuis De Linde.'],
    locAddress: 'Straat en huisnummer',
    locPostcode: 'Postcode',
    locCity: 'Plaats',
    province: ['Provincie', 'We vullen dit in als je de postcode hebt ingevuld. Klopt het niet? Kies dan zelf.', 'Weet ik niet'],
    provinceFilled: (p) => `Provincie ingevuld: ${p}.`,
    onlineUrl: ['Link naar de online activiteit', 'Begint met https://. Bijvoorbeeld de link naar Zoom, Teams of een livestream.'],
    organizer: 'Organisator',
    orgName: 'Naam van de organisatie',
    orgUrl: ['Website van de organisatie', 'Begint met https://.'],
    contact: ['Contactpersoon', 'We gebruiken dit alleen om je te mailen over je melding. Dit komt niet in de agenda.'],
    contactName: 'Naam',
    contactEmail: ['E-mailadres', 'Je krijgt hier een bevestiging met een link om je melding te wijzigen of af te zeggen.'],
    registrationUrl: ['Link om je aan te melden', 'Moeten mensen zich vooraf aanmelden? Zet hier de link. Begint met https://.'],
    price: ['Kost het geld?', 'Nee, het is gratis', 'Ja', 'Prijs in euro', 'Bijvoorbeeld: 7,50'],
    accessibility: ['Toegankelijkheid', 'Bijvoorbeeld: rolstoeltoegankelijk, met tolk gebarentaal, prikkelarm.'],
    campaign: 'Deze melding hoort bij de campagne:',
    consent: ['Ik geef toestemming om mijn gegevens te gebruiken voor deze melding. Lees de ', 'privacyverklaring', ' (opent in een nieuw tabblad).', 'Ik geef toestemming om mijn gegevens te gebruiken voor deze melding.'],
    honeypot: 'Laat dit veld leeg',
    send: 'Activiteit aanmelden',
    sending: 'Bezig met versturen…',
    errorSummary: 'Er is een probleem',
    fieldErrors: {
      title: { required: 'Vul de naam van de activiteit in.', too_small: 'De naam moet minstens 3 tekens hebben.', too_big: 'De naam mag hoogstens 140 tekens hebben.' },
      description: { required: 'Vul een beschrijving in.', too_small: 'De beschrijving moet minstens 20 tekens hebben.', too_big: 'De beschrijving mag hoogstens 5000 tekens hebben.' },
      type: { required: 'Kies de soort activiteit.' },
      audiences: { required: 'Kies voor wie de activiteit is.' },
      date: { required: 'Vul de datum in.', invalid_format: 'Vul een bestaande datum in.' },
      lastday: { end_before_start: 'De laatste dag moet na de eerste dag liggen.' },
      start: { required: 'Vul de begintijd in.' },
      end: { required: 'Vul de eindtijd in.', end_before_start: 'De eindtijd moet na de begintijd liggen.' },
      mode: { required: 'Kies waar de activiteit is.' },
      'loc-name': { required: 'Vul de naam van de locatie in.' },
      'loc-address': { required: 'Vul de straat en het huisnummer in.' },
      'loc-postcode': { invalid_format: 'Vul een postcode in zoals 1234 AB.' },
      'loc-city': { required: 'Vul de plaats in.' },
      'online-url': { required: 'Vul de link naar de online activiteit in.' },
      'org-name': { required: 'Vul de naam van de organisatie in.' },
      'contact-email': { required: 'Vul je e-mailadres in.' },
      'price-kind': { required: 'Kies of de activiteit geld kost.' },
      price: { required: 'Vul de prijs in.', invalid_price: 'Vul de prijs in als een bedrag, zoals 7,50.', too_big: 'De prijs mag hoogstens 10.000 euro zijn.', too_small: 'Vul de prijs in als een bedrag, zoals 7,50.' },
      consent: { required: 'Geef toestemming, anders kunnen we je melding niet behandelen.' },
    },
    restored: 'We hebben teruggezet wat je eerder invulde. Je kunt verder gaan waar je was.',
    startOver: 'Begin opnieuw',
    startedOver: 'Het formulier is leeg. Je kunt opnieuw beginnen.',
    failed: {
      offline: 'Je bent offline. Je melding is nog niet verstuurd.',
      network: 'We kunnen de server nu niet bereiken. Je melding is nog niet verstuurd.',
      timeout: 'De server antwoordt niet. Misschien is je melding niet verstuurd.',
      server: 'Er ging iets mis bij ons. Je melding is nog niet verstuurd.',
      kept: 'Wat je hebt ingevuld, is bewaard op dit apparaat. Je raakt niets kwijt.',
      retry: 'Opnieuw versturen',
      willRetry: 'Als je weer internet hebt, versturen we het nog één keer vanzelf.',
    },
    rateLimited: (when) => `Er zijn nu te veel meldingen verstuurd vanaf jouw internetverbinding. Probeer het ${when} opnieuw. Wat je hebt ingevuld, blijft bewaard.`,
    inSeconds: (n) => `over ${n} ${plural('nl', n, { one: 'seconde', other: 'seconden' })}`,
    atTime: (t) => `om ${t} uur`,
    done: {
      heading: 'Je activiteit is aangemeld',
      reference: 'Je referentie is',
      next: 'Wat gebeurt er nu?',
      steps: [
        'Je krijgt een e-mail met deze referentie en een link. Met die link kun je je melding wijzigen of afzeggen.',
        'Het campagneteam bekijkt je melding. Meestal binnen 2 werkdagen.',
        'Is alles goed? Dan zetten we je activiteit in de agenda. Je krijgt daar een e-mail over.',
      ],
      summary: 'Dit heb je verstuurd',
      another: 'Nog een activiteit aanmelden',
    },
    summaryLabels: { title: 'Naam', type: 'Soort', audiences: 'Voor wie', when: 'Wanneer', where: 'Waar', online: 'Online', organizer: 'Organisator', contact: 'Contact (niet openbaar)', price: 'Prijs', free: 'Gratis' },
  },
  en: {
    heading: 'Register your activity',
    intro: 'Are you organising something for mental health? Register it here. The campaign team checks your report and then adds the activity to the calendar.',
    requiredNote: 'All fields are required unless they say "optional".',
    optional: '(optional)',
    title: ['Name of the activity', 'Short and clear, for example: Walk and talk in the park.'],
    description: ['Description', 'What will people do? What will they get out of it? At least 20 characters.'],
    charsLeft: (n) => `You have ${n} ${plural('en', n, { one: 'character', other: 'characters' })} remaining`,
    charsOver: (n) => `You have ${n} ${plural('en', n, { one: 'character', other: 'characters' })} too many`,
    type: ['Kind of activity', 'Choose a kind'],
    types: {
      workshop: 'Workshop or training',
      webinar: 'Webinar (online lesson or talk)',
      sport: 'Sports and exercise',
      dans: 'Dancing',
      film: 'Film or performance',
      meetup: 'Meet-up',
      lezing: 'Talk, conversation or debate',
      wandeling: 'Walk',
      'open-dag': 'Open day or drop-in',
      congres: 'Conference or symposium',
      podcast: 'Podcast',
      festival: 'Festival',
      overig: 'Something else',
    },
    audiences: ['Who is the activity for?', 'Choose all that apply.'],
    audienceNames: {
      jongeren: 'Young people (12 to 25)',
      studenten: 'Students',
      ouders: 'Parents and carers',
      onderwijs: 'Teachers and school staff',
      werkenden: 'People who work',
      werkgevers: 'Employers and managers',
      ouderen: 'Older people',
      professionals: 'Care and welfare professionals',
      iedereen: 'Everyone',
    },
    when: ['When is it?', 'Does it take place more than once? Add the other dates. You get one reference for all dates.'],
    allDay: 'All day (or several days)',
    dateN: (n) => `Date ${n}`,
    day: 'Date',
    firstDay: 'First day',
    start: 'Start time',
    end: 'End time',
    lastDay: ['Last day', 'Only fill this in if it lasts more than one day.'],
    addDate: 'Add another date',
    removeDate: (n) => `Remove date ${n}`,
    datesMax: (n) => `You can register ${n} dates. Are there more? Say so in the description.`,
    mode: 'Where is it?',
    modes: { onsite: 'At a location', online: 'Online', hybrid: 'Both: at a location and online' },
    place: ['Address of the location', 'This is where people come to.'],
    locName: ['Name of the location', 'For example: De Linde community centre.'],
    locAddress: 'Street and number',
    locPostcode: 'Postcode',
    locCity: 'Town or city',
    province: ['Province', 'We fill this in once you have entered the postcode. Is it wrong? Choose it yourself.', 'I do not know'],
    provinceFilled: (p) => `Province filled in: ${p}.`,
    onlineUrl: ['Link to the online activity', 'Starts with https://. For example the link to Zoom, Teams or a livestream.'],
    organizer: 'Organiser',
    orgName: 'Name of the organisation',
    orgUrl: ['Website of the organisation', 'Starts with https://.'],
    contact: ['Contact person', 'We only use this to email you about your report. It is not published in the calendar.'],
    contactName: 'Name',
    contactEmail: ['Email address', 'You will get a confirmation here with a link to change or cancel your report.'],
    registrationUrl: ['Link to sign up', 'Do people need to sign up in advance? Add the link here. Starts with https://.'],
    price: ['Does it cost money?', 'No, it is free', 'Yes', 'Price in euros', 'For example: 7.50'],
    accessibility: ['Accessibility', 'For example: wheelchair accessible, sign language interpreter, low-stimulus.'],
    campaign: 'This report belongs to the campaign:',
    consent: ['I agree that my details are used for this report. Read the ', 'privacy statement', ' (opens in a new tab).', 'I agree that my details are used for this report.'],
    honeypot: 'Leave this field empty',
    send: 'Register activity',
    sending: 'Sending…',
    errorSummary: 'There is a problem',
    fieldErrors: {
      title: { required: 'Enter the name of the activity.', too_small: 'The name must be at least 3 characters.', too_big: 'The name must be 140 characters or fewer.' },
      description: { required: 'Enter a description.', too_small: 'The description must be at least 20 characters.', too_big: 'The description must be 5000 characters or fewer.' },
      type: { required: 'Choose the kind of activity.' },
      audiences: { required: 'Choose who the activity is for.' },
      date: { required: 'Enter the date.', invalid_format: 'Enter a real date.' },
      lastday: { end_before_start: 'The last day must be after the first day.' },
      start: { required: 'Enter the start time.' },
      end: { required: 'Enter the end time.', end_before_start: 'The end time must be after the start time.' },
      mode: { required: 'Choose where the activity is.' },
      'loc-name': { required: 'Enter the name of the location.' },
      'loc-address': { required: 'Enter the street and number.' },
      'loc-postcode': { invalid_format: 'Enter a postcode like 1234 AB.' },
      'loc-city': { required: 'Enter the town or city.' },
      'online-url': { required: 'Enter the link to the online activity.' },
      'org-name': { required: 'Enter the name of the organisation.' },
      'contact-email': { required: 'Enter your email address.' },
      'price-kind': { required: 'Choose whether the activity costs money.' },
      price: { required: 'Enter the price.', invalid_price: 'Enter the price as an amount, like 7.50.', too_big: 'The price must be 10,000 euros or less.', too_small: 'Enter the price as an amount, like 7.50.' },
      consent: { required: 'Give your consent, otherwise we cannot handle your report.' },
    },
    restored: 'We have restored what you filled in before. You can carry on where you were.',
    startOver: 'Start again',
    startedOver: 'The form is empty. You can start again.',
    failed: {
      offline: 'You are offline. Your report has not been sent yet.',
      network: 'We cannot reach the server right now. Your report has not been sent yet.',
      timeout: 'The server does not answer. Your report may not have been sent.',
      server: 'Something went wrong on our side. Your report has not been sent yet.',
      kept: 'What you filled in is saved on this device. You will not lose anything.',
      retry: 'Send again',
      willRetry: 'When you are back online, we will send it once more by ourselves.',
    },
    rateLimited: (when) => `Too many reports have been sent from your internet connection. Try again ${when}. What you filled in stays saved.`,
    inSeconds: (n) => `in ${n} ${plural('en', n, { one: 'second', other: 'seconds' })}`,
    atTime: (t) => `at ${t}`,
    done: {
      heading: 'Your activity has been registered',
      reference: 'Your reference is',
      next: 'What happens next?',
      steps: [
        'You will get an email with this reference and a link. With that link you can change or cancel your report.',
        'The campaign team checks your report, usually within 2 working days.',
        'If everything is fine, we add your activity to the calendar. We will email you about it.',
      ],
      summary: 'What you sent',
      another: 'Register another activity',
    },
    summaryLabels: { title: 'Name', type: 'Kind', audiences: 'For whom', when: 'When', where: 'Where', online: 'Online', organizer: 'Organiser', contact: 'Contact (not published)', price: 'Price', free: 'Free' },
  },
};
