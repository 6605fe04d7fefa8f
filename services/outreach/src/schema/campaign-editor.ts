import { accessDenied, NotFoundFailure, text, ValidationFailure, type RequestContext, type StaffActor } from '@omsorg/platform';
import { optionalDay } from '@omsorg/rules';
import { z } from 'zod';
import { countCohort, countMembers, fixCohortRows, knownDistrictAreas } from '../cohort/cohort-sql.ts';
import { mayChangeCampaign, mayCreateCampaign, doesOutreach } from '../domain/access.ts';
import { canChangeCampaignStatus, isValidCampaignPeriod } from '../domain/campaign.ts';
import { COHORT_AREA_MAX_LENGTH, COHORT_AREAS_MAX, cohortRuleIssues, isCompleteRule, normaliseAreas, type CohortIssue, type CohortRule } from '../domain/cohort.ts';
import { isValidReminderWeeks, REMINDER_WEEKS_MAX, REMINDER_WEEKS_MIN } from '../domain/letter-batch.ts';
import { Campaign } from '../entities/campaign.ts';
import { builder } from './builder.ts';
import { CampaignRef, CampaignStatusEnum, visibleCampaign } from './campaign.ts';

/** Fixing a cohort a second time: refused, the first cohort stands. */
export class CohortAlreadyFixedFailure extends Error {
  readonly fixedAt: string;
  constructor(message: string, fixedAt: string) {
    super(message);
    this.name = 'CohortAlreadyFixedFailure';
    this.fixedAt = fixedAt;
  }
}

builder.objectType(CohortAlreadyFixedFailure, {
  name: 'CohortAlreadyFixedError',
  description: 'The campaign’s cohort was already fixed ("urvalet är redan fastställt"); it stands as it was.',
  interfaces: ['Error' as never],
  fields: (t) => ({ fixedAt: t.exposeString('fixedAt', { description: 'When it was fixed, ISO 8601.' }) }),
});

const CohortRuleInput = builder.inputType('CohortRuleInput', {
  description: 'Who a campaign invites ("urvalsregel"). Age 60..110, at most 50 areas of at most 100 characters, months 0..120.',
  fields: (t) => ({
    age: t.int({ description: 'The age reached in `year`, 60..110; empty until chosen.', }),
    year: t.int({ description: 'The year the age is reached.', }),
    districtAreas: t.stringList({
      required: true,
      description: 'District areas whose residents are included.',
      validate: z.array(text({ max: COHORT_AREA_MAX_LENGTH })).max(COHORT_AREAS_MAX * 2),
    }),
    excludeCurrentCare: t.boolean({ required: true, description: 'Leave out people with current care services.' }),
    notInvitedWithinMonths: t.int({ description: 'Leave out people invited by another campaign within this many months, 0..120; empty for no such rule.' }),
  }),
});

const CampaignInput = builder.inputType('CampaignInput', {
  description: 'A campaign as the editor writes it.',
  fields: (t) => ({
    name: t.string({ required: true, validate: text({ max: 200, min: 1 }), description: 'The name, 1..200 characters.' }),
    startsOn: t.string({ validate: optionalDay.nullish(), description: 'First day, YYYY-MM-DD; empty while open.' }),
    endsOn: t.string({ validate: optionalDay.nullish(), description: 'Last day, YYYY-MM-DD, not before startsOn; empty while open.' }),
    targetDescription: t.string({ required: true, validate: text({ max: 2000, multiline: true }), description: 'Whom it is for, in words; up to 2,000 characters.' }),
    cohortRule: t.field({ type: CohortRuleInput, required: true }),
    reminderAfterWeeks: t.int({ description: 'Weeks after the invitation letter that unanswered invitations get a reminder, 1..52; empty (or left out) for none.' }),
  }),
});

type CampaignFields = {
  name: string;
  startsOn?: string | null;
  endsOn?: string | null;
  targetDescription: string;
  cohortRule: { age?: number | null; year?: number | null; districtAreas: string[]; excludeCurrentCare: boolean; notInvitedWithinMonths?: number | null };
  reminderAfterWeeks?: number | null;
};

function invalid(context: RequestContext, issues: readonly CohortIssue[]): ValidationFailure {
  return new ValidationFailure(
    context.t('validation.summary'),
    issues.map((issue) => ({ field: issue.field, message: context.t(issue.key, issue.params) })),
  );
}

