import { pollUntil } from '@omsorg/platform/testing';
import { inject } from 'vitest';

/** A mail as the dev mail catcher shows it (infra/dev/src/mail-catcher.ts). */
export type CaughtMail = { to: string[]; subject: string; text: string; language: string | null };

/**
 * The caught mails to `address` that `match`, once there is one: mail goes out from a queue, a
 * moment after the page answers. Rejects after `deadlineMs`.
 */
export function mailsTo(address: string, match: (mail: CaughtMail) => boolean = () => true, deadlineMs = 20_000): Promise<CaughtMail[]> {
  return pollUntil(
    async () => ((await (await fetch(`${inject('urls').mail}/api/messages`)).json()) as CaughtMail[]).filter((mail) => mail.to.includes(address) && match(mail)),
    (mails) => mails.length > 0,
    deadlineMs,
    `the mail to ${address}`,
  );
}
