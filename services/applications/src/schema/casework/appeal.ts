import { COURT_NOTE_MAX_LENGTH, REGISTERED_APPEAL_TEXT_MAX_LENGTH } from '@omsorg/rules/applications';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { shortText, text, ValidationFailure, type RequestContext, type StaffActor } from '@omsorg/platform';
import { isAppealInTime } from '../../domain/appeal-deadline.ts';
import { OPEN_APPEAL_STATUSES } from '../../domain/appeal-eligibility.ts';
import type { DecisionIssue } from '../../domain/decision-rules.ts';
import { todayInStockholm } from '../../domain/stockholm-time.ts';
import { Appeal } from '../../entities/appeal.ts';
import type { Application } from '../../entities/application.ts';
import { Decision } from '../../entities/decision.ts';
import { checkCommunication, checkDelegation, prepareDecision, putInForce } from '../../queries/casework/decide.ts';
import { caseworkActor, checkPastDay, invalid, invalidField, notFound, pastDayIssue } from '../../queries/casework/scope.ts';
import { isUuid, staffCaseFilter } from '../../domain/access.ts';
import { loggedCase } from '../../queries/casework/case-reads.ts';
import { recordEvent } from '../../queries/events.ts';
import { builder } from '../builder.ts';
import { saveCaseWithMail } from '../../mail/case-mail.ts';
import { enqueueCareStatus } from '../../jobs/care-status.ts';
import { appealDecidedMailFor, appealReceivedMailFor } from '../../mail/step-mails.ts';
import type { AppealOutcome } from '../../mail/step-notices.ts';
import { DecideInput } from './decide.ts';
import { AppealStatusEnum } from './enums.ts';
import { DelegationFailure } from './errors.ts';
import { AppealRef, DecisionRef } from './refs.ts';

/** A registered appeal is often typed in from paper: longer than the web form allows. */
const COURT_OUTCOMES = ['COURT_UPHELD', 'COURT_CHANGED', 'COURT_DISMISSED'] as const;

AppealRef.implement({
  description: 'An appeal ("överklagande") of a decision: reconsidered by the unit, or forwarded to the administrative court.',
  fields: (t) => ({
    id: t.exposeID('id'),
    receivedOn: t.exposeString('receivedOn', { description: 'The day it reached the unit.' }),
    channel: t.exposeString('channel', { description: 'WEB or PAPER.' }),
    text: t.exposeString('text'),
    inTime: t.exposeBoolean('inTime', {
      description: 'Whether it arrived by the appeal deadline (three weeks from notification). A late appeal is kept; the court decides whether to dismiss it.',
    }),
    status: t.field({ type: AppealStatusEnum, resolve: (appeal) => appeal.status }),
    reconsideredAt: t.string({ nullable: true, resolve: (appeal) => appeal.reconsideredAt?.toISOString() ?? null }),
    forwardedOn: t.exposeString('forwardedOn', { nullable: true }),
    courtDecidedOn: t.exposeString('courtDecidedOn', { nullable: true }),
    courtNote: t.exposeString('courtNote', { nullable: true }),
    decision: t.field({
      type: DecisionRef,
      description: 'The appealed decision.',
      resolve: (appeal, _args, context) => context.em.findOneOrFail(Decision, appeal.decision.id),
    }),
  }),
});

function alreadyOpen(context: RequestContext): ValidationFailure {
  return invalidField(context, 'decisionId', 'validation.appeal.alreadyOpen');
}

/** An appeal in a case of the staff member's unit, with its decision and case; else not found. */
async function loadAppeal(context: RequestContext, actor: StaffActor, id: string): Promise<{ appeal: Appeal; decision: Decision; application: Application }> {
  const appeal = isUuid(id)
    ? await context.em.findOne(
        Appeal,
        { id, decision: { requestedService: { application: staffCaseFilter(actor) } } },
        { populate: ['decision.requestedService.application.requestedServices'] },
      )
    : null;
  if (!appeal) throw notFound(context);
  const decision = appeal.decision as Decision;
  return { appeal, decision, application: await loggedCase(context, 'CaseChange', decision.requestedService.application as Application) };
}

