import { letterLanguageOf, type LetterLanguage } from '../letters/templates.ts';

/**
 * Whom a mail about the case goes to: the address given on the application, whether that is a
 * representative writing for someone else (whose name, when known, the mail then gives), and the
 * language the mail is written in. A representative who asked us to contact the person gave the
 * person's address: the mail is then written to the person ("din ansökan"), in their language.
 */
export type Addressee = { to: string; representative: boolean; personName: string | null; language: LetterLanguage };

/** The facts about an application that decide its addressee. */
export type AddresseeFacts = {
  applicantId: string;
  submittedById?: string | null;
  applicantName?: string | null;
  /** The representative's preferred language in identity, as the portal gave it when they started the application. */
  submitterLanguage?: string | null;
  answers: { contact: { email: string; whom?: 'APPLICANT' | 'REPRESENTATIVE' | null }; language?: string | null };
};

export function addresseeOf(application: AddresseeFacts): Addressee | null {
  const to = application.answers.contact.email.trim();
  if (!to) return null;
  const representative = !!application.submittedById && application.submittedById !== application.applicantId && application.answers.contact.whom !== 'APPLICANT';
  return { to, representative, personName: application.applicantName?.trim() || null, language: mailLanguageOf(application, representative) };
}

/**
 * The language of a mail: the addressee's own, from identity's preferred language (the person's
 * is the application's language, which the portal and the intake preset from identity; a
 * representative's is the one they had when they started), when mails are written in it; else Swedish.
 */
function mailLanguageOf(application: AddresseeFacts, representative: boolean): LetterLanguage {
  return letterLanguageOf(representative ? application.submitterLanguage : application.answers.language);
}
