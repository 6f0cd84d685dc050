import type { SubmissionInput } from '../../../src/contract/schema.js';

/** A valid form body (token to be filled in). */
export function validSubmission(overrides: Partial<SubmissionInput> = {}): SubmissionInput {
  return {
    title: 'Wandeling voor mantelzorgers',
    description: 'Samen een uur wandelen en praten over hoe het met je gaat. Koffie na afloop.',
    type: 'wandeling',
    audiences: ['iedereen'],
    mode: 'onsite',
    start: '2027-06-08T10:00:00+02:00',
    end: '2027-06-08T11:30:00+02:00',
    allDay: false,
    location: { name: 'Parkpaviljoen (voorbeeld)', address: 'Voorbeeldlaan 1', postcode: '3511 AB', city: 'Utrecht', municipality: 'Utrecht', province: 'utrecht', lat: null, lon: null },
    onlineUrl: null,
    organizer: { name: 'Voorbeeld Buurtteam Noord', url: 'https://voorbeeld.nl' },
    contactEmail: 'contact@voorbeeld.nl',
    registrationUrl: null,
    price: 0,
    accessibility: null,
    campaign: 'week-van-de-mentale-gezondheid-2027',
    website: '',
    token: '',
    ...overrides,
  };
}
