import { createLogger } from '@omsorg/platform';
import { pollUntil, startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign } from '../entities/campaign.ts';
import { CohortMember } from '../entities/cohort-member.ts';
import { Invitation } from '../entities/invitation.ts';
import { LetterBatch } from '../entities/letter-batch.ts';
import { outreachService } from '../service.ts';
import { addResidents, personFacts } from '../testing/residents.ts';
import { getBatchFile } from './file-store.ts';
import { runLetterBatch } from './letter-batch-job.ts';
import { startLetterBatch } from './start-batch.ts';

/*
 * A batch that fails after its invitations were made keeps none of them (their codes would be
 * lost with the run), and its retry makes them once. The failure is real: a trigger refuses the
 * print file's insert, after the invitations and the rendering.
 */
const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const log = createLogger('test');
let subgraph: TestSubgraph;

const execute = (sql: string) => subgraph.orm.em.fork().getConnection().execute(sql);
const refuseFiles = () =>
  execute(`create or replace function outreach.refuse_file() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$;
           create trigger refuse_file before insert on outreach.letter_batch_file for each row execute function outreach.refuse_file();`);
const acceptFiles = () => execute(`drop trigger if exists refuse_file on outreach.letter_batch_file`);

async function campaignOfThree(name: string): Promise<string> {
  const people = [1, 2, 3].map((n) => personFacts({ givenName: `Person${n}`, birthDate: '1951-05-0' + n }));
  await addResidents(subgraph.orm, people);
  const em = subgraph.orm.em.fork();
  const campaign = em.create(Campaign, { name, status: 'ACTIVE', targetDescription: '-', unit: UNIT, cohortAge: 75, cohortYear: 2026, cohortFixedAt: new Date() });
  for (const person of people) em.create(CohortMember, { campaign, personId: person.id });
  await em.flush();
  return campaign.id;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(outreachService);
});
afterAll(() => subgraph?.close());

describe('a letter batch that fails', () => {
  it('keeps no invitation of a failed run, and its retry invites each member once', async () => {
    const campaignId = await campaignOfThree('Misslyckas en gång');
    const em = subgraph.orm.em.fork();
    const batch = em.create(LetterBatch, { campaign: campaignId, kind: 'INVITATION' });
    await em.flush();

    await refuseFiles();
    await expect(runLetterBatch(subgraph.orm.em.fork(), batch.id, log)).rejects.toThrow(/disk full/);
    expect(await subgraph.orm.em.fork().count(Invitation, { campaign: campaignId })).toBe(0);
    expect((await subgraph.orm.em.fork().findOneOrFail(LetterBatch, batch.id)).status).toBe('RUNNING');

    await acceptFiles();
    const outcome = await runLetterBatch(subgraph.orm.em.fork(), batch.id, log);
    expect(outcome.letters).toBe(3);
    expect(await subgraph.orm.em.fork().count(Invitation, { campaign: campaignId })).toBe(3);
    expect(await getBatchFile(subgraph.orm.em.fork(), batch.id)).not.toBeNull();

    // The same job once more (a late duplicate): nothing happens.
    expect((await runLetterBatch(subgraph.orm.em.fork(), batch.id, log)).letters).toBe(0);
    expect(await subgraph.orm.em.fork().count(Invitation, { campaign: campaignId })).toBe(3);
  });

  it('is marked FAILED after its last attempt, and then another batch may start', async () => {
    const campaignId = await campaignOfThree('Misslyckas alltid');
    await refuseFiles();
    try {
      const id = (await startLetterBatch(subgraph.orm.em.fork(), { campaignId, kind: 'INVITATION', createdBy: null }))!;
      const failed = await pollUntil(() => subgraph.orm.em.fork().findOneOrFail(LetterBatch, id), (batch) => batch.status === 'FAILED', 30_000, 'the batch failed');
      expect(failed.finishedAt).toBeInstanceOf(Date);
      expect(await subgraph.orm.em.fork().count(Invitation, { campaign: campaignId })).toBe(0);
    } finally {
      await acceptFiles();
    }
    const next = await startLetterBatch(subgraph.orm.em.fork(), { campaignId, kind: 'INVITATION', createdBy: null });
    expect(next).not.toBeNull();
    await pollUntil(() => subgraph.orm.em.fork().findOneOrFail(LetterBatch, next!), (batch) => batch.status === 'DONE', 30_000, 'the next batch is done');
    expect(await subgraph.orm.em.fork().count(Invitation, { campaign: campaignId })).toBe(3);
  });
});
