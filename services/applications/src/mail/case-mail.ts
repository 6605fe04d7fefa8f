import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@omsorg/platform';
import type { Application } from '../entities/application.ts';
import { saveCase } from '../queries/casework/scope.ts';
import { enqueueMail } from './mail-queue.ts';
import type { OutgoingMail } from './mailer.ts';
import { addresseeOf, type Addressee } from './addressee.ts';

/** A mail about a case to queue with the change that causes it; `build` gets its addressee. */
export type CaseMail = {
  purpose: string;
  /** Names the event, so it is mailed once (see enqueueMail). */
  event: string;
  build: (facts: { addressee: Addressee; reference: string; unit: string }) => OutgoingMail;
};

/** Queues the mail to the case's address, if it has one, in the transaction `em` is in. */
export async function enqueueCaseMail(em: EntityManager, application: Application, mail: CaseMail): Promise<void> {
  const addressee = addresseeOf(application);
  if (!addressee || !application.reference) return;
  const outgoing = mail.build({ addressee, reference: application.reference, unit: application.unit });
  await enqueueMail(em, outgoing, { purpose: mail.purpose, applicationId: application.id, event: mail.event });
}

/**
 * Saves a staff change to the case (saveCase: conflicts as ConflictError) and queues its mails in
 * the same transaction: a mail goes out only if the change is committed. `more` queues other mail
 * (e.g. the provider's order) in that transaction; `afterSave` runs in it once the change is
 * flushed (e.g. an event computed from the saved state).
 */
export async function saveCaseWithMail(
  context: RequestContext,
  application: Application,
  mails: readonly CaseMail[],
  more?: (em: EntityManager) => Promise<void>,
  afterSave?: (em: EntityManager) => Promise<unknown>,
): Promise<void> {
  await context.em.transactional(async (em) => {
    for (const mail of mails) await enqueueCaseMail(em, application, mail);
    if (more) await more(em);
    await saveCase(context, application);
    if (afterSave) await afterSave(em);
  });
}
