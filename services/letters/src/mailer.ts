import nodemailer from 'nodemailer';

export const DEFAULT_SMTP_URL = 'smtp://127.0.0.1:4525';
export const DEFAULT_MAIL_FROM = 'Omsorg, Stockholms stad <noreply@omsorg.localhost>';

/** A small text file sent with a mail (a calendar file): text, so a mail job's data stays JSON. */
export type MailAttachment = { filename: string; contentType: string; content: string };

/**
 * `language`: the BCP 47 tag of the text (the Content-Language header); Swedish when left out.
 * `attachments`: small text files (e.g. an .ics), none when left out.
 */
export type OutgoingMail = { to: string; subject: string; text: string; language?: string; attachments?: MailAttachment[] };

/** A mail's words in one language: its subject and its lines, greeting and signature included. */
export type MailText = { subject: string; lines: string[] };

/** A mail to `to` from its words, with the language's tag (e.g. "fi-FI") for the Content-Language header. */
export function composeMail(to: string, languageTag: string, { subject, lines }: MailText): OutgoingMail {
  return { to, subject, text: lines.join('\n'), language: languageTag };
}

/**
 * A mail the SMTP server did not take. Carries the transport's error code only: the original
 * message can hold the address (a rejected recipient), and this error is logged and stored.
 */
export class MailNotSent extends Error {
  readonly code: string;
  constructor(code: string) {
    super(`mail not sent (${code})`);
    this.name = 'MailNotSent';
    this.code = code;
  }
}

/**
 * Sends one mail over SMTP (SMTP_URL; in development the mail catcher), or throws MailNotSent.
 * Only a service's mail queue worker calls it (e.g. applications' mail-queue.ts): a request
 * never waits for SMTP.
 */
export async function deliverMail(mail: OutgoingMail, env: Record<string, string | undefined> = process.env): Promise<void> {
  const transport = nodemailer.createTransport({
    url: env.SMTP_URL ?? DEFAULT_SMTP_URL,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  });
  try {
    await transport.sendMail({
      from: env.MAIL_FROM ?? DEFAULT_MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      headers: { 'Content-Language': mail.language ?? 'sv-SE' },
      ...(mail.attachments?.length
        ? { attachments: mail.attachments.map((file) => ({ filename: file.filename, contentType: file.contentType, content: file.content })) }
        : {}),
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new MailNotSent(typeof code === 'string' ? code : 'UNKNOWN');
  } finally {
    transport.close();
  }
}