/** The input's fields as the entity keeps them, or ValidationError with every problem at once. */
function checkedFields(context: RequestContext, input: CampaignFields) {
  const startsOn = input.startsOn || null;
  const endsOn = input.endsOn || null;
  const cohort = {
    cohortAge: input.cohortRule.age ?? null,
    cohortYear: input.cohortRule.year ?? null,
    districtAreas: normaliseAreas(input.cohortRule.districtAreas),
    excludeCurrentCare: input.cohortRule.excludeCurrentCare,
    notInvitedWithinMonths: input.cohortRule.notInvitedWithinMonths ?? null,
  };
  const issues: CohortIssue[] = [];
  if (!isValidCampaignPeriod(startsOn, endsOn)) issues.push({ field: 'endsOn', key: 'validation.campaign.period' });
  if (!isValidReminderWeeks(input.reminderAfterWeeks)) issues.push({ field: 'reminderAfterWeeks', key: 'validation.campaign.reminderWeeks', params: { min: REMINDER_WEEKS_MIN, max: REMINDER_WEEKS_MAX } });
  const asRule: CohortRule = {
    age: cohort.cohortAge ?? 75,
    year: cohort.cohortYear ?? 2026,
    districtAreas: cohort.districtAreas,
    excludeCurrentCare: cohort.excludeCurrentCare,
    notInvitedWithinMonths: cohort.notInvitedWithinMonths,
  };
  // An empty age or year is allowed while the campaign is planned; fixing needs them.
  issues.push(...cohortRuleIssues(asRule).map((issue) => ({ ...issue, field: `cohortRule.${ruleField(issue.field)}` })));
  if (issues.length > 0) throw invalid(context, issues);
  return { name: input.name, startsOn, endsOn, targetDescription: input.targetDescription, ...(input.reminderAfterWeeks !== undefined ? { reminderAfterWeeks: input.reminderAfterWeeks } : {}), ...cohort };
}

const ruleField = (field: string) => ({ cohortAge: 'age', cohortYear: 'year' })[field] ?? field;

export function ruleOf(campaign: Pick<Campaign, 'cohortAge' | 'cohortYear' | 'districtAreas' | 'excludeCurrentCare' | 'notInvitedWithinMonths'>): Partial<CohortRule> {
  return {
    ...(campaign.cohortAge != null ? { age: campaign.cohortAge } : {}),
    ...(campaign.cohortYear != null ? { year: campaign.cohortYear } : {}),
    districtAreas: campaign.districtAreas,
    excludeCurrentCare: campaign.excludeCurrentCare,
    notInvitedWithinMonths: campaign.notInvitedWithinMonths ?? null,
  };
}

const sameRule = (a: Partial<CohortRule>, b: Partial<CohortRule>) => JSON.stringify(a) === JSON.stringify(b);

/** The campaign to change: NotFoundError when it is not there or not the actor's unit's. */
async function changeableCampaign(context: RequestContext, id: string): Promise<{ campaign: Campaign; actor: StaffActor }> {
  if (!doesOutreach(context.actor)) throw accessDenied(context);
  const campaign = await visibleCampaign(context, id, mayChangeCampaign);
  if (!campaign) throw new NotFoundFailure(context.t('error.campaignNotFound'));
  return { campaign, actor: context.actor };
}

builder.mutationField('createCampaign', (t) =>
  t.field({
    type: CampaignRef,
    description: 'Starts a planned campaign of your unit ("ny kampanj"). Outreach staff only. Errors: ValidationError.',
    errors: {},
    args: { input: t.arg({ type: CampaignInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      if (!mayCreateCampaign(context.actor)) throw accessDenied(context);
      const fields = checkedFields(context, input);
      const campaign = context.em.create(Campaign, { ...fields, status: 'PLANNED', unit: context.actor.unit, createdBy: context.actor.staffId });
      await context.em.flush();
      return campaign;
    },
  }),
);

const UpdateCampaignInput = builder.inputType('UpdateCampaignInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    campaign: t.field({ type: CampaignInput, required: true }),
  }),
});

builder.mutationField('updateCampaign', (t) =>
  t.field({
    type: CampaignRef,
    description:
      'Changes a campaign’s name, period, target and cohort rule. The rule cannot change once the cohort is fixed (ValidationError). Errors: NotFoundError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: UpdateCampaignInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { campaign } = await changeableCampaign(context, input.id);
      const fields = checkedFields(context, input.campaign);
      if (campaign.cohortFixedAt && !sameRule(ruleOf(campaign), ruleOf(fields))) throw invalid(context, [{ field: 'cohortRule', key: 'validation.cohort.fixed' }]);
      Object.assign(campaign, fields);
      await context.em.flush();
      return campaign;
    },
  }),
);

