import { definePage, isUuid, pageArgs, toPage, type Actor, type RequestContext } from '@omsorg/platform';
import { memberCounts } from '../cohort/cohort-sql.ts';
import { campaignListFilter, maySeeCampaign } from '../domain/access.ts';
import { CAMPAIGN_STATUSES } from '../domain/campaign.ts';
import { Campaign } from '../entities/campaign.ts';
import { builder } from './builder.ts';

export const CampaignStatusEnum = builder.enumType('CampaignStatus', {
  description: 'Where a campaign stands ("status").',
  values: {
    PLANNED: { description: 'Planned, not started ("planerad").' },
    ACTIVE: { description: 'Under way: invitations are going out ("pågående").' },
    CLOSED: { description: 'Finished ("avslutad").' },
  } satisfies Record<(typeof CAMPAIGN_STATUSES)[number], { description: string }>,
});

export const CohortRuleRef = builder.objectRef<Campaign>('CohortRule').implement({
  description: 'Who a campaign invites ("urvalsregel"): age reached in a year, district areas, and who is left out.',
  fields: (t) => ({
    age: t.int({ nullable: true, description: 'The age reached in `year` ("fyller"), 60..110; null until chosen.', resolve: (campaign) => campaign.cohortAge ?? null }),
    year: t.int({ nullable: true, description: 'The year the age is reached; null until chosen.', resolve: (campaign) => campaign.cohortYear ?? null }),
    districtAreas: t.stringList({ description: 'District areas ("områden") whose residents are included.', resolve: (campaign) => campaign.districtAreas }),
    excludeCurrentCare: t.exposeBoolean('excludeCurrentCare', { description: 'People with current care services ("insatser") are left out.' }),
    notInvitedWithinMonths: t.int({
      nullable: true,
      description: 'People in another campaign’s cohort fixed within this many months are left out; null for no such rule.',
      resolve: (campaign) => campaign.notInvitedWithinMonths ?? null,
    }),
  }),
});

export const CampaignRef = builder.objectRef<Campaign>('Campaign').implement({
  description: 'An outreach campaign ("uppsökande kampanj") to older people not yet known to elderly care.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier of the campaign.' }),
    name: t.exposeString('name', { description: 'The name of the campaign ("namn"), e.g. "Hälsosamtal för dig som fyllt 75".' }),
    status: t.field({ type: CampaignStatusEnum, description: 'Planned, active or closed ("status").', resolve: (campaign) => campaign.status }),
    startsOn: t.exposeString('startsOn', { nullable: true, description: 'First day ("startdatum"), YYYY-MM-DD; null until decided.' }),
    endsOn: t.exposeString('endsOn', { nullable: true, description: 'Last day ("slutdatum"), YYYY-MM-DD; null until decided.' }),
    targetDescription: t.exposeString('targetDescription', {
      description: 'Whom the campaign is for ("målgrupp"), in words, e.g. everyone in the district who turns 75 this year.',
    }),
    unit: t.exposeString('unit', { description: 'The unit that runs the campaign; its outreach staff see it.' }),
    cohortRule: t.field({ type: CohortRuleRef, description: 'Who the campaign invites ("urvalsregel").', resolve: (campaign) => campaign }),
    cohortFixedAt: t.string({
      nullable: true,
      description: 'When the cohort was fixed ("urvalet fastställt"), ISO 8601; null until then. The rule cannot change after.',
      resolve: (campaign) => campaign.cohortFixedAt?.toISOString() ?? null,
    }),
    cohortSize: t.loadable({
      type: 'Int',
      nullable: true,
      description: 'How many residents the fixed cohort holds ("antal i urvalet"); null until it is fixed.',
      load: async (ids: string[], context: RequestContext) => {
        const counts = await memberCounts(context.em, ids);
        return ids.map((id) => counts.get(id) ?? 0);
      },
      resolve: (campaign) => (campaign.cohortFixedAt ? campaign.id : null),
    }),
  }),
});

const CampaignPage = definePage(builder, 'Campaign', CampaignRef);

builder.queryField('campaigns', (t) =>
  t.field({
    type: CampaignPage,
    description: 'Your unit’s outreach campaigns ("uppsökande kampanjer"), latest start first and undated ones on top; for outreach staff only.',
    authScopes: { role: 'OUTREACH' },
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      const filter = campaignListFilter(context.actor);
      if (!filter) return toPage([], 0, args);
      const [nodes, totalCount] = await context.em.findAndCount(Campaign, filter, {
        orderBy: { startsOn: 'desc nulls first', name: 'asc', id: 'asc' },
        limit: args.limit,
        offset: args.offset,
      });
      return toPage(nodes, totalCount, args);
    },
  }),
);

/**
 * The one way to find a campaign for an actor: the campaign with this id when `may` (the rule of
 * domain/access.ts for what is asked; seeing it by default) lets the actor at it; null otherwise,
 * the same whether it is missing or another unit's, on purpose.
 */
export async function visibleCampaign(context: RequestContext, id: string, may: (actor: Actor, campaign: Campaign) => boolean = maySeeCampaign): Promise<Campaign | null> {
  if (!isUuid(id)) return null;
  const campaign = await context.em.findOne(Campaign, { id });
  return campaign && may(context.actor, campaign) ? campaign : null;
}

builder.queryField('campaign', (t) =>
  t.field({
    type: CampaignRef,
    nullable: true,
    description: 'One campaign of your unit; null when there is none or it is another unit’s. Outreach staff only.',
    authScopes: { role: 'OUTREACH' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => visibleCampaign(context, args.id),
  }),
);
