import { definePage, pageArgs, toPage } from '@omsorg/platform';
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
  }),
});

const CampaignPage = definePage(builder, 'Campaign', CampaignRef);

builder.queryField('campaigns', (t) =>
  t.field({
    type: CampaignPage,
    description: 'Outreach campaigns ("uppsökande kampanjer"), latest start first and undated ones on top; for outreach staff only.',
    authScopes: { role: 'OUTREACH' },
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      const [nodes, totalCount] = await context.em.findAndCount(
        Campaign,
        {},
        { orderBy: { startsOn: 'desc nulls first', name: 'asc', id: 'asc' }, limit: args.limit, offset: args.offset },
      );
      return toPage(nodes, totalCount, args);
    },
  }),
);
