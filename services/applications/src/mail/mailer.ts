import nodemailer from 'nodemailer';

export const DEFAULT_SMTP_URL = 'smtp://127.0.0.1:4525';
export const DEFAULT_MAIL_FROM = 'Omsorg, Stockholms stad <noreply@omsorg.localhost>';

/** `language`: the BCP 47 tag of the text (the Content-Language header); Swedish when left out. */
export type OutgoingMail = { to: string; subject: string; text: string; language?: string };

/** What may be logged about a mail: never the address, the subject or the text. */
export type MailLogContext = { purpose: string; applicationId?: string };

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
 * Only the mail queue's worker calls it (see mail-queue.ts): a request never waits for SMTP.
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
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new MailNotSent(typeof code === 'string' ? code : 'UNKNOWN');
  } finally {
    transport.close();
  }
}
