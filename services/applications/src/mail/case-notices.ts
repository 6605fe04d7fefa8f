import type { LetterLanguage } from '../letters/templates.ts';
import type { OutgoingMail } from './mailer.ts';
import { writeMail } from './words/mail-words.ts';

type NoticeFacts = { to: string; reference: string; unit: string; /** The addressee's (addresseeOf); Swedish when left out. */ language?: LetterLanguage };

/**
 * The invitation to the home visit. Time and place only; what the visit is about stays in the
 * case, since mail is not a safe channel.
 */
export function homeVisitInvitationMail(facts: NoticeFacts & { at: Date; place: string }): OutgoingMail {
  return writeMail(facts.to, facts.language ?? 'sv', (words) => words.homeVisitInvitation(facts));
}

/** Tells the applicant that the investigation is ready to read and respond to, and by when. */
export function investigationCommunicatedMail(facts: NoticeFacts & { responseDueOn: string }): OutgoingMail {
  return writeMail(facts.to, facts.language ?? 'sv', (words) => words.investigationCommunicated(facts));
}
