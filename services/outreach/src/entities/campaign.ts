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
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Campaign extends CampaignSchema.class {}
CampaignSchema.setClass(Campaign);
