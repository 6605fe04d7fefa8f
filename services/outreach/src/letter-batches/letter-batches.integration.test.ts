import { AccessLogEntry, clientFingerprint, internalTokenKey, signInternalToken, type Actor } from '@omsorg/platform';
import { pollUntil, startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@omsorg/platform/testing';
import { pdfText } from '@omsorg/letters/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign } from '../entities/campaign.ts';
import { CohortMember } from '../entities/cohort-member.ts';
import { Invitation } from '../entities/invitation.ts';
import { LetterBatch } from '../entities/letter-batch.ts';
import { OUTREACH_MAIL_QUEUE } from '../mail/mail-queue.ts';
import { outreachService } from '../service.ts';
import { TEST_UNIT, testActors } from '../testing/actors.ts';
import { addResidents, personFacts } from '../testing/residents.ts';
import { getBatchFile } from './file-store.ts';
import { sweepReminders } from './reminder-sweep.ts';

const UNIT = TEST_UNIT;
const { omar, otherUnitWorker, caseworker, citizen, anonymous } = testActors();
const key = internalTokenKey(TEST_INTERNAL_SECRET);

const BIRGITTA = personFacts({ givenName: 'Birgitta', familyName: 'Ek', birthDate: '1951-09-23', postalCode: '129 52', email: 'birgitta@example.test' });
const ASTRID = personFacts({ givenName: 'Astrid', familyName: 'Holm', birthDate: '1951-02-11', postalCode: '126 51' });
const KALLE = personFacts({ givenName: 'Kalle', familyName: 'Berg', birthDate: '1951-11-30', postalCode: '125 30', legalGender: 'MALE', preferredLanguage: 'fi' });
const PEOPLE = [BIRGITTA, ASTRID, KALLE];

const CREATE = `mutation($id: ID!) { createInvitationLetters(campaignId: $id) { __typename
  ... on MutationCreateInvitationLettersSuccess { data { id kind status } }
  ... on LetterBatchRunningError { message batchId } ... on Error { message } } }`;
const REMIND = `mutation($id: ID!) { createReminderLetters(campaignId: $id) { __typename
  ... on MutationCreateReminderLettersSuccess { data { id kind status } } ... on Error { message } } }`;
const BATCH = `query($id: ID!) { letterBatch(id: $id) { id kind status total done fileSize fileName fileUrl createdByYou automatic } }`;
const BATCHES = `query($id: ID!) { campaign(id: $id) { reminderAfterWeeks letterBatches(offset: 0, limit: 10) { totalCount nodes { id kind total fileName } } } }`;
const OPEN = `mutation($code: String!, $birthDate: String!) { openInvitation(code: $code, birthDate: $birthDate) { __typename
  ... on MutationOpenInvitationSuccess { data { invitation { id } } } ... on Error { message } } }`;

let subgraph: TestSubgraph;
let campaignId: string;
let firstBatch: string;
const firstCodes = new Map<string, string>();
let clients = 0;

async function download(actor: Actor, batchId: string) {
  const token = await signInternalToken({ actor, locale: 'sv', client: clientFingerprint('127.0.0.1', key) }, key);
  return fetch(`${subgraph.url}/letter-batches/${batchId}/file`, { headers: { authorization: `Bearer ${token}` } });
}

async function finished(batchId: string) {
  await pollUntil(() => subgraph.orm.em.fork().findOneOrFail(LetterBatch, batchId), (batch) => batch.status === 'DONE' || batch.status === 'FAILED', 30_000, 'the batch finished');
  return (await subgraph.request(omar, BATCH, { id: batchId })).data.letterBatch;
}

/** Each person's code, read from the letters: the first code after their name. */
function codesOf(pdf: Buffer): Map<string, string> {
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  const codes = new Map<string, string>();
  for (const person of PEOPLE) {
    const at = text.indexOf(`${person.givenName} ${person.familyName}`);
    if (at < 0) continue;
    const code = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(text.slice(at))?.[0];
    if (code) codes.set(person.id, code);
  }
  return codes;
}

async function open(code: string, birthDate: string) {
  return (await subgraph.request(anonymous, OPEN, { code, birthDate }, 'sv', `192.0.2.${++clients}`)).data.openInvitation;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(outreachService);
  await addResidents(subgraph.orm, PEOPLE);
  const em = subgraph.orm.em.fork();
  const campaign = em.create(Campaign, {
    name: 'Hälsosamtal för dig som fyller 75', status: 'ACTIVE', targetDescription: 'Alla som fyller 75.', unit: UNIT,
    cohortAge: 75, cohortYear: 2026, districtAreas: ['Fruängen'], cohortFixedAt: new Date(),
  });
  for (const person of PEOPLE) em.create(CohortMember, { campaign, personId: person.id });
  await em.flush();
  campaignId = campaign.id;
});
afterAll(() => subgraph?.close());

