import { startSmtpCatcher, type SmtpCatcher } from '@omsorg/letters/smtp-catcher';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { offeringsService } from '../service.ts';

export type RegistrationStack = { subgraph: TestSubgraph; catcher: SmtpCatcher; close: () => Promise<void> };

/** The offerings subgraph with its job workers, mailing to an SMTP catcher of its own (SMTP_URL is put back on close). */
export async function startRegistrationStack(): Promise<RegistrationStack> {
  const catcher = await startSmtpCatcher();
  const previousSmtp = process.env.SMTP_URL;
  process.env.SMTP_URL = catcher.url;
  const subgraph = await startTestSubgraph(offeringsService);
  return {
    subgraph,
    catcher,
    close: async () => {
      await subgraph.close();
      await catcher.close();
      if (previousSmtp === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = previousSmtp;
    },
  };
}
