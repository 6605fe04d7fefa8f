export type { LetterDocument, LetterHead, LetterLine, LetterRecipient, LetterSection } from './document.ts';
export { renderDocumentPdf, renderLettersPdf, type BatchOptions, type RenderOptions } from './render-pdf.ts';
// The pieces a document that is not a letter is made with (services/offerings' printed programme).
export { BOLD, collect, FONT, memoizeFont, newDocument, type DocumentMeta, type PageSetup } from './render-pdf.ts';
export { dayInStockholm, writeClockTime, writeDay, writeDayOf } from './written-dates.ts';
export { composeMail, DEFAULT_MAIL_FROM, DEFAULT_SMTP_URL, deliverMail, MailNotSent, type MailAttachment, type MailText, type OutgoingMail } from './mailer.ts';
