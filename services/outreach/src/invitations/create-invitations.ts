import type { EntityManager } from '@mikro-orm/postgresql';
import { generateInvitationCode, hashInvitationCode, invitationCodePepper } from '../domain/invitation-code.ts';
import { CohortMember } from '../entities/cohort-member.ts';
import { Invitation } from '../entities/invitation.ts';
import { Resident } from '../entities/resident.ts';

export type CreatedInvitation = { personId: string; invitationId: string; code: string };

const CHUNK = 1000;

/**
 * Makes an invitation for each of `personIds` who is in the campaign's fixed cohort and has none
 * yet, and returns their plain codes: the only time a code exists outside a letter, so the
 * caller (the letter batch) prints them and keeps them nowhere. People not in the cohort, or
 * already invited, are left out of the answer. Run it in the transaction that records the batch,
 * so codes and letters stand or fall together; a concurrent run for the same people fails on
 * the (campaign, person) uniqueness rather than inviting anyone twice.
 */
export async function createInvitations(em: EntityManager, campaignId: string, personIds: readonly string[]): Promise<CreatedInvitation[]> {
  const pepper = invitationCodePepper();
  const created: CreatedInvitation[] = [];
  for (let start = 0; start < personIds.length; start += CHUNK) {
    const chunk = [...new Set(personIds.slice(start, start + CHUNK))];
    const members = await em.find(CohortMember, { campaign: campaignId, personId: { $in: chunk } }, { fields: ['personId'] });
    const invited = new Set((await em.find(Invitation, { campaign: campaignId, personId: { $in: chunk } }, { fields: ['personId'] })).map((i) => i.personId));
    const toInvite = members.map((m) => m.personId).filter((id) => !invited.has(id));
    if (toInvite.length === 0) continue;
    const languages = new Map(
      (await em.find(Resident, { id: { $in: toInvite } }, { fields: ['id', 'preferredLanguage'] })).map((r) => [r.id, r.preferredLanguage] as const),
    );
    const now = new Date();
    const rows = toInvite.map((personId) => {
      const code = generateInvitationCode();
      return { personId, code, row: { id: crypto.randomUUID(), campaign: campaignId, personId, codeHash: hashInvitationCode(code, pepper), status: 'INVITED' as const, invitedAt: now, language: languages.get(personId) ?? 'sv' } };
    });
    await em.insertMany(Invitation, rows.map((r) => r.row));
    for (const r of rows) created.push({ personId: r.personId, invitationId: r.row.id, code: r.code });
  }
  return created;
}
