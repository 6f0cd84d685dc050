/**
 * The e-mails, in B1 Dutch ("je" form) and English: each message is a list of blocks
 * (paragraphs, a summary, a link) written once and rendered twice, as plain text and as a
 * simple HTML part with every value escaped and no remote images. The partner's messages
 * are in the form's language (`lang`, default nl); the campaign team's notice is Dutch.
 */
import type { Lang } from '../../src/core/lang.js';
import { TZ, zonedInstant } from '../../src/core/dates.js';
import { allDayRange } from '../../src/core/calendar.js';
import type { StoredSubmissionInput } from '../../src/contract/admin.js';
import { submissionDates } from '../store/occurrences.js';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

type Block = { p: string } | { summary: [string, string][] } | { link: string; label: string };

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Plain text and HTML from the same blocks. */
export function render(lang: Lang, subject: string, blocks: Block[]): MailContent {
  const text = blocks
    .map((b) => ('p' in b ? b.p : 'summary' in b ? b.summary.map(([k, v]) => `${k}: ${v.replace(/\n/g, `\n${' '.repeat(k.length + 2)}`)}`).join('\n') : `${b.label}\n${b.link}`))
    .join('\n\n');
  const body = blocks
    .map((b) =>
      'p' in b
        ? `<p>${escapeHtml(b.p).replace(/\n/g, '<br>')}</p>`
        : 'summary' in b
          ? `<table>${b.summary.map(([k, v]) => `<tr><th scope="row" style="text-align:start;padding-inline-end:1em;vertical-align:top">${escapeHtml(k)}</th><td>${escapeHtml(v).replace(/\n/g, '<br>')}</td></tr>`).join('')}</table>`
          : `<p>${escapeHtml(b.label)}<br><a href="${escapeHtml(b.link)}">${escapeHtml(b.link)}</a></p>`,
    )
    .join('\n');
  const html = `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body style="font-family:sans-serif;line-height:1.5;max-width:40em">\n${body}\n</body></html>\n`;
  return { subject, text: `${text}\n`, html };
}

