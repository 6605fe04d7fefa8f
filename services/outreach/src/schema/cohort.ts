import { OUTREACH_READS } from '../domain/outreach-reads.ts';
import { definePage, logAccess, pageArgs, text, toPage } from '@omsorg/platform';
import { cohortPage, type CohortResident } from '../cohort/cohort-sql.ts';
import { mayReadCohort } from '../domain/access.ts';
import { builder } from './builder.ts';
import { visibleCampaign } from './campaign.ts';

const CohortMemberRef = builder.objectRef<CohortResident>('CohortMember').implement({
  description: 'A resident in a campaign’s fixed cohort, as identity last told outreach. Every read by staff is logged for the person to see.',
  fields: (t) => ({
    personId: t.exposeID('id', { description: 'Identity’s Person id.' }),
    givenName: t.exposeString('given_name'),
    familyName: t.exposeString('family_name'),
    birthDate: t.exposeString('birth_date', { description: 'YYYY-MM-DD.' }),
    legalGender: t.exposeString('legal_gender', { description: 'FEMALE or MALE ("juridiskt kön").' }),
    districtArea: t.exposeString('district_area', { nullable: true }),
    streetAddress: t.exposeString('street_address', { nullable: true }),
    postalCode: t.exposeString('postal_code', { nullable: true }),
    postalTown: t.exposeString('postal_town', { nullable: true }),
  }),
});

const CohortMemberPage = definePage(builder, 'CohortMember', CohortMemberRef);

builder.queryField('campaignCohort', (t) =>
  t.field({
    type: CohortMemberPage,
    nullable: true,
    description:
      'The residents of a campaign’s fixed cohort ("urvalet"), by family name; `search` matches the name. Empty until the cohort is fixed; null when the campaign is not yours. Each resident shown is logged as read (resource cohort-member). Outreach staff of the campaign’s unit only.',
    authScopes: { role: 'OUTREACH' },
    args: { id: t.arg.id({ required: true }), search: t.arg.string({ validate: text({ max: 100 }).nullish() }), ...pageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      const campaign = await visibleCampaign(context, args.id, mayReadCohort);
      if (!campaign) return null;
      const { rows, totalCount } = await cohortPage(context.em, campaign.id, args, args.search || null);
      await logAccess(
        context,
        rows.map((row) => ({ personId: row.id, resource: OUTREACH_READS.COHORT, resourceId: campaign.id })),
      );
      return toPage(rows, totalCount, args);
    },
  }),
);
