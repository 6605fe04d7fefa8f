import type { ServiceType } from '../domain/service-types.ts';
import type { Addressee } from './addressee.ts';
import type { OutgoingMail } from './mailer.ts';
import { serviceNameIn, writeMail } from './words/mail-words.ts';

export type ConfirmationFacts = {
  to: string;
  reference: string;
  services: ServiceType[];
  unit: string;
  /** Whom it speaks to (addresseeOf): names the person to a representative, in the addressee's language. */
  addressee?: Addressee;
};

/**
 * The confirmation mail after an application is sent: the reference number and what happens
 * next, in plain words in the addressee's language. Nothing about the person's needs: mail is
 * not a safe channel.
 */
export function confirmationMail(facts: ConfirmationFacts): OutgoingMail {
  const addressee: Addressee = facts.addressee ?? { to: facts.to, representative: false, personName: null, language: 'sv' };
  const services = facts.services.map((type) => serviceNameIn(addressee.language, type));
  return writeMail(facts.to, addressee.language, (words) => words.confirmation({ addressee, reference: facts.reference, unit: facts.unit, services }));
}
