import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@omsorg/platform';
import { outreachDatabase } from '../database.ts';
import { ANSWERED_STATUSES, BOOKED_STATUSES, campaignFunnel, HELD_STATUSES, REFERRED_STATUSES, type CampaignFunnel, type FunnelRow } from '../domain/funnel.ts';

const S = `"${outreachDatabase.schema}"`;

type CountRow = { legal_gender: string; cohort: string; invited: string; answered: string; booked: string; held: string; referred: string };

/**
 * The funnel of a campaign in ONE statement over outreach's own tables: every member of the fixed
 * cohort, their invitation (one per campaign and person), and whether a booking of the campaign
 * (or a referral from its conversation) in the statuses domain/funnel.ts names exists, counted by
 * legal gender. People, not bookings: a person booked twice counts once.
 */
export async function funnelOfCampaign(em: EntityManager, campaignId: string): Promise<CampaignFunnel> {
  // A booking of the campaign in the statuses given as the next parameter.
  const booking = () =>
    `exists (select 1 from ${S}."booking" b where b."campaign_id" = m."campaign_id" and b."person_id" = m."person_id"
      and b."status" in (select jsonb_array_elements_text(?::jsonb)))`;
  const rows = await execute<CountRow[]>(
    em,
    `select r."legal_gender",
       count(*) as "cohort",
       count(*) filter (where i."invited_at" is not null) as "invited",
       count(*) filter (where i."status" in (select jsonb_array_elements_text(?::jsonb))) as "answered",
       count(*) filter (where ${booking()}) as "booked",
       count(*) filter (where ${booking()}) as "held",
       count(*) filter (where exists (
         select 1 from ${S}."referral" f
           join ${S}."health_conversation" h on h."id" = f."conversation_id"
           join ${S}."booking" b on b."id" = h."booking_id"
         where b."campaign_id" = m."campaign_id" and b."person_id" = m."person_id"
           and f."status" in (select jsonb_array_elements_text(?::jsonb)))) as "referred"
     from ${S}."cohort_member" m
     join ${S}."resident" r on r."id" = m."person_id"
     left join ${S}."invitation" i on i."campaign_id" = m."campaign_id" and i."person_id" = m."person_id"
     where m."campaign_id" = ?
     group by r."legal_gender"`,
    [JSON.stringify(ANSWERED_STATUSES), JSON.stringify(BOOKED_STATUSES), JSON.stringify(HELD_STATUSES), JSON.stringify(REFERRED_STATUSES), campaignId],
  );
  return campaignFunnel(
    rows.map(
      (row): FunnelRow => ({
        legalGender: row.legal_gender,
        cohort: Number(row.cohort),
        INVITED: Number(row.invited),
        ANSWERED: Number(row.answered),
        BOOKED: Number(row.booked),
        HELD: Number(row.held),
        REFERRED: Number(row.referred),
      }),
    ),
  );
}
