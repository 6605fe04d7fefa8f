import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@omsorg/platform';
import { outreachDatabase } from '../database.ts';

/*
 * The letter batch's statements over outreach's own tables: who gets a letter, their names and
 * addresses in print order, the print file's bytes. Plain SQL: a batch is up to tens of thousands
 * of rows, and none of them is an entity the job changes one by one.
 */

const S = `"${outreachDatabase.schema}"`;

/**
 * A uuid[] or text[] parameter as PostgreSQL's array literal: the driver would spread a JS array into
 * a list of parameters. Only for values without commas, quotes or braces (uuids, hex hashes).
 */
export function arrayLiteral(values: readonly string[]): string {
  for (const value of values) if (!/^[0-9A-Za-z-]+$/.test(value)) throw new Error('arrayLiteral takes ids and hashes only');
  return `{${values.join(',')}}`;
}

/** The fixed cohort's members who have no invitation yet. */
export async function uninvitedMembers(em: EntityManager, campaignId: string): Promise<string[]> {
  const rows = await execute<Array<{ person_id: string }>>(
    em,
    `select m."person_id" from ${S}."cohort_member" m
     where m."campaign_id" = ? and not exists (select 1 from ${S}."invitation" i where i."campaign_id" = m."campaign_id" and i."person_id" = m."person_id")
     order by m."person_id"`,
    [campaignId],
  );
  return rows.map((row) => row.person_id);
}

/** Unanswered invitations made at or before `invitedBefore` that have had no reminder: who a reminder batch writes to. */
export async function invitationsToRemind(em: EntityManager, campaignId: string, invitedBefore: Date, lock = false): Promise<Array<{ id: string; person_id: string }>> {
  return execute(
    em,
    `select "id", "person_id" from ${S}."invitation"
     where "campaign_id" = ? and "status" = 'INVITED' and "reminded_at" is null and "invited_at" <= ?
     order by "id"${lock ? ' for update' : ''}`,
    [campaignId, invitedBefore],
  );
}

/** Marks the invitations as made by this batch's letters. */
export async function markInvitationLetters(em: EntityManager, batchId: string, invitationIds: readonly string[]): Promise<void> {
  if (invitationIds.length === 0) return;
  await execute(em, `update ${S}."invitation" set "letter_batch_id" = ? where "id" = any(?::uuid[])`, [batchId, arrayLiteral(invitationIds)], 'run');
}

/** Gives each invitation its reminder code's hash, the batch and when it was reminded, in one statement. */
export async function setReminderCodes(em: EntityManager, batchId: string, at: Date, hashes: ReadonlyArray<{ id: string; hash: string }>): Promise<void> {
  if (hashes.length === 0) return;
  await execute(
    em,
    `update ${S}."invitation" i set "reminder_code_hash" = v."hash", "reminded_at" = ?, "reminder_batch_id" = ?
     from (select unnest(?::uuid[]) as "id", unnest(?::text[]) as "hash") v where i."id" = v."id"`,
    [at, batchId, arrayLiteral(hashes.map((h) => h.id)), arrayLiteral(hashes.map((h) => h.hash))],
    'run',
  );
}

export type LetterResident = {
  id: string;
  given_name: string;
  family_name: string;
  street_address: string | null;
  postal_code: string | null;
  postal_town: string | null;
  preferred_language: string | null;
  email: string | null;
};

/** The residents' names, addresses, language and e-mail, in print order: by postal code, then name (the post sorts by code). */
export async function lettersResidents(em: EntityManager, personIds: readonly string[]): Promise<LetterResident[]> {
  if (personIds.length === 0) return [];
  return execute(
    em,
    `select "id", "given_name", "family_name", "street_address", "postal_code", "postal_town", "preferred_language", "email"
     from ${S}."resident" where "id" = any(?::uuid[])
     order by "postal_code" nulls last, "family_name", "given_name", "id"`,
    [arrayLiteral(personIds)],
  );
}

/** The people whose letters a batch holds (invitation or reminder): whose data a download shows. */
export async function peopleOfBatch(em: EntityManager, batchId: string): Promise<string[]> {
  const rows = await execute<Array<{ person_id: string }>>(em, `select "person_id" from ${S}."invitation" where "letter_batch_id" = ? or "reminder_batch_id" = ?`, [batchId, batchId]);
  return rows.map((row) => row.person_id);
}
