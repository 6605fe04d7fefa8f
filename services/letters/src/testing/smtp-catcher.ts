import type { AddressInfo } from 'node:net';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

/** A file that came with a mail, its content as text (e.g. an .ics). */
export type CaughtAttachment = { filename: string; contentType: string; content: string };

/** `language`: the Content-Language header, when there is one. `attachments`: only when there are any. */
export type CaughtMail = { to: string[]; subject: string; text: string; language?: string; attachments?: CaughtAttachment[] };

export type SmtpCatcher = {
  url: string;
  mails: CaughtMail[];
  /** Resolves with the next mail to arrive (or the first one not yet taken). */
  next: () => Promise<CaughtMail>;
  close: () => Promise<void>;
};

/**
 * A real SMTP server (tests only: smtp-server and postal-mime are dev dependencies) on a loopback port (a free one unless given: a test stops the catcher and
 * starts it again on the same port) that keeps what it receives, for tests.
 */
export async function startSmtpCatcher(port = 0): Promise<SmtpCatcher> {
  const mails: CaughtMail[] = [];
  const waiting: Array<(mail: CaughtMail) => void> = [];
  let taken = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        PostalMime.parse(Buffer.concat(chunks))
          .then((email) => {
            const language = email.headers.find((header) => header.key === 'content-language')?.value;
            const attachments = email.attachments.map((file) => ({
              filename: file.filename ?? '',
              contentType: file.mimeType,
              content: typeof file.content === 'string' ? file.content : Buffer.from(file.content as ArrayBuffer).toString('utf8'),
            }));
            const mail: CaughtMail = {
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              subject: email.subject ?? '',
              text: email.text ?? '',
              ...(language ? { language } : {}),
              ...(attachments.length ? { attachments } : {}),
            };
            mails.push(mail);
            const waiter = waiting.shift();
            if (waiter) {
              taken++;
              waiter(mail);
            }
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    mails,
    next: () => {
      if (taken < mails.length) return Promise.resolve(mails[taken++]!);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
