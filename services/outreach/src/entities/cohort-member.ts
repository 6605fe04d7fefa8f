import { defineEntity, p } from '@mikro-orm/core';
import { CampaignSchema } from './campaign.ts';

/** A resident in a campaign's fixed cohort: written in one statement when the cohort is fixed. */
export const CohortMemberSchema = defineEntity({
  name: 'CohortMember',
  tableName: 'cohort_member',
  properties: {
    campaign: () => p.manyToOne(CampaignSchema).primary(),
    /** The resident's (identity's Person) id. */
    personId: p.uuid().primary().index(),
    addedAt: p.datetime().onCreate(() => new Date()),
  },
});

export class CohortMember extends CohortMemberSchema.class {}
CohortMemberSchema.setClass(CohortMember);
