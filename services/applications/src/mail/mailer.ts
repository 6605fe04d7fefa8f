import nodemailer from 'nodemailer';
import type { Logger } from '@omsorg/platform';

export const DEFAULT_SMTP_URL = 'smtp://127.0.0.1:4525';
export const DEFAULT_MAIL_FROM = 'Omsorg, Stockholms stad <noreply@omsorg.localhost>';

export type OutgoingMail = { to: string; subject: string; text: string };

/** What may be logged about a mail: never the address, the subject or the text. */
export type MailLogContext = { purpose: string; applicationId?: string };

/**
 * Sends one mail over SMTP (SMTP_URL; in development the mail catcher). A mail is a courtesy
 * copy: when the server is missing or refuses it, the failure is logged without personal data
 * and `false` comes back; it never fails what the user was doing.
 */
export async function sendMail(mail: OutgoingMail, log: Logger, about: MailLogContext, env: Record<string, string | undefined> = process.env): Promise<boolean> {
  const transport = nodemailer.createTransport({
    url: env.SMTP_URL ?? DEFAULT_SMTP_URL,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  });
  try {
    await transport.sendMail({ from: env.MAIL_FROM ?? DEFAULT_MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    log.info(about, 'mail sent');
    return true;
  } catch (error) {
    // The error's message can hold the address (a rejected recipient): log its code only.
    const code = (error as { code?: unknown }).code;
    log.warn({ ...about, code: typeof code === 'string' ? code : 'UNKNOWN' }, 'mail not sent');
    return false;
  } finally {
    transport.close();
  }
}
