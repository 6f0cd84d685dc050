import { expect } from '@open-wc/testing';
import { Activity, Campaign, SubmissionInput, issueCode, CODES } from '../../src/contract/schema.js';
import { toLang, resolveLang } from '../../src/core/i18n.js';
import { validationMessage, validationMessages } from '../../src/core/validation-messages.js';
import { contrastRatio, meetsAA } from '../../src/contract/color.js';
import { makeActivity } from '../fixtures/activities.js';
import { week2026 } from '../fixtures/campaigns.js';

const codes = (r: { success: boolean; error?: { issues: Parameters<typeof issueCode>[0][] } }) =>
  (r.error?.issues ?? []).map((i) => issueCode(i));

const submission = {
  title: 'Samen wandelen in het park',
  description: 'Een uur wandelen en praten over hoe het met je gaat. Voor iedereen.',
  type: 'wandeling',
  audiences: ['iedereen'],
  mode: 'onsite',
  start: '2026-06-02T10:00:00+02:00',
  end: '2026-06-02T11:00:00+02:00',
  allDay: false,
  location: { name: 'Parkpaviljoen', city: 'Utrecht', province: 'utrecht' },
  onlineUrl: null,
  organizer: { name: 'Voorbeeld Wandelclub' },
  contactEmail: 'info@example.org',
  registrationUrl: null,
  price: 0,
  accessibility: null,
  campaign: null,
  token: 't',
};

describe('core/schema: the API contract', () => {
  it('accepts good data', () => {
    expect(Activity.safeParse(makeActivity()).success).to.equal(true);
    expect(Campaign.safeParse(week2026).success).to.equal(true);
    expect(SubmissionInput.safeParse(submission).success).to.equal(true);
  });

  it('refuses markup in text with its own code', () => {
    const r = Activity.safeParse(makeActivity({ title: 'Hoi <script>alert(1)</script>' }));
    expect(codes(r)).to.deep.equal([{ path: 'title', code: CODES.plainText }]);
  });

  it('refuses javascript: and data: links', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/x', 'https://localhost']) {
      const r = Activity.safeParse(makeActivity({ registrationUrl: url }));
      expect(codes(r), url).to.deep.equal([{ path: 'registrationUrl', code: CODES.urlScheme }]);
    }
  });

  it('keeps one-line fields on one line, URLs in one spelling and dates in 2000–2099 (the form sees what the server sees)', () => {
    for (const title of ['Wandeling\r\nMETHOD:CANCEL', 'Wandeling\tin het park', 'Wandeling \u202egnileednaw', 'Wan\u200bdeling']) {
      expect(codes(SubmissionInput.safeParse({ ...submission, title })), JSON.stringify(title)).to.deep.equal([{ path: 'title', code: CODES.oneLine }]);
    }
    expect(SubmissionInput.safeParse({ ...submission, description: 'Regel een van de tekst.\nRegel twee van de tekst.' }).success).to.equal(true);
    const r = SubmissionInput.safeParse({ ...submission, registrationUrl: ' HTTPS://Voorbeeld.NL', organizer: { name: 'Club', url: 'https:\\\\voorbeeld.nl\\a' } });
    expect(r.success && [r.data.registrationUrl, r.data.organizer.url]).to.deep.equal(['https://voorbeeld.nl/', 'https://voorbeeld.nl/a']);
    const old = SubmissionInput.safeParse({ ...submission, start: '0001-06-02T10:00:00+02:00' });
    expect(codes(old)).to.deep.include({ path: 'start', code: CODES.outOfRange });
    expect(validationMessage(CODES.oneLine, 'nl')).to.equal('Schrijf dit op één regel, zonder regeleinden of onzichtbare tekens.');
  });

  it('checks submissions across fields', () => {
    const r = SubmissionInput.safeParse({ ...submission, end: '2026-06-02T09:00:00+02:00', location: null });
    expect(codes(r)).to.deep.include({ path: 'end', code: CODES.endBeforeStart });
    expect(codes(r)).to.deep.include({ path: 'location', code: CODES.required });
    const online = SubmissionInput.safeParse({ ...submission, mode: 'online', location: null });
    expect(codes(online)).to.deep.equal([{ path: 'onlineUrl', code: CODES.required }]);
  });

  it('reports wrong types, unknown options and missing fields with stable codes', () => {
    const r = SubmissionInput.safeParse({ ...submission, type: 'rave', audiences: [], price: '12', contactEmail: 'nope' });
    const got = codes(r).map((c) => `${c.path}:${c.code}`);
    expect(got).to.include.members(['type:invalid_value', 'audiences:too_small', 'price:invalid_type', 'contactEmail:invalid_email']);
  });

  it('has a clear message for every code, in Dutch and English', () => {
    for (const code of ['too_small', 'too_big', 'invalid_type', 'invalid_value', 'invalid_format', ...Object.values(CODES)]) {
      expect(validationMessage(code, 'nl')).to.not.equal(validationMessage(code, 'en'));
    }
    expect(validationMessage(CODES.urlScheme, 'nl')).to.equal('Vul een webadres in dat begint met https://.');
    expect(validationMessage('some_future_code', 'nl')).to.equal(validationMessages.nl.invalid_format!);
  });
});

describe('core/i18n', () => {
  it('falls back to Dutch for unknown languages and follows en variants', () => {
    expect(toLang('en-GB')).to.equal('en');
    expect(toLang('EN')).to.equal('en');
    expect(toLang('fy')).to.equal('nl');
    expect(toLang('')).to.equal('nl');
    expect(toLang(undefined)).to.equal('nl');
  });
  it('reads the language through shadow roots', () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');
    expect(resolveLang(document.createElement('span'))).to.equal('nl');
  });
});

describe('core/color', () => {
  it('computes WCAG contrast', () => {
    expect(Math.round(contrastRatio('#000', '#fff'))).to.equal(21);
    expect(meetsAA('#767676', '#ffffff')).to.equal(true);
    expect(meetsAA('#777777', '#ffffff')).to.equal(false);
    expect(contrastRatio('red', '#fff')).to.equal(0);
  });
});
