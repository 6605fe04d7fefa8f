import { toCsv } from '@omsorg/platform';
import { funnelOfCampaign } from '../cohort/funnel-sql.ts';
import { FUNNEL_CSV_HEADER, FUNNEL_STEPS, funnelCsvRows, type CampaignFunnel, type FunnelStep, type GenderShares } from '../domain/funnel.ts';
import { builder } from './builder.ts';
import { visibleCampaign } from './campaign.ts';
import { GenderCountsRef } from './campaign-editor.ts';

const FunnelStepKindEnum = builder.enumType('FunnelStepKind', {
  description: 'A step of a campaign’s funnel ("tratten"). Each counts people of the fixed cohort.',
  values: {
    INVITED: { description: 'Invited: an invitation was made ("inbjudna").' },
    ANSWERED: { description: 'Answered yes or no ("svarat").' },
    BOOKED: { description: 'Booked a conversation of this campaign that was not cancelled: active, held or not attended ("bokat").' },
    HELD: { description: 'The conversation was held ("genomfört").' },
    REFERRED: { description: 'Referred to a caseworker from the conversation, unless the referral failed ("remitterade").' },
  } satisfies Record<(typeof FUNNEL_STEPS)[number], { description: string }>,
});

const GenderSharesRef = builder.objectRef<GenderShares>('FunnelShares').implement({
  description: 'Shares in per cent with one decimal, by legal gender; null when there is nothing to divide.',
  fields: (t) => ({
    women: t.exposeFloat('women', { nullable: true }),
    men: t.exposeFloat('men', { nullable: true }),
    total: t.exposeFloat('total', { nullable: true }),
  }),
});

const FunnelStepRef = builder.objectRef<FunnelStep>('FunnelStep').implement({
  description: 'How many of the cohort reached a step, by legal gender, and the conversion.',
  fields: (t) => ({
    step: t.field({ type: FunnelStepKindEnum, resolve: (step) => step.step }),
    counts: t.field({ type: GenderCountsRef, resolve: (step) => step.counts }),
    ofPrevious: t.field({ type: GenderSharesRef, description: 'Per cent of the step before (of the cohort for INVITED).', resolve: (step) => step.ofPrevious }),
    ofInvited: t.field({ type: GenderSharesRef, description: 'Per cent of those invited.', resolve: (step) => step.ofInvited }),
  }),
});

const CampaignFunnelRef = builder.objectRef<CampaignFunnel>('CampaignFunnel').implement({
  description:
    'A campaign’s funnel ("tratten"): of its fixed cohort, how many were invited, answered, booked, held and referred, by legal gender. Counts only, shown as they are, also below 5 (as applications’ statistics): the readers may read the cohort by name anyway.',
  fields: (t) => ({
    cohort: t.field({ type: GenderCountsRef, description: 'The fixed cohort ("urvalet"); 0 until it is fixed.', resolve: (funnel) => funnel.cohort }),
    steps: t.field({ type: [FunnelStepRef], description: 'The five steps in order.', resolve: (funnel) => funnel.steps }),
  }),
});

builder.queryField('campaignFunnel', (t) =>
  t.field({
    type: CampaignFunnelRef,
    nullable: true,
    description: 'The funnel of one of your unit’s campaigns; null when there is none or it is another unit’s. Numbers only, so nothing is access-logged. Outreach staff only.',
    authScopes: { role: 'OUTREACH' },
    args: { campaignId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const campaign = await visibleCampaign(context, args.campaignId);
      return campaign ? funnelOfCampaign(context.em, campaign.id) : null;
    },
  }),
);

builder.queryField('campaignFunnelCsv', (t) =>
  t.string({
    nullable: true,
    description:
      'campaignFunnel as CSV for a spreadsheet: a Swedish header row, ";" between cells, decimal comma (the portal adds the byte-order mark). Null as campaignFunnel. Outreach staff only.',
    authScopes: { role: 'OUTREACH' },
    args: { campaignId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const campaign = await visibleCampaign(context, args.campaignId);
      if (!campaign) return null;
      return toCsv(FUNNEL_CSV_HEADER, funnelCsvRows(await funnelOfCampaign(context.em, campaign.id)));
    },
  }),
);