describe('invitation letters for a cohort', () => {
  it('refuses the mutation to a caseworker, a citizen and a visitor, and answers another unit NotFoundError', async () => {
    for (const actor of [caseworker, citizen, anonymous]) {
      const result = await subgraph.request(actor, CREATE, { id: campaignId });
      expect(result.errors?.[0]?.extensions?.code).toBe(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
    expect((await subgraph.request(otherUnitWorker, CREATE, { id: campaignId })).data.createInvitationLetters.__typename).toBe('NotFoundError');
    expect((await subgraph.request(otherUnitWorker, REMIND, { id: campaignId })).data.createReminderLetters.__typename).toBe('NotFoundError');
    expect(await subgraph.orm.em.fork().count(LetterBatch, {})).toBe(0);
  });

  it('makes 3 invitations and one PDF with 3 letters, whose codes open their invitations', async () => {
    const started = (await subgraph.request(omar, CREATE, { id: campaignId })).data.createInvitationLetters;
    expect(started.__typename).toBe('MutationCreateInvitationLettersSuccess');
    firstBatch = started.data.id;
    const batch = await finished(firstBatch);
    expect(batch).toMatchObject({ kind: 'INVITATION', status: 'DONE', total: 3, done: 3, createdByYou: true, automatic: false, fileUrl: `/letter-batches/${firstBatch}/file` });
    expect(batch.fileName).toMatch(/^inbjudningar-hälsosamtal-för-dig-som-fyller-75-\d{4}-\d{2}-\d{2}\.pdf$/);
    const invitations = await subgraph.orm.em.fork().find(Invitation, { campaign: campaignId });
    expect(invitations).toHaveLength(3);
    expect(invitations.every((i) => i.letterBatchId === firstBatch && i.invitedAt instanceof Date)).toBe(true);
    const pdf = (await getBatchFile(subgraph.orm.em.fork(), firstBatch))!;
    expect(pdf.length).toBe(batch.fileSize);
    const codes = codesOf(pdf);
    expect(codes.size).toBe(3);
    for (const person of PEOPLE) {
      firstCodes.set(person.id, codes.get(person.id)!);
      const opened = await open(codes.get(person.id)!, person.birthDate);
      expect(opened.__typename).toBe('MutationOpenInvitationSuccess');
      expect(opened.data.invitation.id).toBe(invitations.find((i) => i.personId === person.id)!.id);
    }
    // Finnish for Kalle.
    expect(pdfText(pdf)).toContain('Hei Kalle Berg!');
  });

  it('queues a mail only for the resident with an e-mail address, with the code in it', async () => {
    const jobs = await subgraph.orm.em.fork().getConnection().execute<Array<{ data: { to: string; text: string } }>>(`select data from pgboss.job where name = ?`, [OUTREACH_MAIL_QUEUE]);
    expect(jobs.map((job) => job.data.to)).toEqual(['birgitta@example.test']);
    expect(jobs[0]!.data.text).toContain(firstCodes.get(BIRGITTA.id));
  });

  it('makes no new invitations in a second batch', async () => {
    const started = (await subgraph.request(omar, CREATE, { id: campaignId })).data.createInvitationLetters;
    const batch = await finished(started.data.id);
    expect(batch).toMatchObject({ status: 'DONE', total: 0, done: 0, fileSize: null, fileUrl: null });
    expect(await subgraph.orm.em.fork().count(Invitation, { campaign: campaignId })).toBe(3);
    expect((await download(omar, started.data.id)).status).toBe(404);
  });

  it('refuses a second batch while one is under way, with LetterBatchRunningError', async () => {
    const em = subgraph.orm.em.fork();
    const running = em.create(LetterBatch, { campaign: campaignId, kind: 'INVITATION', status: 'RUNNING' });
    await em.flush();
    const answer = (await subgraph.request(omar, CREATE, { id: campaignId })).data.createInvitationLetters;
    expect(answer).toMatchObject({ __typename: 'LetterBatchRunningError', batchId: running.id });
    expect(answer.message).toBe('Brev till den här kampanjen skapas just nu. Vänta tills de är klara.');
    await em.nativeDelete(LetterBatch, { id: running.id });
  });

  it('lets outreach staff of the unit download the file, logged once per person in it, and no one else', async () => {
    const answer = await download(omar, firstBatch);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="inbjudningar-halsosamtal-for-dig-som-fyller-75-\d{4}-\d{2}-\d{2}\.pdf"/);
    expect(Buffer.from(await answer.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const logged = await subgraph.orm.em.fork().find(AccessLogEntry, { resource: 'invitation-letter' });
    expect(logged.map((entry) => entry.personId).sort()).toEqual(PEOPLE.map((p) => p.id).sort());
    expect(logged.every((entry) => entry.resourceId === firstBatch)).toBe(true);

    expect((await download(caseworker, firstBatch)).status).toBe(403);
    expect((await download(citizen, firstBatch)).status).toBe(403);
    expect((await download(anonymous, firstBatch)).status).toBe(401);
    expect((await download(otherUnitWorker, firstBatch)).status).toBe(404);
    expect(await subgraph.orm.em.fork().count(AccessLogEntry, { resource: 'invitation-letter' })).toBe(3);
  });

  it('shows batches to outreach staff of the unit only', async () => {
    const mine = (await subgraph.request(omar, BATCHES, { id: campaignId })).data.campaign;
    expect(mine.letterBatches.totalCount).toBe(2);
    expect(mine.letterBatches.nodes.map((batch: { fileName: string | null }) => batch.fileName)).toEqual([null, expect.stringMatching(/^inbjudningar-/)]);
    expect((await subgraph.request(otherUnitWorker, BATCH, { id: firstBatch })).data.letterBatch).toBeNull();
    for (const actor of [caseworker, citizen, anonymous]) {
      expect((await subgraph.request(actor, BATCH, { id: firstBatch })).errors?.[0]?.extensions?.code).toBe(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });
});

describe('reminders', () => {
  it('reminds the unanswered after N weeks with a new code that opens the same invitation; the first code still works; answered ones are not reminded', async () => {
    const em = subgraph.orm.em.fork();
    const weeksAgo = new Date(Date.now() - 3 * 7 * 24 * 3600 * 1000);
    await em.nativeUpdate(Invitation, { campaign: campaignId }, { invitedAt: weeksAgo });
    await em.nativeUpdate(Invitation, { campaign: campaignId, personId: ASTRID.id }, { status: 'ACCEPTED', answeredAt: new Date() });
    await em.nativeUpdate(Invitation, { campaign: campaignId, personId: KALLE.id }, { invitedAt: new Date() });
    await em.nativeUpdate(Campaign, { id: campaignId }, { reminderAfterWeeks: 2 });

    const started = await sweepReminders(subgraph.orm.em.fork());
    expect(started).toHaveLength(1);
    const batch = await finished(started[0]!);
    expect(batch).toMatchObject({ kind: 'REMINDER', status: 'DONE', total: 1, automatic: true });
    const pdf = (await getBatchFile(subgraph.orm.em.fork(), started[0]!))!;
    expect(pdfText(pdf)).toContain('Birgitta Ek');
    const reminderCode = codesOf(pdf).get(BIRGITTA.id)!;
    expect(reminderCode).not.toBe(firstCodes.get(BIRGITTA.id));
    const invitation = await subgraph.orm.em.fork().findOneOrFail(Invitation, { campaign: campaignId, personId: BIRGITTA.id });
    expect(invitation.remindedAt).toBeInstanceOf(Date);
    expect(invitation.reminderBatchId).toBe(started[0]);
    expect((await open(reminderCode, BIRGITTA.birthDate)).data.invitation.id).toBe(invitation.id);
    expect((await open(firstCodes.get(BIRGITTA.id)!, BIRGITTA.birthDate)).data.invitation.id).toBe(invitation.id);

    // Reminded once: the next day's sweep starts nothing.
    expect(await sweepReminders(subgraph.orm.em.fork())).toHaveLength(0);
    const mails = await subgraph.orm.em.fork().getConnection().execute<Array<{ data: { text: string } }>>(`select data from pgboss.job where name = ?`, [OUTREACH_MAIL_QUEUE]);
    expect(mails.some((job) => job.data.text.includes(reminderCode))).toBe(true);
  });

  it('lets staff send reminders by hand to everyone unanswered not yet reminded', async () => {
    const answer = (await subgraph.request(omar, REMIND, { id: campaignId })).data.createReminderLetters;
    expect(answer.__typename).toBe('MutationCreateReminderLettersSuccess');
    const batch = await finished(answer.data.id);
    // Kalle only: Astrid answered, Birgitta had her reminder.
    expect(batch).toMatchObject({ kind: 'REMINDER', total: 1, createdByYou: true });
    const pdf = (await getBatchFile(subgraph.orm.em.fork(), answer.data.id))!;
    expect(pdfText(pdf)).toContain('Kalle Berg');
    expect((await open(codesOf(pdf).get(KALLE.id)!, KALLE.birthDate)).__typename).toBe('MutationOpenInvitationSuccess');
  });
});
