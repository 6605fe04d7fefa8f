import { describe, expect, it } from 'vitest';
import { confirmationMail } from './confirmation.ts';
import { addresseeOf } from './addressee.ts';
import { appealDecidedMail, appealReceivedMail, decisionMadeMail, orderPlacedMail, providerOrderMail } from './step-notices.ts';

const signe = '00000000-0000-4000-8000-000000000001';
const erik = '00000000-0000-4000-8000-000000000002';
const unit = 'Beställarenheten äldre, Hägersten-Älvsjö';
const own = addresseeOf({ applicantId: signe, submittedById: signe, applicantName: 'Signe Andersson', answers: { contact: { email: 'signe@example.se' } } })!;
const forSigne = addresseeOf({ applicantId: signe, submittedById: erik, applicantName: 'Signe Andersson', answers: { contact: { email: 'erik@example.se' } } })!;
const facts = { reference: 'ANS-2026-000007', unit };

describe('whom a case mail speaks to', () => {
  it('has no addressee without an address, and knows a representative', () => {
    expect(addresseeOf({ applicantId: signe, submittedById: signe, answers: { contact: { email: ' ' } } })).toBeNull();
    // Erik applied for Signe but asked us to contact her: the address is hers, the mail is to her.
    expect(addresseeOf({ applicantId: signe, submittedById: erik, applicantName: 'Signe Andersson', answers: { contact: { email: 'signe@example.se', whom: 'APPLICANT' } } })).toEqual({
      to: 'signe@example.se',
      representative: false,
      personName: 'Signe Andersson',
      language: 'sv',
    });
    expect(own).toEqual({ to: 'signe@example.se', representative: false, personName: 'Signe Andersson', language: 'sv' });
    expect(forSigne.representative).toBe(true);
  });

  it('says "din ansökan" to the person and names the person to a representative, in every step', () => {
    const mails = (addressee: typeof own) => [
      decisionMadeMail({ addressee, ...facts, appealDeadline: '2026-12-28' }),
      appealReceivedMail({ addressee, ...facts, receivedOn: '2026-12-10', inTime: true }),
      appealDecidedMail({ addressee, ...facts, outcome: 'FORWARDED_TO_COURT' }),
      orderPlacedMail({ addressee, ...facts, serviceType: 'HOME_CARE_PERSONAL', providerName: 'Kotihoiva Tukholma AB', startOn: '2026-12-14' }),
    ];
    for (const mail of mails(own)) {
      expect(mail.text).toContain('din ansökan');
      expect(mail.text).not.toContain('Signe Andersson');
    }
    for (const mail of mails(forSigne)) {
      expect(mail.to).toBe('erik@example.se');
      expect(mail.text).toContain('ansökan för Signe Andersson');
      expect(mail.text).not.toMatch(/din ansökan|hemma hos dig/);
    }
  });

  it('names the person in the confirmation to a representative, never "hemma hos dig"', () => {
    const mail = confirmationMail({ to: forSigne.to, reference: facts.reference, services: ['HOME_CARE_PERSONAL'], unit, addressee: forSigne });
    expect(mail.text).toContain('Vi har tagit emot ansökan för Signe Andersson om bistånd.');
    expect(mail.text).toContain('hemma hos Signe Andersson');
    expect(mail.text).not.toMatch(/din ansökan|hemma hos dig|dina behov/);
  });

  it('tells the outcome of an appeal as recorded, the reconsideration’s or the court’s', () => {
    expect(appealDecidedMail({ addressee: own, ...facts, outcome: 'CHANGED_ON_RECONSIDERATION' }).text).toContain('ändrat det');
    expect(appealDecidedMail({ addressee: own, ...facts, outcome: 'COURT_CHANGED' }).text).toContain('Förvaltningsrätten har ändrat beslutet');
    expect(appealDecidedMail({ addressee: own, ...facts, outcome: 'COURT_UPHELD' }).text).toContain('beslutet gäller som det är');
  });

  it('keeps what the person needs out of the applicant’s mails: a decision mail gives no outcome or service', () => {
    const mail = decisionMadeMail({ addressee: own, ...facts, appealDeadline: '2026-12-28' });
    expect(mail.text).not.toMatch(/Hemtjänst|Beviljas|Avslås/);
    expect(mail.text).toContain('måndag 28 december 2026');
  });
});

describe('the order to the provider', () => {
  const orderFacts: Parameters<typeof providerOrderMail>[0] = {
    to: 'tilaukset@kotihoiva.example',
    providerName: 'Kotihoiva Tukholma AB',
    ...facts,
    serviceType: 'HOME_CARE_PERSONAL',
    hoursPerMonth: 40,
    validFrom: '2026-12-01',
    validTo: null,
    startOn: '2026-12-14',
    goals: 'Signe kan duscha tryggt varje morgon.',
    person: { name: 'Signe Andersson', address: 'Hägerstensvägen 1, 126 49 Hägersten', phone: '070-123 45 67', language: 'fi', interpreterNeeded: true },
    caseworker: { name: 'Hanna Lind', phone: '08-508 12 345' },
    planDueOn: '2026-12-19',
  };
  const order = providerOrderMail(orderFacts);

  it('gives what the provider needs to start', () => {
    for (const part of [
      'Hemtjänst, personlig omvårdnad',
      '40 timmar per månad, från och med 1 december 2026, tills vidare',
      'Start: måndag 14 december 2026',
      'Namn: Signe Andersson',
      'Adress: Hägerstensvägen 1, 126 49 Hägersten',
      'Telefon: 070-123 45 67',
      'Språk: finska',
      'Behöver tolk: ja',
      'Namn: Hanna Lind',
      'Telefon: 08-508 12 345',
      'lördag 19 december 2026',
    ]) expect(order.text).toContain(part);
  });

  it('writes the decision’s last day as the letters do', () => {
    expect(providerOrderMail({ ...orderFacts, validTo: '2027-05-31' }).text).toContain('från och med 1 december 2026, till och med 31 maj 2027');
  });

  it('names every language a person may have, Swedish sign language too', () => {
    for (const [language, name] of [['swl', 'svenskt teckenspråk'], ['fit', 'meänkieli'], ['smj', 'lulesamiska']] as const) {
      const mail = providerOrderMail({ ...orderFacts, person: { ...orderFacts.person, language } });
      expect(mail.text).toContain(`Språk: ${name}`);
    }
  });

  it('keeps the name out of the subject', () => {
    expect(order.subject).toBe('Beställning av hemtjänst, personlig omvårdnad, ärende ANS-2026-000007');
  });
});
