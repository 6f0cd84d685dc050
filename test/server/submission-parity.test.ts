// The activity form checks what it sends without zod (src/contract/submission-check.ts: the
// JSON Schema of SubmissionInput and the rules of rules.ts); the server checks it with zod.
// Fed the same wrong submissions (fictional names), both must find the same problems, with
// the same codes, in the same order per field (the form shows the first one of a field), so
// the form and the server cannot drift apart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { issueCode, SubmissionInput } from '../../src/contract/submission.js';
import { submissionIssues } from '../../src/contract/submission-check.js';
import { validSubmission } from './helpers/submission.js';

const place = validSubmission().location!;
const day = (d: number, from: string, to: string) => ({ start: `2027-06-${d}T${from}:00+02:00`, end: `2027-06-${d}T${to}:00+02:00` });

/** What is wrong, the fields to change (`undefined` deletes the field), and whether zod must refuse it. */
const CASES: [string, Record<string, unknown>][] = [
  ['a valid report', {}],
  ['a title of two letters', { title: 'Yo' }],
  ['markup in the title', { title: '<b>Wandeling</b> in het park' }],
  ['a title too short and markup in it', { title: '<i' }],
  ['a title on two lines', { title: 'Wandeling\nvoor iedereen' }],
  ['a title with a bidi control', { title: 'Wandeling \u202evoor iedereen' }],
  ['a title of 141 letters', { title: 'W'.repeat(141) }],
  ['a script in the description', { description: 'Kom wandelen <script>alert(1)</script> met Sam de Vries.' }],
  ['a control character in the description', { description: 'Samen wandelen en praten\u0007 over hoe het gaat.' }],
  ['a description too short', { description: 'Kom wandelen.' }],
  ['an e-mail address without a domain', { contactEmail: 'sam@' }],
  ['an empty e-mail address', { contactEmail: '' }],
  ['an e-mail address of 201 characters', { contactEmail: `${'s'.repeat(190)}@voorbeeld.nl` }],
  ['on site without a location', { location: null }],
  ['online without a link', { mode: 'online', location: null, onlineUrl: null }],
  ['hybrid without location and link', { mode: 'hybrid', location: null, onlineUrl: null }],
  ['the end before the start', { end: '2027-06-08T09:00:00+02:00' }],
  ['the end at the start (not all day)', { end: '2027-06-08T10:00:00+02:00' }],
  ['all day, ending on its start (one day)', { allDay: true, start: '2027-06-08T00:00:00+02:00', end: '2027-06-08T00:00:00+02:00' }],
  ['a second date that ends before it starts', { recurrenceDates: [day(10, '10:00', '11:00'), day(15, '14:00', '13:00')] }],
  ['eleven dates', { recurrenceDates: Array.from({ length: 10 }, (_, i) => day(10 + i, '10:00', '11:00')) }],
  ['the year 1999', { start: '1999-06-08T10:00:00+02:00', end: '1999-06-08T11:00:00+02:00' }],
  ['a date that is no date', { start: 'morgen om tien' }],
  ['a date without offset', { end: '2027-06-08T11:30:00' }],
  ['a date of 31 June', { start: '2027-06-31T10:00:00+02:00' }],
  ['a javascript: link for the online activity', { mode: 'online', location: null, onlineUrl: 'javascript:alert(1)' }],
  ['an ftp link for the organiser', { organizer: { name: 'Voorbeeld Buurtteam Noord', url: 'ftp://voorbeeld.nl' } }],
  ['a registration link without a domain', { registrationUrl: 'https://localhost' }],
  ['a data: registration link', { registrationUrl: 'data:text/html,hallo' }],
  ['a price of -1', { price: -1 }],
  ['a price of 20000', { price: 20000 }],
  ['a price that is no number', { price: Number.NaN }],
  ['a price as text', { price: '5' }],
  ['no audiences', { audiences: [] }],
  ['an unknown audience', { audiences: ['iedereen', 'buitenaardsen'] }],
  ['an unknown type', { type: 'feest' }],
  ['an unknown mode and no location', { mode: 'offline', location: null }],
  ['an unknown audience and the end before the start', { audiences: ['robots'], end: '2027-06-08T09:00:00+02:00' }],
  ['a too short title and the end before the start', { title: 'Yo', end: '2027-06-08T09:00:00+02:00' }],
  ['a postcode with five digits', { location: { ...place, postcode: '12345' } }],
  ['an unknown province', { location: { ...place, province: 'brabant' } }],
  ['a place outside the Netherlands', { location: { ...place, lat: 60, lon: 2 } }],
  ['a location without a city', { location: { ...place, city: undefined } }],
  ['a city of one letter and a name with markup', { location: { ...place, city: 'U', name: '<img src=x>' } }],
  ['an address on two lines', { location: { ...place, address: 'Voorbeeldlaan 1\nachterom' } }],
  ['a contact name of one letter', { contactName: 'S' }],
  ['markup in accessibility', { accessibility: 'Rolstoel <a href="x">toegankelijk</a>' }],
  ['a campaign that is no slug', { campaign: 'Week 2027!' }],
  ['no title at all', { title: undefined }],
  ['no type and no allDay', { type: undefined, allDay: undefined }],
  ['a language the e-mails are not written in', { lang: 'de' }],
  ['a honeypot of 201 characters', { website: 'x'.repeat(201) }],
  ['a token of 501 characters', { token: 't'.repeat(501) }],
  ['an organiser without a name', { organizer: { url: null } }],
  ['a list where one date is expected', { recurrenceDates: day(10, '10:00', '11:00') }],
];

/** Each path's codes in order (`{ 'location.city': ['too_small'] }`). */
function byPath(issues: { path: string; code: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { path, code } of issues) (out[path] ??= []).push(code);
  return out;
}

for (const [what, change] of CASES) {
  test(`the form and the server find the same problems: ${what}`, () => {
    const body: Record<string, unknown> = { ...validSubmission(), ...change };
    for (const k of Object.keys(change)) if (change[k] === undefined) delete body[k];
    const parsed = SubmissionInput.safeParse(body);
    const server = parsed.success ? [] : parsed.error.issues.map(issueCode);
    const form = submissionIssues(body).map((i) => ({ path: i.path.join('.'), code: i.code }));
    assert.deepEqual(byPath(form), byPath(server));
    // Every case but the first is wrong, so a check that finds nothing cannot pass.
    assert.equal(server.length === 0, what === 'a valid report' || what.startsWith('all day'), JSON.stringify(server));
  });
}
