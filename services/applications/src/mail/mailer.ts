/** Sending mail is shared with the other services (@omsorg/letters); what applications logs about one is its own. */
export { DEFAULT_MAIL_FROM, DEFAULT_SMTP_URL, deliverMail, MailNotSent, type OutgoingMail } from '@omsorg/letters';

/** What may be logged about a mail: never the address, the subject or the text. */
export type MailLogContext = { purpose: string; applicationId?: string };
