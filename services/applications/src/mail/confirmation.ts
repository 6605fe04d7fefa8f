import type { ServiceType } from '../domain/service-types.ts';
import { letterTemplate } from '../letters/templates.ts';
import type { OutgoingMail } from './mailer.ts';

export type ConfirmationFacts = { to: string; reference: string; services: ServiceType[]; unit: string };

/**
 * The confirmation mail after an application is sent: the reference number and what happens
 * next, in plain Swedish. Nothing about the person's needs: mail is not a safe channel.
 */
export function confirmationMail(facts: ConfirmationFacts): OutgoingMail {
  const names = letterTemplate('sv').serviceNames;
  const services = facts.services.map((type) => `- ${names[type]}`).join('\n');
  return {
    to: facts.to,
    subject: `Vi har tagit emot din ansökan ${facts.reference}`,
    text: [
      'Hej!',
      '',
      `Vi har tagit emot din ansökan om bistånd. Ditt ärendenummer är ${facts.reference}. Ange det när du kontaktar oss.`,
      '',
      'Du har ansökt om:',
      services,
      '',
      'Det här händer nu:',
      '1. En biståndshandläggare tar hand om din ansökan och kontaktar dig.',
      '2. Handläggaren utreder dina behov, ofta vid ett besök hemma hos dig. Du kan ha med en anhörig.',
      '3. Du får läsa utredningen och kan lämna synpunkter innan vi fattar beslut.',
      '4. Du får ett skriftligt beslut för varje insats du har sökt. Beslutet kan du överklaga.',
      '',
      'Du kan följa ditt ärende under Mina ärenden i e-tjänsten.',
      '',
      'Med vänlig hälsning',
      facts.unit,
      '',
      'Det här mejlet går inte att svara på.',
    ].join('\n'),
  };
}
