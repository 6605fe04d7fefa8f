/** The SMTP catcher is shared by every service's mail tests (@omsorg/letters/smtp-catcher). */
export { startSmtpCatcher, type CaughtAttachment, type CaughtMail, type SmtpCatcher } from '@omsorg/letters/smtp-catcher';
