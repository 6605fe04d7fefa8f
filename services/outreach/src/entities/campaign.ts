import { defineEntity, p } from '@mikro-orm/core';
import { CAMPAIGN_STATUSES } from '../domain/campaign.ts';

/**
 * An outreach campaign ("uppsökande kampanj"): letters, calls or visits to older people the
 * elderly care does not know yet, e.g. health conversations for everyone who has turned 75.
 */
export const CampaignSchema = defineEntity({
  name: 'Campaign',
  checks: [{ name: 'campaign_period_check', expression: 'starts_on is null or ends_on is null or starts_on <= ends_on' }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    name: p.string().length(200),
    status: p.enum(CAMPAIGN_STATUSES).default('PLANNED'),
    startsOn: p.date().nullable(),
    endsOn: p.date().nullable(),
    /** Whom it is for, in words, e.g. "Alla som fyller 75 i år och bor i Hägersten-Älvsjö". */
    targetDescription: p.text(),
    /** The unit that runs it; its outreach staff see the campaign and its residents. */
    unit: p.string().length(200).index(),
    /** Cohort rule: the age reached in `cohortYear` (75 for everyone born in cohortYear - 75); null until chosen. */
    cohortAge: p.integer().nullable(),
    cohortYear: p.integer().nullable(),
    /** Cohort rule: the district areas whose residents are included ("Fruängen", "Hägersten"…). */
    // A raw default: a plain '[]' would be stored as the JSON string "[]", not an empty list.
    districtAreas: p.json<string[]>().defaultRaw(`'[]'`),
    /** Cohort rule: leave out people with current care services (applications' events say who). */
    excludeCurrentCare: p.boolean().default(true),
    /** Cohort rule: leave out people invited by any campaign in the last N months; null for no such rule. */
    notInvitedWithinMonths: p.integer().nullable(),
    /** Weeks after the invitation letter that a daily job sends a reminder letter to those who have not answered; null for none. */
    reminderAfterWeeks: p.integer().nullable(),
    /** When the cohort was fixed (cohort_member written); the rule cannot change after. */
    cohortFixedAt: p.datetime().nullable(),
    createdBy: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Campaign extends CampaignSchema.class {}
CampaignSchema.setClass(Campaign);
