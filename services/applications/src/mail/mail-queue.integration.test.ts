import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Actor } from '@omsorg/platform';
import { pollUntil, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyAnswers } from '../domain/answers.ts';
import { Application } from '../entities/application.ts';
import { UNIT } from '../testing/casework-fixtures.ts';
import { startSubgraphWithMail, type MailSubgraph } from '../testing/mail-subgraph.ts';
import type { SmtpCatcher } from '../testing/smtp-catcher.ts';
import { MAIL_QUEUE, enqueueMail } from './mail-queue.ts';

const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) {
  __typename ... on MutationSubmitApplicationSuccess { data { id status reference } } } }`;

let subgraph: TestSubgraph;
let catcher: SmtpCatcher;

/** A complete draft of a new applicant, with `email` as the contact; the applicant as actor. */
async function draftWithEmail(email: string): Promise<{ id: string; actor: Actor }> {
  const personId = crypto.randomUUID();
  const em = subgraph.orm.em.fork();
  const answers = emptyAnswers();
  answers.services = [{ serviceType: 'SAFETY_ALARM', needs: 'Jag har ramlat två gånger i vinter.' }];
  answers.contact = { method: 'EMAIL', phone: '', email, bestTime: '' };
  const draft = em.create(Application, { applicantId: personId, submittedById: personId, unit: UNIT, status: 'DRAFT', answers });
  await em.flush();
  return { id: draft.id, actor: { kind: 'person', personId, actingFor: [] } };
}

async function submit(actor: Actor, id: string) {
  return subgraph.request(actor, SUBMIT, { input: { id, submissionKey: crypto.randomUUID() } });
}

const mailsTo = (address: string) => catcher.mails.filter((mail) => mail.to.includes(address));
const jobsFor = (address: string) =>
  subgraph.orm.em.fork().getConnection().execute<Array<{ state: string }>>(`select state from pgboss.job where name = ? and data->>'to' = ?`, [MAIL_QUEUE, address]);

let mailSubgraph: MailSubgraph;

beforeAll(async () => {
  mailSubgraph = await startSubgraphWithMail();
  ({ subgraph, catcher } = mailSubgraph);
});

afterAll(() => mailSubgraph?.close());

describe('mail through the job queue', () => {
  it('sends one mail for one event, however often the event is enqueued', async () => {
    const mail = { to: 'twice@example.se', subject: 'Kallelse', text: 'Hej!' };
    for (let i = 0; i < 2; i++) {
      await subgraph.orm.em.fork().transactional((em) => enqueueMail(em, mail, { purpose: 'test', event: 'test:one-event' }));
    }
    await pollUntil(() => mailsTo('twice@example.se'), (mails) => mails.length > 0, 15_000, 'the mail');
    await subgraph.settleJobs();
    await subgraph.orm.em.fork().transactional((em) => enqueueMail(em, mail, { purpose: 'test', event: 'test:one-event' }));
    await subgraph.settleJobs();
    expect(mailsTo('twice@example.se')).toHaveLength(1);
  });

  it('queues no mail when the mutation rolls back', async () => {
    const connection = subgraph.orm.em.getConnection();
    await connection.execute(`create function applications.refuse_for_test() returns trigger language plpgsql as $$ begin raise exception 'refused for the test'; end $$`);
    await connection.execute(
      `create trigger refuse_for_test before update on applications.application for each row
         when (new.status = 'SUBMITTED' and new.answers->'contact'->>'email' = 'rollback@example.se') execute function applications.refuse_for_test()`,
    );
    try {
      const { id, actor } = await draftWithEmail('rollback@example.se');
      const result = await submit(actor, id);
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect((await subgraph.orm.em.fork().findOneOrFail(Application, id)).status).toBe('DRAFT');
      await subgraph.settleJobs();
      expect(await jobsFor('rollback@example.se')).toEqual([]);
      expect(mailsTo('rollback@example.se')).toEqual([]);
    } finally {
      await connection.execute('drop trigger refuse_for_test on applications.application');
      await connection.execute('drop function applications.refuse_for_test()');
    }
  });

  it('answers the mutation at once when the mail server takes the connection and never replies', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    process.env.SMTP_URL = `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const { id, actor } = await draftWithEmail('silent@example.se');
      const started = performance.now();
      const result = await submit(actor, id);
      // The old in-request send waited for the server's greeting, five seconds, before answering.
      expect(performance.now() - started).toBeLessThan(4_000);
      expect(result.data?.submitApplication).toMatchObject({ __typename: 'MutationSubmitApplicationSuccess', data: { status: 'SUBMITTED' } });
      await pollUntil(() => sockets.size, (size) => size > 0, 15_000, 'the worker connecting to the mail server');
    } finally {
      process.env.SMTP_URL = catcher.url;
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
    // The attempt failed; the retry reaches the mail server that answers.
    await pollUntil(() => mailsTo('silent@example.se'), (mails) => mails.length > 0, 20_000, 'the mail after the retry');
    await subgraph.settleJobs();
    expect(mailsTo('silent@example.se')).toHaveLength(1);
  });
});
