import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { applicationsService } from '../service.ts';
import { startSmtpCatcher, type SmtpCatcher } from './smtp-catcher.ts';

export type MailSubgraph = {
  subgraph: TestSubgraph;
  /** The catcher `close` stops: a test that restarts the catcher puts the new one here. */
  catcher: SmtpCatcher;
  close: () => Promise<void>;
};

/**
 * An SMTP catcher with SMTP_URL pointing at it, and the applications subgraph started after it
 * (so its mail worker sends there). `close` stops both and puts SMTP_URL back.
 */
export async function startSubgraphWithMail(): Promise<MailSubgraph> {
  const catcher = await startSmtpCatcher();
  const previousSmtp = process.env.SMTP_URL;
  process.env.SMTP_URL = catcher.url;
  const subgraph = await startTestSubgraph(applicationsService);
  const mail: MailSubgraph = {
    subgraph,
    catcher,
    close: async () => {
      if (previousSmtp === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = previousSmtp;
      await subgraph.close();
      await mail.catcher.close();
    },
  };
  return mail;
}