const RegisterAppealInput = builder.inputType('RegisterAppealInput', {
  fields: (t) => ({
    decisionId: t.id({ required: true }),
    receivedOn: t.string({ required: true, validate: shortText(), description: 'The day it reached the unit, YYYY-MM-DD (the postmark does not count).' }),
    text: t.string({
      required: true,
      description: `The appeal as received; 1 to ${REGISTERED_APPEAL_TEXT_MAX_LENGTH} characters.`,
      validate: text({ max: REGISTERED_APPEAL_TEXT_MAX_LENGTH, multiline: true }),
    }),
    channel: t.string({ required: true, validate: shortText(), description: 'WEB or PAPER.' }),
  }),
});

builder.mutationField('registerAppeal', (t) =>
  t.field({
    type: AppealRef,
    description:
      'Registers an appeal that came on paper or by other means ("registrera överklagande"). Whether it is in time is computed from the notification day. A decision has at most one open appeal (ValidationError).',
    errors: {},
    args: { input: t.arg({ type: RegisterAppealInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const decision = isUuid(input.decisionId)
        ? await context.em.findOne(
            Decision,
            { id: input.decisionId, requestedService: { application: staffCaseFilter(actor) } },
            { populate: ['requestedService.application.requestedServices'] },
          )
        : null;
      if (!decision) throw notFound(context);
      await loggedCase(context, 'CaseChange', decision.requestedService.application as Application);
      const issues: DecisionIssue[] = [];
      if (decision.status !== 'DECIDED' || !decision.notifiedOn) issues.push({ field: 'decisionId', key: 'validation.decision.notDecided' });
      const receivedIssue = pastDayIssue('receivedOn', input.receivedOn);
      if (receivedIssue) issues.push(receivedIssue);
      else if (decision.decidedAt && input.receivedOn < todayInStockholm(decision.decidedAt)) issues.push({ field: 'receivedOn', key: 'validation.appeal.receivedBeforeDecision' });
      const text = input.text.trim();
      if (!text) issues.push({ field: 'text', key: 'validation.required' });
      if (await context.em.count(Appeal, { decision, status: { $in: OPEN_APPEAL_STATUSES as Appeal['status'][] } })) issues.push({ field: 'decisionId', key: 'validation.appeal.alreadyOpen' });
      if (input.channel !== 'WEB' && input.channel !== 'PAPER') issues.push({ field: 'channel', key: 'validation.appeal.channel' });
      if (issues.length) throw invalid(context, issues);

      const application = decision.requestedService.application as Application;
      const appeal = context.em.create(Appeal, {
        decision,
        receivedOn: input.receivedOn,
        channel: input.channel as 'WEB' | 'PAPER',
        text,
        registeredById: actor.staffId,
        inTime: isAppealInTime(decision.notifiedOn!, input.receivedOn),
      });
      recordEvent(context.em, application, context.actor, 'APPEALED', { appealId: appeal.id, decisionId: decision.id, inTime: appeal.inTime, channel: appeal.channel });
      try {
        await saveCaseWithMail(context, application, [appealReceivedMailFor(appeal)]);
      } catch (error) {
        // Registered at the same moment as another appeal of the decision: the index keeps one.
        if (error instanceof UniqueConstraintViolationException) throw alreadyOpen(context);
        throw error;
      }
      return appeal;
    },
  }),
);

const ReconsiderAppealInput = builder.inputType('ReconsiderAppealInput', {
  fields: (t) => ({
    appealId: t.id({ required: true }),
    change: t.field({ type: DecideInput, required: true, description: 'The changed decision on the same requested service.' }),
  }),
});

builder.mutationField('reconsiderAppeal', (t) =>
  t.field({
    type: AppealRef,
    description:
      'Reconsiders an appeal and changes the decision ("omprövning"): the new decision supersedes the appealed one and the appeal becomes CHANGED_ON_RECONSIDERATION. The delegation order applies to the new decision.',
    errors: { types: [DelegationFailure] },
    args: { input: t.arg({ type: ReconsiderAppealInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const { appeal, decision: appealed } = await loadAppeal(context, actor, input.appealId);
      if (input.change.requestedServiceId !== appealed.requestedService.id) throw invalidField(context, 'change.requestedServiceId', 'validation.decision.otherService');
      const prepared = await prepareDecision(context, actor, input.change, 'change.');
      if (appeal.status !== 'RECEIVED') throw invalidField(context, 'appealId', 'validation.appeal.notOpen');
      if (appealed.status !== 'DECIDED') throw invalidField(context, 'appealId', 'validation.decision.notDecided');
      checkDelegation(context, actor, prepared.draft);
      checkCommunication(context, prepared, 'change.');

      appealed.status = 'SUPERSEDED';
      const changed = context.em.create(Decision, {
        requestedService: prepared.service,
        status: 'DECIDED',
        outcome: prepared.draft.outcome,
        motivation: prepared.draft.motivation,
        supersedes: appealed,
      });
      putInForce(context, actor, prepared, changed);
      appeal.status = 'CHANGED_ON_RECONSIDERATION';
      appeal.reconsideredAt = new Date();
      recordEvent(context.em, prepared.application, context.actor, 'APPEAL_RECONSIDERED', { appealId: appeal.id, supersededDecisionId: appealed.id, decisionId: changed.id });
      await saveCaseWithMail(context, prepared.application, [appealDecidedMailFor(appeal, 'CHANGED_ON_RECONSIDERATION')], undefined, (em) =>
        enqueueCareStatus(em, [prepared.application.applicantId]),
      );
      return appeal;
    },
  }),
);

const ForwardAppealInput = builder.inputType('ForwardAppealInput', {
  fields: (t) => ({
    appealId: t.id({ required: true }),
    forwardedOn: t.string({ required: true, validate: shortText(), description: 'YYYY-MM-DD' }),
  }),
});

builder.mutationField('forwardAppeal', (t) =>
  t.field({
    type: AppealRef,
    description:
      'Forwards an appeal to the administrative court ("överlämna till förvaltningsrätten") when the decision is not changed as asked. Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: ForwardAppealInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const { appeal, application } = await loadAppeal(context, actor, input.appealId);
      if (appeal.status !== 'RECEIVED' && appeal.status !== 'CHANGED_ON_RECONSIDERATION') throw invalidField(context, 'appealId', 'validation.appeal.notOpen');
      checkPastDay(context, 'forwardedOn', input.forwardedOn);
      if (input.forwardedOn < appeal.receivedOn) throw invalidField(context, 'forwardedOn', 'validation.period');
      appeal.status = 'FORWARDED_TO_COURT';
      appeal.forwardedOn = input.forwardedOn;
      recordEvent(context.em, application, context.actor, 'APPEAL_FORWARDED', { appealId: appeal.id, forwardedOn: input.forwardedOn });
      await saveCaseWithMail(context, application, [appealDecidedMailFor(appeal, 'FORWARDED_TO_COURT')]);
      return appeal;
    },
  }),
);

const RecordCourtOutcomeInput = builder.inputType('RecordCourtOutcomeInput', {
  fields: (t) => ({
    appealId: t.id({ required: true }),
    status: t.field({ type: AppealStatusEnum, required: true, description: 'COURT_UPHELD, COURT_CHANGED or COURT_DISMISSED.' }),
    decidedOn: t.string({ required: true, validate: shortText(), description: 'YYYY-MM-DD' }),
    note: t.string({
      description: `What the court said, in short; at most ${COURT_NOTE_MAX_LENGTH} characters.`,
      validate: text({ max: COURT_NOTE_MAX_LENGTH, multiline: true }).nullish(),
    }),
  }),
});

builder.mutationField('recordCourtOutcome', (t) =>
  t.field({
    type: AppealRef,
    description: 'Records the administrative court’s ruling on a forwarded appeal ("domstolens avgörande"). Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: RecordCourtOutcomeInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const { appeal, application } = await loadAppeal(context, actor, input.appealId);
      if (appeal.status !== 'FORWARDED_TO_COURT') throw invalidField(context, 'appealId', 'validation.appeal.notForwarded');
      if (!(COURT_OUTCOMES as readonly string[]).includes(input.status)) throw invalidField(context, 'status', 'validation.appeal.courtStatus');
      checkPastDay(context, 'decidedOn', input.decidedOn);
      appeal.status = input.status;
      appeal.courtDecidedOn = input.decidedOn;
      appeal.courtNote = input.note?.trim() || null;
      recordEvent(context.em, application, context.actor, 'COURT_OUTCOME', { appealId: appeal.id, status: input.status, decidedOn: input.decidedOn });
      await saveCaseWithMail(context, application, [appealDecidedMailFor(appeal, input.status as AppealOutcome)]);
      return appeal;
    },
  }),
);
