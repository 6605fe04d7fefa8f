import { describe, expect, it } from 'vitest';
import { LETTER_LANGUAGES } from '../../letters/templates.ts';
import { addresseeOf, type Addressee, type AddresseeFacts } from '../addressee.ts';
import { homeVisitInvitationMail, investigationCommunicatedMail } from '../case-notices.ts';
import { confirmationMail } from '../confirmation.ts';
import type { OutgoingMail } from '../mailer.ts';
import { appealDecidedMail, appealReceivedMail, decisionMadeMail, orderPlacedMail } from '../step-notices.ts';
import { MAIL_WORDS } from './mail-words.ts';

const aino = '00000000-0000-4000-8000-000000000011';
const erik = '00000000-0000-4000-8000-000000000002';
const unit = 'Beställarenheten äldre, Hägersten-Älvsjö';
const facts = { reference: 'ANS-2026-000011', unit };

function application(overrides: Partial<AddresseeFacts> & { language?: string; whom?: 'APPLICANT' | 'REPRESENTATIVE' }): AddresseeFacts {
  const { language = 'sv', whom, ...rest } = overrides;
  return { applicantId: aino, submittedById: aino, applicantName: 'Aino Virtanen', answers: { contact: { email: 'aino@example.fi', ...(whom ? { whom } : {}) }, language }, ...rest };
}

/** Every mail a case sends its addressee, in order. */
function caseMails(addressee: Addressee): OutgoingMail[] {
  return [
    confirmationMail({ to: addressee.to, ...facts, services: ['SAFETY_ALARM', 'HOME_CARE_PERSONAL'], addressee }),
    homeVisitInvitationMail({ to: addressee.to, language: addressee.language, ...facts, at: new Date('2026-12-01T09:30:00Z'), place: 'Kotona' }),
    investigationCommunicatedMail({ to: addressee.to, language: addressee.language, ...facts, responseDueOn: '2026-12-14' }),
    decisionMadeMail({ addressee, ...facts, appealDeadline: '2026-12-28' }),
    appealReceivedMail({ addressee, ...facts, receivedOn: '2026-12-10', inTime: true }),
    appealDecidedMail({ addressee, ...facts, outcome: 'FORWARDED_TO_COURT' }),
    orderPlacedMail({ addressee, ...facts, serviceType: 'HOME_CARE_PERSONAL', providerName: 'Kotihoiva Tukholma AB', startOn: '2026-12-14' }),
  ];
}

describe('the language a case mail is written in', () => {
  it('is the person’s own, from the application’s language that identity preset', () => {
    expect(addresseeOf(application({ language: 'fi' }))?.language).toBe('fi');
    expect(addresseeOf(application({ language: 'sv' }))?.language).toBe('sv');
  });

  it('is the representative’s own when the mail goes to them, and the person’s when they asked us to contact the person', () => {
    const byErik = { submittedById: erik, submitterLanguage: 'sv', language: 'fi' };
    expect(addresseeOf(application(byErik))?.language).toBe('sv');
    expect(addresseeOf(application({ ...byErik, whom: 'APPLICANT' }))?.language).toBe('fi');
    expect(addresseeOf(application({ ...byErik, submitterLanguage: 'fi', language: 'sv' }))?.language).toBe('fi');
  });

  it('falls back to Swedish for a language mails are not written in yet, or none', () => {
    expect(addresseeOf(application({ language: 'ar' }))?.language).toBe('sv');
    expect(addresseeOf(application({ submittedById: erik, submitterLanguage: null, language: 'fi' }))?.language).toBe('sv');
  });

  it('has every mail in every language letters are written in', () => {
    expect(Object.keys(MAIL_WORDS).sort()).toEqual([...LETTER_LANGUAGES].sort());
  });
});

describe('case mails in Finnish', () => {
  const finnish = addresseeOf(application({ language: 'fi' }))!;
  const mails = caseMails(finnish);

  it('are all in Finnish, tagged fi-FI, with no Swedish words left but the unit’s name', () => {
    for (const mail of mails) {
      expect(mail.language, mail.subject).toBe('fi-FI');
      expect(mail.text, mail.subject).toMatch(/^Hei!/);
      expect(mail.text, mail.subject).toContain('Ystävällisin terveisin');
      const withoutUnit = `${mail.subject}\n${mail.text}`.replaceAll(unit, '');
      expect(withoutUnit, mail.subject).not.toMatch(/Hej!|ärende|ansökan|beslut|Mina ärenden|Med vänlig hälsning|klockan|hembesök|överklag/i);
    }
  });

  it('write days as Finnish does, and services by their Finnish names', () => {
    const [confirmation, homeVisit, communicated, decision, received, , ordered] = mails;
    expect(confirmation!.subject).toBe('Olemme vastaanottaneet hakemuksesi ANS-2026-000011');
    expect(confirmation!.text).toContain('- Turvahälytin\n- Kotipalvelu, henkilökohtainen hoiva');
    expect(homeVisit!.text).toContain('Milloin: tiistaina 1. joulukuuta 2026 klo 10.30');
    expect(communicated!.text).toContain('Kerro mielipiteesi viimeistään maanantaina 14. joulukuuta 2026.');
    expect(decision!.subject).toBe('Päätös asiassa ANS-2026-000011');
    expect(decision!.text).toContain('Olemme tehneet päätöksen hakemuksestasi, asianumero ANS-2026-000011.');
    expect(decision!.text).toContain('viimeistään maanantaina 28. joulukuuta 2026');
    expect(received!.text).toContain('Valitus saapui torstaina 10. joulukuuta 2026.');
    expect(ordered!.text).toContain('Palvelu: Kotipalvelu, henkilökohtainen hoiva');
  });

  it('name the person to a representative, never as if the application were theirs', () => {
    const toRepresentative: Addressee = { to: 'erik@example.se', representative: true, personName: 'Aino Virtanen', language: 'fi' };
    const [confirmation, , , decision, received, decided, ordered] = caseMails(toRepresentative);
    expect(confirmation!.text).toContain('hakemuksen, jonka teit henkilön Aino Virtanen puolesta');
    expect(decision!.text).toContain('päätöksen henkilöä Aino Virtanen koskevasta hakemuksesta');
    expect(received!.text).toContain('valituksen henkilöä Aino Virtanen koskevasta päätöksestä');
    expect(decided!.text).toContain('henkilöä Aino Virtanen koskevasta päätöksestä');
    expect(ordered!.text).toContain('tilanneet henkilölle Aino Virtanen palvelun');
    for (const mail of [confirmation, decision, received, decided, ordered]) expect(mail!.text).not.toMatch(/hakemuksesi\b|hakemuksestasi|hakemustasi|luonasi/);
  });
});

describe('case mails in Swedish', () => {
  it('are tagged sv-SE and keep their Swedish words', () => {
    for (const mail of caseMails(addresseeOf(application({ language: 'sv' }))!)) {
      expect(mail.language, mail.subject).toBe('sv-SE');
      expect(mail.text, mail.subject).toMatch(/^Hej!/);
      expect(mail.text, mail.subject).toContain('Med vänlig hälsning');
    }
  });
});
