import { FOLLOW_UP_NOTE_MAX_LENGTH } from '@omsorg/rules/applications';
import { definePage, toPage, type RequestContext, shortText, text } from '@omsorg/platform';
import { addDaysTo } from '../../domain/calendar.ts';
import { isDay, todayInStockholm } from '../../domain/stockholm-time.ts';
import type { Application } from '../../entities/application.ts';
import { Decision } from '../../entities/decision.ts';
import { FollowUp } from '../../entities/follow-up.ts';
import { scheduleFollowUp } from '../../queries/casework/decide.ts';
import { applicationsOfDecisions, byIds } from '../../queries/casework/related.ts';
import { caseworkActor, invalidField, notFound, saveCase } from '../../queries/casework/scope.ts';
import { isUuid, staffCaseFilter } from '../../domain/access.ts';
import { logCaseReads, loggedCase } from '../../queries/casework/case-reads.ts';
import { recordEvent } from '../../queries/events.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { FOLLOW_UP_OUTCOMES, FollowUpOutcomeEnum } from './enums.ts';
import { staffPageArgs } from './page.ts';
import { DecisionRef, FollowUpRef } from './refs.ts';

/** How far ahead followUpsDue looks by default, so staff can plan the coming month. */
export const FOLLOW_UP_HORIZON_DAYS = 30;
const NOTE_MAX_LENGTH = FOLLOW_UP_NOTE_MAX_LENGTH;

FollowUpRef.implement({
  description: 'A follow-up of a decision ("uppföljning"): at least yearly, and when a time-limited decision ends.',
  fields: (t) => ({
    id: t.exposeID('id'),
    dueOn: t.exposeString('dueOn'),
    reason: t.exposeString('reason', { description: 'DECISION_ENDS (a time-limited decision ends) or YEARLY.' }),
    completedOn: t.exposeString('completedOn', { nullable: true }),
    outcome: t.field({ type: FollowUpOutcomeEnum, nullable: true, resolve: (followUp) => followUp.outcome ?? null }),
    note: t.exposeString('note', { nullable: true }),
    overdue: t.boolean({ description: 'Not done and its day has passed.', resolve: (followUp) => !followUp.completedOn && followUp.dueOn < todayInStockholm() }),
    decision: t.loadable({
      type: DecisionRef,
      load: async (ids: string[], context: RequestContext) => (await byIds(Decision, ids, context)).map((decision) => decision ?? new Error('Decision not found')),
      resolve: (followUp) => followUp.decision.id,
    }),
    application: t.loadable({
      type: ApplicationRef,
      load: (ids: string[], context: RequestContext) => applicationsOfDecisions(ids, context),
      resolve: (followUp) => followUp.decision.id,
    }),
  }),
});

const FollowUpPage = definePage(builder, 'FollowUp', FollowUpRef);

builder.queryField('followUpsDue', (t) =>
  t.field({
    type: FollowUpPage,
    description: `Follow-ups not yet done of decisions in force in your unit, due on or before \`before\` (default: ${FOLLOW_UP_HORIZON_DAYS} days from today), earliest first.`,
    args: { before: t.arg.string({ validate: shortText().nullish(), description: 'YYYY-MM-DD, inclusive.' }), ...staffPageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      const actor = caseworkActor(context);
      const before = args.before ?? addDaysTo(todayInStockholm(), FOLLOW_UP_HORIZON_DAYS);
      if (!isDay(before)) throw invalidField(context, 'before', 'validation.day');
      const [nodes, totalCount] = await context.em.findAndCount(
        FollowUp,
        { completedOn: null, dueOn: { $lte: before }, decision: { status: 'DECIDED', requestedService: { application: staffCaseFilter(actor) } } },
        { populate: ['decision.requestedService.application'], orderBy: { dueOn: 'asc', id: 'asc' }, limit: args.limit, offset: args.offset },
      );
      await logCaseReads(context, 'FollowUps', nodes.map((followUp) => followUp.decision.requestedService.application as Application));
      return toPage(nodes, totalCount, args);
    },
  }),
);

const CompleteFollowUpInput = builder.inputType('CompleteFollowUpInput', {
  fields: (t) => ({
    followUpId: t.id({ required: true }),
    outcome: t.field({ type: FollowUpOutcomeEnum, required: true }),
    note: t.string({ required: true, validate: text({ max: NOTE_MAX_LENGTH, multiline: true }) }),
  }),
});

builder.mutationField('completeFollowUp', (t) =>
  t.field({
    type: FollowUpRef,
    description: 'Records a follow-up ("genomförd uppföljning"). CONTINUE schedules the next one (yearly, or when the decision ends). Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: CompleteFollowUpInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const followUp = isUuid(input.followUpId)
        ? await context.em.findOne(
            FollowUp,
            { id: input.followUpId, decision: { requestedService: { application: staffCaseFilter(actor) } } },
            { populate: ['decision.requestedService.application.requestedServices'] },
          )
        : null;
      if (!followUp) throw notFound(context);
      await loggedCase(context, 'CaseChange', followUp.decision.requestedService.application as Application);
      if (followUp.completedOn) throw invalidField(context, 'followUpId', 'validation.followUp.done');
      const note = input.note.trim();
      if (!note) throw invalidField(context, 'note', 'validation.required');
      if (note.length > NOTE_MAX_LENGTH) throw invalidField(context, 'note', 'validation.tooLong', { maximum: NOTE_MAX_LENGTH });
      if (!(FOLLOW_UP_OUTCOMES as readonly string[]).includes(input.outcome)) throw invalidField(context, 'outcome', 'validation.invalid');

      const decision = followUp.decision;
      const application = decision.requestedService.application as Application;
      const today = todayInStockholm();
      Object.assign(followUp, { completedOn: today, completedById: actor.staffId, outcome: input.outcome, note });
      recordEvent(context.em, application, context.actor, 'FOLLOW_UP_DONE', { followUpId: followUp.id, decisionId: decision.id, outcome: input.outcome });
      const stillInForce = decision.status === 'DECIDED' && (!decision.validTo || decision.validTo > today);
      if (input.outcome === 'CONTINUE' && stillInForce) scheduleFollowUp(context, application, decision, today, decision.validTo ?? null);
      await saveCase(context, application);
      return followUp;
    },
  }),
);
