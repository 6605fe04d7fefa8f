import type { Actor } from '@omsorg/platform';
import type { AnswerChannel } from './categories.ts';

export type ContactDetails = { contactName: string | null; contactEmail: string | null; contactPhone: string | null };

/** How the sender wants to be answered, and the postal address a letter needs. */
export type AnswerWish = { answerBy: AnswerChannel; contactAddress: string | null };

export type SenderChoice = ContactDetails & Partial<AnswerWish> & {
  anonymous: boolean;
  /** The person it concerns, when the sender acts for someone they represent (already checked). */
  concernsPersonId?: string | null;
};

export type Sender = ContactDetails &
  AnswerWish & {
    /** The signed-in citizen who sent it; null when anonymous or not signed in. */
    personId: string | null;
    anonymous: boolean;
    concernsPersonId: string | null;
  };

const NO_CONTACT: ContactDetails & AnswerWish = { contactName: null, contactEmail: null, contactPhone: null, contactAddress: null, answerBy: 'NONE' };

/**
 * Who the feedback is from. Anyone may send feedback anonymously: then nothing that could
 * identify them is kept, not even contact details they typed before choosing anonymity, nor
 * the person it concerns, and nobody can be answered. A visitor who is not signed in may still
 * leave contact details to get an answer. Only a signed-in citizen who has not chosen anonymity
 * is linked to their person, and may name a person they represent.
 */
export function decideSender(actor: Actor, choice: SenderChoice): Sender {
  if (choice.anonymous) return { personId: null, anonymous: true, concernsPersonId: null, ...NO_CONTACT };
  const { contactName, contactEmail, contactPhone } = choice;
  const person = actor.kind === 'person' ? actor.personId : null;
  return {
    personId: person,
    anonymous: false,
    concernsPersonId: person ? (choice.concernsPersonId ?? null) : null,
    contactName,
    contactEmail,
    contactPhone,
    contactAddress: choice.contactAddress ?? null,
    answerBy: choice.answerBy ?? 'NONE',
  };
}
