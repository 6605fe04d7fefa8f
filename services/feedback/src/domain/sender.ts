import type { Actor } from '@omsorg/platform';

export type ContactDetails = { contactName: string | null; contactEmail: string | null; contactPhone: string | null };

export type SenderChoice = ContactDetails & { anonymous: boolean };

export type Sender = ContactDetails & {
  /** The signed-in citizen who sent it; null when anonymous or not signed in. */
  personId: string | null;
  anonymous: boolean;
};

const NO_CONTACT: ContactDetails = { contactName: null, contactEmail: null, contactPhone: null };

/**
 * Who the feedback is from. Anyone may send feedback anonymously: then nothing that could
 * identify them is kept, not even contact details they typed before ticking the box. A
 * visitor who is not signed in may still leave contact details to get an answer. Only a
 * signed-in citizen who has not chosen anonymity is linked to their person.
 */
export function decideSender(actor: Actor, choice: SenderChoice): Sender {
  if (choice.anonymous) return { personId: null, anonymous: true, ...NO_CONTACT };
  const { contactName, contactEmail, contactPhone } = choice;
  return {
    personId: actor.kind === 'person' ? actor.personId : null,
    anonymous: false,
    contactName,
    contactEmail,
    contactPhone,
  };
}