/** One date in the reader's language, in Amsterdam time: "maandag 8 juni 2027, 10:00 – 11:30". */
export function formatWhen(d: { start: string; end: string }, allDay: boolean, lang: Lang): string {
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const day = new Intl.DateTimeFormat(locale, { timeZone: TZ, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone: TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const start = new Date(d.start);
  const end = new Date(d.end);
  if (allDay) {
    // The days as the one calendar model reads them (an end at 00:00 closes the day before).
    const r = allDayRange(d.start, d.end);
    const first = day.format(zonedInstant(r.first));
    const last = day.format(zonedInstant(r.last));
    return first === last ? first : `${first} – ${last}`;
  }
  const sameDay = day.format(start) === day.format(end);
  return sameDay ? `${day.format(start)}, ${time.format(start)} – ${time.format(end)}` : `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}

const WORDS = {
  nl: {
    reference: 'Je meldnummer',
    title: 'Titel',
    when: 'Wanneer',
    where: 'Waar',
    organizer: 'Organisator',
    online: 'Online',
    greeting: (name: string) => `Hallo ${name},`,
    signature: 'Groet,\nHet team van Missie Mentaal',
    confirmSubject: (ref: string) => `We hebben je activiteit ontvangen (${ref})`,
    confirmIntro: 'Bedankt! We hebben je activiteit ontvangen. Ons team kijkt ernaar. Je krijgt een e-mail als we hem hebben bekeken.',
    manageLabel: 'Wil je iets veranderen, of gaat de activiteit niet door? Gebruik deze link:',
    manageNote: 'Deel deze link niet: iedereen met de link kan je activiteit aanpassen. De link werkt tot de activiteit voorbij is.',
    approvedSubject: (ref: string) => `Je activiteit staat in de agenda (${ref})`,
    approvedIntro: 'Goed nieuws: we hebben je activiteit bekeken en in de agenda gezet.',
    approvedLink: 'Hier vind je je activiteit:',
    dateCancelled: 'gaat niet door (afgezegd)',
    approvedManage: 'Wil je later iets veranderen of de activiteit afzeggen? Gebruik dan de link uit onze eerste e-mail.',
    rejectedSubject: (ref: string) => `We plaatsen je activiteit niet (${ref})`,
    rejectedIntro: 'We hebben je activiteit bekeken. Helaas zetten we hem niet in de agenda.',
    reason: 'De reden',
    rejectedOutro: 'Heb je een vraag? Antwoord dan op deze e-mail.',
  },
  en: {
    reference: 'Your reference number',
    title: 'Title',
    when: 'When',
    where: 'Where',
    organizer: 'Organiser',
    online: 'Online',
    greeting: (name: string) => `Hello ${name},`,
    signature: 'Kind regards,\nThe Missie Mentaal team',
    confirmSubject: (ref: string) => `We have received your activity (${ref})`,
    confirmIntro: 'Thank you! We have received your activity. Our team will look at it. You will get an e-mail once we have reviewed it.',
    manageLabel: 'Do you want to change something, or is the activity not going ahead? Use this link:',
    manageNote: 'Do not share this link: anyone with it can change your activity. The link works until the activity is over.',
    approvedSubject: (ref: string) => `Your activity is in the calendar (${ref})`,
    approvedIntro: 'Good news: we have reviewed your activity and put it in the calendar.',
    approvedLink: 'Your activity is here:',
    dateCancelled: 'cancelled',
    approvedManage: 'Do you want to change or cancel the activity later? Use the link from our first e-mail.',
    rejectedSubject: (ref: string) => `We will not publish your activity (${ref})`,
    rejectedIntro: 'We have reviewed your activity. Unfortunately we will not put it in the calendar.',
    reason: 'The reason',
    rejectedOutro: 'Any questions? Reply to this e-mail.',
  },
} satisfies Record<Lang, unknown>;

const langOf = (i: StoredSubmissionInput): Lang => i.lang ?? 'nl';

/** Reference, title, dates and place of a submission, in `lang`; dates whose start is in `cancelled` (ms) say they do not go ahead. */
function summary(ref: string, i: StoredSubmissionInput, lang: Lang, cancelled = new Set<number>()): [string, string][] {
  const w = WORDS[lang];
  const mark = (d: { start: string }) => (cancelled.has(Date.parse(d.start)) ? ` – ${w.dateCancelled}` : '');
  const where = i.location ? [i.location.name, i.location.address, i.location.city].filter(Boolean).join(', ') : w.online;
  return [
    [w.reference, ref],
    [w.title, i.title],
    [w.when, submissionDates(i).map((d) => formatWhen(d, i.allDay, lang) + mark(d)).join('\n')],
    [w.where, i.mode === 'online' || !i.location ? w.online : where],
    [w.organizer, i.organizer.name],
  ];
}

/** To the partner after sending the form: the reference, a summary and the private management link. */
export function confirmation(ref: string, i: StoredSubmissionInput, manageUrl: string): MailContent {
  const lang = langOf(i);
  const w = WORDS[lang];
  return render(lang, w.confirmSubject(ref), [
    { p: w.greeting(i.organizer.name) },
    { p: w.confirmIntro },
    { summary: summary(ref, i, lang) },
    { link: manageUrl, label: w.manageLabel },
    { p: w.manageNote },
    { p: w.signature },
  ]);
}

/** To the campaign team (Dutch): a new or corrected submission waits on the moderation page, or a partner cancelled. */
export function moderatorNotice(ref: string, i: StoredSubmissionInput, moderationUrl: string, what: 'new' | 'revised' | 'cancelled' = 'new', cancelled?: Set<number>): MailContent {
  const subject = {
    new: `Nieuwe activiteit om te bekijken: ${i.title} (${ref})`,
    revised: `Gewijzigde activiteit om te bekijken: ${i.title} (${ref})`,
    cancelled: `Afgezegd door de organisator: ${i.title} (${ref})`,
  }[what];
  const intro = {
    new: 'Er is een nieuwe activiteit gemeld.',
    revised: 'Een organisator heeft een activiteit aangepast. De oude versie blijft in de agenda tot je de wijziging goedkeurt.',
    cancelled: 'Een organisator heeft een activiteit (of een datum ervan) afgezegd. In de agenda staat nu "Gaat niet door". Je hoeft niets te doen.',
  }[what];
  return render('nl', subject, [
    { p: intro },
    { summary: [...summary(ref, i, 'nl', cancelled), ['E-mail', i.contactEmail]] },
    { link: moderationUrl, label: 'Bekijk hem op de moderatiepagina:' },
  ]);
}

/** To the partner: approved, with a link to the activity; the dates they cancelled say so. */
export function approved(ref: string, i: StoredSubmissionInput, activityUrl: string, cancelled?: Set<number>): MailContent {
  const lang = langOf(i);
  const w = WORDS[lang];
  return render(lang, w.approvedSubject(ref), [
    { p: w.greeting(i.organizer.name) },
    { p: w.approvedIntro },
    { summary: summary(ref, i, lang, cancelled) },
    { link: activityUrl, label: w.approvedLink },
    { p: w.approvedManage },
    { p: w.signature },
  ]);
}

/** To the partner: rejected, with the moderator's reason; `canReply`: a reply reaches the campaign team (Reply-To). */
export function rejected(ref: string, i: StoredSubmissionInput, reason: string, canReply = false): MailContent {
  const lang = langOf(i);
  const w = WORDS[lang];
  return render(lang, w.rejectedSubject(ref), [
    { p: w.greeting(i.organizer.name) },
    { p: w.rejectedIntro },
    { summary: [[w.reference, ref], [w.title, i.title], [w.reason, reason]] },
    ...(canReply ? [{ p: w.rejectedOutro }] : []),
    { p: w.signature },
  ]);
}
