import type { ServiceType } from '../domain/service-types.ts';
import { letterTemplate } from '../letters/templates.ts';
import type { OutgoingMail } from './mailer.ts';
import { applicationOf, type Addressee } from './step-notices.ts';

export type ConfirmationFacts = {
  to: string;
  reference: string;
  services: ServiceType[];
  unit: string;
  /** Set when the address is a representative's: the mail then names the person it concerns. */
  addressee?: Addressee;
};

/**
 * The confirmation mail after an application is sent: the reference number and what happens
 * next, in plain Swedish. Nothing about the person's needs: mail is not a safe channel.
 */
export function confirmationMail(facts: ConfirmationFacts): OutgoingMail {
  const names = letterTemplate('sv').serviceNames;
  const services = facts.services.map((type) => `- ${names[type]}`).join('\n');
  const addressee: Addressee = facts.addressee ?? { to: facts.to, representative: false, personName: null };
  const own = !addressee.representative;
  const person = addressee.personName ?? 'den du företräder';
  const application = applicationOf(addressee);
  return {
    to: facts.to,
    // The sender's own application in either case: a representative sent it, and the body says for whom.
    subject: `Vi har tagit emot din ansökan ${facts.reference}`,
    text: [
      'Hej!',
      '',
      `Vi har tagit emot ${application} om bistånd. ${own ? 'Ditt ärendenummer' : 'Ärendenumret'} är ${facts.reference}. Ange det när du kontaktar oss.`,
      '',
      own ? 'Du har ansökt om:' : `Du har ansökt för ${person} om:`,
      services,
      '',
      'Det här händer nu:',
      `1. En biståndshandläggare tar hand om ansökan och kontaktar ${own ? 'dig' : 'er'}.`,
      own
        ? '2. Handläggaren utreder dina behov, ofta vid ett besök hemma hos dig. Du kan ha med en anhörig.'
        : `2. Handläggaren utreder vad ${person} behöver, ofta vid ett besök hemma hos ${person}. Du kan gärna vara med.`,
      // Förvaltningslagen 25 §: communication is owed before a decision that may go against the person, not before every one.
      `3. Om beslutet kan gå ${own ? 'dig' : person} emot får ${own ? 'du' : 'ni'} först läsa utredningen och lämna synpunkter.`,
      '4. Det kommer ett skriftligt beslut för varje insats som är sökt. Beslutet kan överklagas.',
      '',
      'Du kan följa ärendet under Mina ärenden i e-tjänsten.',
      '',
      'Med vänlig hälsning',
      facts.unit,
      '',
      'Det här mejlet går inte att svara på.',
    ].join('\n'),
  };
}
