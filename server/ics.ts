/**
 * iCalendar feeds with ical-generator. Events carry stable UIDs (`<id>@missiementaal.nl`),
 * SEQUENCE from the activity (raised on every change), STATUS and times in
 * Europe/Amsterdam with a VTIMEZONE block, so calendar apps update rather than duplicate.
 *
 * ical-generator formats native Dates in a time zone with the *machine's* local clock, so
 * we let it write UTC and rewrite DTSTART/DTEND to Amsterdam wall time ourselves (via Intl,
 * independent of the machine's zone), and add the VTIMEZONE block.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, escape } from 'ical-generator';
import type { Activity } from '../src/contract/schema.js';
import { TZ, zonedParts } from '../src/core/dates.js';
import { dayRange, entryText, exclusiveEnd } from '../src/core/calendar.js';

// Europe/Amsterdam since 1996: CET/CEST, switching on the last Sundays of March and October.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export const uidOf = (id: string) => `${id}@missiementaal.nl`;

export function activitiesToIcs(activities: Activity[], name = 'Missie Mentaal activiteiten'): string {
  const cal = ical({
    // ical-generator escapes every event property but writes the calendar's NAME and
    // X-WR-CALNAME as given: a title with a line break there would start forged lines
    // (a second event, a CANCEL) in the single-event file.
    name: escape(name, false),
    prodId: { company: 'Missie Mentaal', product: 'activiteiten', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 3600,
  });
  for (const a of activities) {
    // All-day: DATE values, the end being the day after the last (RFC 5545 3.6.1); given to
    // ical-generator as 00:00 UTC of those dates.
    const days = a.allDay ? dayRange(a) : null;
    const { location, details } = entryText(a);
    cal.createEvent({
      id: uidOf(a.id),
      sequence: a.sequence,
      start: days ? new Date(`${days.first}T00:00:00Z`) : new Date(a.start),
      end: days ? new Date(`${exclusiveEnd(days)}T00:00:00Z`) : new Date(a.end),
      allDay: a.allDay,
      stamp: new Date(a.updatedAt),
      lastModified: new Date(a.updatedAt),
      summary: a.status === 'cancelled' ? `Afgelast: ${a.title}` : a.title,
      description: details,
      location: location || null,
      url: a.registrationUrl ?? a.onlineUrl ?? null,
      status: a.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: null,
    });
  }
  return withAmsterdamTimes(cal.toString());
}

const pad = (n: number) => String(n).padStart(2, '0');
function wallTime(utc: string): string {
  const d = new Date(`${utc.slice(0, 4)}-${utc.slice(4, 6)}-${utc.slice(6, 8)}T${utc.slice(9, 11)}:${utc.slice(11, 13)}:${utc.slice(13, 15)}Z`);
  const p = zonedParts(d);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(d.getUTCSeconds())}`;
}

/** UTC DTSTART/DTEND → `;TZID=Europe/Amsterdam:` wall time, plus the VTIMEZONE block and the final CRLF. */
function withAmsterdamTimes(ics: string): string {
  const out = ics.replace(/^(DTSTART|DTEND):(\d{8}T\d{6})Z\r?$/gm, (_m, prop: string, utc: string) => `${prop};TZID=${TZ}:${wallTime(utc)}\r`);
  // Before the first line that *is* BEGIN:VEVENT (or END:VCALENDAR): escaped text such as a
  // title can contain those words, but never at the start of a line.
  const at = out.search(/^(?:BEGIN:VEVENT|END:VCALENDAR)\r?$/m);
  // Every content line ends in CRLF, the last one too (RFC 5545 3.1); ical-generator leaves it off.
  const end = /\r\n$/.test(out) ? '' : '\r\n';
  return `${out.slice(0, at)}${VTIMEZONE}\r\nX-WR-TIMEZONE:${TZ}\r\n${out.slice(at)}${end}`;
}
