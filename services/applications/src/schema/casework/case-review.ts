import { shortText, text } from '@omsorg/platform';
import { CASE_REVIEW_TEXT_MAX_LENGTH } from '@omsorg/rules/applications';
import { isIsoWeek, isoWeekOf, todayInStockholm } from '../../domain/stockholm-time.ts';
import type { Application } from '../../entities/application.ts';
import { CaseReviewItem } from '../../entities/case-review-item.ts';
import { caseworkActor, invalidField, loadCase, managerActor, notFound, saveCase } from '../../queries/casework/scope.ts';
import { isUuid, staffCaseFilter } from '../../domain/access.ts';
import { logCaseReads, loggedCase } from '../../queries/casework/case-reads.ts';
import { recordEvent } from '../../queries/events.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { CaseReviewItemRef } from './refs.ts';
import { StaffMemberRef } from './staff-member.ts';

// The same limit as the staff portal's forms (@omsorg/rules).
const TEXT_MAX_LENGTH = CASE_REVIEW_TEXT_MAX_LENGTH;

CaseReviewItemRef.implement({
  description: 'A case on the agenda of the weekly joint case review ("ärendedragning"): housing and cases of principle, by the delegation order.',
  fields: (t) => ({
    id: t.exposeID('id'),
    application: t.field({ type: ApplicationRef, resolve: (item) => item.application as Application }),
    week: t.exposeString('week', { description: 'ISO week of the meeting, e.g. 2026-W48.' }),
    reason: t.exposeString('reason'),
    flaggedBy: t.field({ type: StaffMemberRef, resolve: (item) => ({ id: item.flaggedById }) }),
    flaggedAt: t.string({ resolve: (item) => item.flaggedAt.toISOString() }),
    outcome: t.exposeString('outcome', { nullable: true, description: 'What the review concluded; recorded by a manager.' }),
    outcomeRecordedAt: t.string({ nullable: true, resolve: (item) => item.outcomeRecordedAt?.toISOString() ?? null }),
  }),
});

builder.queryField('caseReviewAgenda', (t) =>
  t.field({
    type: [CaseReviewItemRef],
    description: 'The cases flagged for a week’s case review in your unit (default: this week), in the order they were flagged. Caseworkers and managers.',
    args: { week: t.arg.string({ validate: shortText().nullish(), description: 'ISO week, e.g. 2026-W48.' }) },
    resolve: async (_root, args, context) => {
      const actor = caseworkActor(context);
      const week = args.week ?? isoWeekOf(todayInStockholm());
      if (!isIsoWeek(week)) throw invalidField(context, 'week', 'validation.week');
      const items = await context.em.find(
        CaseReviewItem,
        { week, application: staffCaseFilter(actor) },
        { populate: ['application.requestedServices'], orderBy: { flaggedAt: 'asc', id: 'asc' }, limit: 200 },
      );
      await logCaseReads(context, 'CaseReview', items.map((item) => item.application as Application));
      return items;
    },
  }),
);

const FlagForCaseReviewInput = builder.inputType('FlagForCaseReviewInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    week: t.string({ required: true, validate: shortText(), description: 'ISO week of the meeting, e.g. 2026-W48.' }),
    reason: t.string({ required: true, validate: text({ max: TEXT_MAX_LENGTH, multiline: true }) }),
  }),
});

builder.mutationField('flagForCaseReview', (t) =>
  t.field({
    type: CaseReviewItemRef,
    description: 'Puts a case on a week’s case review agenda ("anmäl till ärendedragning"). Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: FlagForCaseReviewInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const application = await loadCase(context, actor, input.applicationId);
      if (!isIsoWeek(input.week)) throw invalidField(context, 'week', 'validation.week');
      const reason = input.reason.trim();
      if (!reason) throw invalidField(context, 'reason', 'validation.required');
      if (reason.length > TEXT_MAX_LENGTH) throw invalidField(context, 'reason', 'validation.tooLong', { maximum: TEXT_MAX_LENGTH });
      const item = context.em.create(CaseReviewItem, { application, week: input.week, reason, flaggedById: actor.staffId });
      recordEvent(context.em, application, context.actor, 'FLAGGED_FOR_CASE_REVIEW', { itemId: item.id, week: input.week });
      await saveCase(context, application);
      return item;
    },
  }),
);

const RecordCaseReviewOutcomeInput = builder.inputType('RecordCaseReviewOutcomeInput', {
  fields: (t) => ({ itemId: t.id({ required: true }), outcome: t.string({ required: true, validate: text({ max: TEXT_MAX_LENGTH, multiline: true }) }) }),
});

builder.mutationField('recordCaseReviewOutcome', (t) =>
  t.field({
    type: CaseReviewItemRef,
    description: 'Records what the case review concluded. Managers only. Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: RecordCaseReviewOutcomeInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = managerActor(context);
      const item = isUuid(input.itemId)
        ? await context.em.findOne(CaseReviewItem, { id: input.itemId, application: staffCaseFilter(actor) }, { populate: ['application.requestedServices'] })
        : null;
      if (!item) throw notFound(context);
      await loggedCase(context, 'CaseChange', item.application as Application);
      const outcome = input.outcome.trim();
      if (!outcome) throw invalidField(context, 'outcome', 'validation.required');
      if (outcome.length > TEXT_MAX_LENGTH) throw invalidField(context, 'outcome', 'validation.tooLong', { maximum: TEXT_MAX_LENGTH });
      const application = item.application as Application;
      Object.assign(item, { outcome, outcomeRecordedById: actor.staffId, outcomeRecordedAt: new Date() });
      recordEvent(context.em, application, context.actor, 'CASE_REVIEW_OUTCOME', { itemId: item.id, week: item.week });
      await saveCase(context, application);
      return item;
    },
  }),
);