const ChangeCampaignStatusInput = builder.inputType('ChangeCampaignStatusInput', {
  fields: (t) => ({ id: t.id({ required: true }), status: t.field({ type: CampaignStatusEnum, required: true }) }),
});

builder.mutationField('changeCampaignStatus', (t) =>
  t.field({
    type: CampaignRef,
    description: 'Moves a campaign forward: planned → active → closed (or planned → closed). Errors: NotFoundError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: ChangeCampaignStatusInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { campaign } = await changeableCampaign(context, input.id);
      if (!canChangeCampaignStatus(campaign.status, input.status)) throw invalid(context, [{ field: 'status', key: 'validation.campaign.status' }]);
      campaign.status = input.status;
      await context.em.flush();
      return campaign;
    },
  }),
);

const FixCohortInput = builder.inputType('FixCohortInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

builder.mutationField('fixCohort', (t) =>
  t.field({
    type: CampaignRef,
    description:
      'Fixes the campaign’s cohort ("fastställ urvalet"): everyone the rule picks now becomes a member, and the rule cannot change after. Errors: NotFoundError, ValidationError (the rule is not complete), CohortAlreadyFixedError.',
    errors: { types: [CohortAlreadyFixedFailure] },
    args: { input: t.arg({ type: FixCohortInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { campaign } = await changeableCampaign(context, input.id);
      const alreadyFixed = (at: Date) => new CohortAlreadyFixedFailure(context.t('error.cohortAlreadyFixed'), at.toISOString());
      if (campaign.cohortFixedAt) throw alreadyFixed(campaign.cohortFixedAt);
      const rule = ruleOf(campaign);
      if (!isCompleteRule(rule)) throw invalid(context, [{ field: 'cohortRule', key: 'validation.cohort.incomplete' }]);
      const fixed = await context.em.transactional((em) => fixCohortRows(em, campaign.id, rule));
      await context.em.refresh(campaign);
      if (fixed === null) throw alreadyFixed(campaign.cohortFixedAt ?? new Date());
      return campaign;
    },
  }),
);

export const GenderCountsRef = builder.objectRef<{ women: number; men: number; total: number }>('CohortCounts').implement({
  description: 'How many a cohort holds, by legal gender ("kvinnor, män, totalt").',
  fields: (t) => ({
    women: t.exposeInt('women', { description: 'Legal gender female.' }),
    men: t.exposeInt('men', { description: 'Legal gender male.' }),
    total: t.exposeInt('total'),
  }),
});

builder.queryField('campaignCohortPreview', (t) =>
  t.field({
    type: GenderCountsRef,
    nullable: true,
    description:
      'How many a cohort rule picks today, by legal gender, before the cohort is fixed: the campaign’s own rule (`id`), or `rule` as the editor has it (with `id`, another campaign’s cohorts count for "not invited"). A fixed campaign answers its members. Numbers only. Null when the campaign is not yours or the rule is not complete. Outreach staff only.',
    authScopes: { role: 'OUTREACH' },
    args: { id: t.arg.id(), rule: t.arg({ type: CohortRuleInput }) },
    resolve: async (_root, args, context) => {
      const campaign = args.id ? await visibleCampaign(context, args.id) : null;
      if (args.id && !campaign) return null;
      if (campaign?.cohortFixedAt) return countMembers(context.em, campaign.id);
      const given = args.rule
        ? {
            age: args.rule.age ?? undefined,
            year: args.rule.year ?? undefined,
            districtAreas: normaliseAreas(args.rule.districtAreas),
            excludeCurrentCare: args.rule.excludeCurrentCare,
            notInvitedWithinMonths: args.rule.notInvitedWithinMonths ?? null,
          }
        : campaign
          ? ruleOf(campaign)
          : null;
      if (!given || !isCompleteRule(given)) return null;
      const issues = cohortRuleIssues(given);
      if (issues.length > 0) return null;
      return countCohort(context.em, given, campaign?.id ?? null);
    },
  }),
);

builder.queryField('campaignDistrictAreas', (t) =>
  t.stringList({
    description: 'The district areas residents are known to live in, for the cohort rule’s choices (no person data). Outreach staff only.',
    authScopes: { role: 'OUTREACH' },
    resolve: (_root, _args, context) => knownDistrictAreas(context.em),
  }),
);
