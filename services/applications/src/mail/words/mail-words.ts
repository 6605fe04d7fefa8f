import type { ServiceType } from '../../domain/service-types.ts';
import { letterTemplate, type LetterLanguage } from '../../letters/templates.ts';
import type { Addressee } from '../addressee.ts';
import { composeMail, type MailText } from '@omsorg/letters';
import type { OutgoingMail } from '../mailer.ts';
import { finnishMails } from './finnish.ts';
import { swedishMails } from './swedish.ts';

export type { MailText };

/** What became of an appeal: the reconsideration's or the court's outcome. */
export type AppealOutcome = 'CHANGED_ON_RECONSIDERATION' | 'FORWARDED_TO_COURT' | 'COURT_UPHELD' | 'COURT_CHANGED' | 'COURT_DISMISSED';

type Case = { reference: string; unit: string };
type About = Case & { addressee: Addressee };

/**
 * Every word of the case mails in one language, as the letters have theirs (letters/templates.ts):
 * adding a language means adding one object here; the mails' builders stay as they are. Days
 * arrive as "YYYY-MM-DD" in Stockholm, services by their name in the language.
 */
export type MailWords = {
  confirmation: (facts: About & { services: string[] }) => MailText;
  decisionMade: (facts: About & { appealDeadline: string | null }) => MailText;
  appealReceived: (facts: About & { receivedOn: string; inTime: boolean }) => MailText;
  appealDecided: (facts: About & { outcome: AppealOutcome }) => MailText;
  orderPlaced: (facts: About & { service: string; providerName: string; startOn: string }) => MailText;
  homeVisitInvitation: (facts: Case & { at: Date; place: string }) => MailText;
  investigationCommunicated: (facts: Case & { responseDueOn: string }) => MailText;
};

/** Mails exist in every language letters do (the type says so); Swedish first. */
export const MAIL_WORDS: Record<LetterLanguage, MailWords> = { sv: swedishMails, fi: finnishMails };

/**
 * A mail written in `language` by `write`, with the language's tag for its Content-Language
 * header (the letters' tag, e.g. fi-FI), so a mail program reads it out in the right voice.
 */
export function writeMail(to: string, language: LetterLanguage, write: (words: MailWords) => MailText): OutgoingMail {
  return composeMail(to, letterTemplate(language).lang, write(MAIL_WORDS[language]));
}

/** A service's name in the mail's language. */
export function serviceNameIn(language: LetterLanguage, type: ServiceType): string {
  return letterTemplate(language).serviceNames[type];
}
