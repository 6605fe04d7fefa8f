import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTREACH_SENDER } from '../letters/sender.ts';
import type { BookingFacts } from '../letters/words.ts';
import { bookingMail, dayBeforeReminderMail, invitationMail, type MailAddressing } from './outreach-mails.ts';

const addressing: MailAddressing = { to: 'birgitta@example.se', name: 'Birgitta Ek', language: 'sv', sender: DEFAULT_OUTREACH_SENDER, web: 'omsorg.stockholm.se/inbjudan' };
// 09:00 UTC is 10.00 in Stockholm in winter.
const booking: BookingFacts = { at: new Date('2027-01-12T09:00:00Z'), kind: 'MEETING_PLACE', placeName: 'Träffpunkt Hägersten', placeAddress: 'Hägerstensvägen 110, Hägersten', workerName: 'Omar Haddad', interpreter: null };

describe('outreach mails', () => {
  it('invite with the code, the web address and the phone, and say no BankID is needed', () => {
    const mail = invitationMail(addressing, { kind: 'INVITATION', code: 'KBF79XTMQ4RH', age: 75 });
    expect(mail).toMatchObject({ to: 'birgitta@example.se', subject: 'Välkommen till ett hälsosamtal', language: 'sv-SE' });
    expect(mail.text).toContain('Hej Birgitta Ek!');
    expect(mail.text).toContain('Din kod: KBF7-9XTM-Q4RH');
    expect(mail.text).toContain('På internet: omsorg.stockholm.se/inbjudan');
    expect(mail.text).toContain('Per telefon: 08-508 22 000');
    expect(mail.text).toContain('Du behöver inget BankID.');
    expect(mail.text).toContain('Det här mejlet går inte att svara på.');
  });

  it('remind in Finnish with a Finnish subject and language tag', () => {
    const mail = invitationMail({ ...addressing, language: 'fi' }, { kind: 'REMINDER', code: 'KBF79XTMQ4RH', age: 75 });
    expect(mail.subject).toBe('Muistutus: tervetuloa terveyskeskusteluun');
    expect(mail.language).toBe('fi-FI');
    expect(mail.text).toContain('Koodisi: KBF7-9XTM-Q4RH');
    expect(mail.text).toContain('Emme ole saaneet vastausta');
  });

  it('confirm, move and cancel a booking with the time written out in Stockholm time', () => {
    const confirmed = bookingMail(addressing, { change: 'CONFIRMED', booking });
    expect(confirmed.subject).toBe('Din tid för hälsosamtal');
    expect(confirmed.text).toContain('När: tisdag 12 januari 2027 klockan 10.00');
    expect(confirmed.text).toContain('Var: Träffpunkt Hägersten');
    expect(confirmed.text).toContain('Du kan byta tid eller avboka på omsorg.stockholm.se/inbjudan');
    const moved = bookingMail(addressing, { change: 'RESCHEDULED', booking, previousAt: new Date('2027-01-05T13:00:00Z') });
    expect(moved.text).toContain('Gamla tiden (gäller inte): tisdag 5 januari 2027 klockan 14.00');
    const cancelled = bookingMail({ ...addressing, language: 'fi' }, { change: 'CANCELLED', booking });
    expect(cancelled.subject).toBe('Terveyskeskustelusi on peruttu');
    expect(cancelled.text).toContain('Aika: tiistaina 12. tammikuuta 2027 kello 10.00');
    expect(cancelled.text).toContain('Haluatko varata uuden ajan?');
  });

  it('remind the day before, with how to change or cancel', () => {
    const mail = dayBeforeReminderMail(addressing, { ...booking, kind: 'HOME', placeAddress: 'Fruängsgatan 12, Hägersten', interpreter: 'finska' });
    expect(mail.subject).toBe('Påminnelse: hälsosamtal i morgon');
    expect(mail.text).toContain('Hur: Hemma hos dig');
    expect(mail.text).toContain('Adress: Fruängsgatan 12, Hägersten');
    expect(mail.text).not.toContain('Var:');
    expect(mail.text).toContain('Äldrelotsen kommer hem till dig.');
    expect(mail.text).toContain('Vi bokar en tolk på finska.');
    expect(mail.text).toContain('Du kan också ringa 08-508 22 000.');
  });
});
