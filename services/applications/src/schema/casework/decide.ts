import type { Application } from '../../entities/application.ts';
import { Decision } from '../../entities/decision.ts';
import { prepareDecision, checkCommunication, checkDelegation, putInForce } from '../../queries/casework/decide.ts';
import { logCaseReads } from '../../queries/casework/case-reads.ts';
import { caseworkActor, invalidField, managerActor, saveCase } from '../../queries/casework/scope.ts';
import { staffCaseFilter } from '../../domain/access.ts';
import { recordEvent } from '../../queries/events.ts';
import { shortText, text } from '@omsorg/platform';
import { MOTIVATION_MAX_LENGTH } from '../../domain/decision-rules.ts';
import { COMMUNICATION_EXCEPTION_NOTE_MAX_LENGTH } from '../../domain/communication-before-decision.ts';
import { CommunicationExceptionEnum } from './communication.ts';
import { builder } from '../builder.ts';
import { saveCaseWithMail } from '../../mail/case-mail.ts';
import { decisionMail } from '../../mail/step-mails.ts';
import { DecisionOutcomeEnum } from './enums.ts';
import { DelegationFailure } from './errors.ts';
import { DecisionRef } from './refs.ts';
import { enqueueCareStatus } from '../../jobs/care-status.ts';

export const DecideInput = builder.inputType('DecideInput', {
  description: 'A decision on one requested service ("beslut per insats").',
  fields: (t) => ({
    requestedServiceId: t.id({ required: true, description: 'The requested service decided on; must be in a case of your unit.' }),
    applicationVersion: t.int({ required: true, description: 'The case version you saw; a stale one gives ConflictError.' }),
    outcome: t.field({ type: DecisionOutcomeEnum, required: true }),
    hoursPerMonth: t.int({ description: 'Home care only, 0..744 hours a month; required when home care is granted.' }),
    validFrom: t.string({ required: true, validate: shortText(), description: 'First day in force, YYYY-MM-DD.' }),
    validTo: t.string({ validate: shortText().nullish(), description: 'Last day in force, YYYY-MM-DD, not before validFrom; empty for until further notice.' }),
    legalProvisionId: t.id({ required: true, description: 'The legal basis, in force on validFrom (see legalProvisions).' }),
    motivation: t.string({ required: true, validate: text({ max: MOTIVATION_MAX_LENGTH, multiline: true }), description: 'Why ("motivering"), up to 10,000 characters.' }),
    notifiedOn: t.string({ validate: shortText().nullish(), description: 'The day the person is notified, YYYY-MM-DD; default: two days after the decision (by post). The appeal deadline is computed from it.' }),
    communicationException: t.field({
      type: CommunicationExceptionEnum,
      description:
        'Required to deny or grant in part before the investigation is communicated and answered (or its window passed): the exception in förvaltningslagen 25 § the decision is made under.',
    }),
    communicationExceptionNote: t.string({
      validate: text({ max: COMMUNICATION_EXCEPTION_NOTE_MAX_LENGTH, multiline: true }).nullish(),
      description: `Why the exception applies, up to ${COMMUNICATION_EXCEPTION_NOTE_MAX_LENGTH} characters; required with communicationException.`,
    }),
  }),
});

builder.mutationField('decide', (t) =>
  t.field({
    type: DecisionRef,
    description:
      'Decides a requested service ("fatta beslut"), or decides a caseworker’s proposal. The delegation order is enforced: nursing home, service flat, short-term stay and home care over 99 hours a month are decided by a manager (DelegationError names the role). A denial or partial grant needs the investigation communicated and answered or its window passed, or communicationException with a note (förvaltningslagen 25 §); otherwise ValidationError on communicationException says why. A granted service gets a follow-up; the case becomes DECIDED when every requested service is decided.',
    errors: { types: [DelegationFailure] },
    args: { input: t.arg({ type: DecideInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const prepared = await prepareDecision(context, actor, input);
      if (prepared.inForce) throw invalidField(context, 'requestedServiceId', 'validation.decision.alreadyDecided');
      checkDelegation(context, actor, prepared.draft);
      checkCommunication(context, prepared);
      // A manager deciding a proposal decides that very decision, so who proposed it stays on record.
      const [proposal, ...older] = prepared.proposals;
      for (const stale of older) stale.status = 'SUPERSEDED';
      const decision =
        proposal ??
        context.em.create(Decision, { requestedService: prepared.service, status: 'DECIDED', outcome: prepared.draft.outcome, motivation: prepared.draft.motivation });
      putInForce(context, actor, prepared, decision);
      // Outreach leaves people with current care services out of its cohorts (jobs/care-status.ts).
      await saveCaseWithMail(context, prepared.application, [decisionMail(decision)], undefined, (em) => enqueueCareStatus(em, [prepared.application.applicantId]));
      return decision;
    },
  }),
);

builder.mutationField('proposeDecision', (t) =>
  t.field({
    type: DecisionRef,
    description:
      'Proposes a decision for a manager to decide ("förslag till beslut"), e.g. one the delegation order reserves for a manager. A new proposal replaces an earlier one. Managers find proposals in decisionQueue.',
    errors: {},
    args: { input: t.arg({ type: DecideInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const prepared = await prepareDecision(context, actor, input);
      if (prepared.inForce) throw invalidField(context, 'requestedServiceId', 'validation.decision.alreadyDecided');
      for (const earlier of prepared.proposals) earlier.status = 'SUPERSEDED';
      const { draft } = prepared;
      const decision = context.em.create(Decision, {
        requestedService: prepared.service,
        status: 'PROPOSED',
        outcome: draft.outcome,
        hoursPerMonth: draft.hoursPerMonth,
        validFrom: draft.validFrom,
        validTo: draft.validTo,
        legalProvision: prepared.provision,
        motivation: draft.motivation,
        notifiedOn: draft.notifiedOn,
        communicationException: prepared.communicationChoice.exception,
        communicationExceptionNote: prepared.communicationChoice.exception ? prepared.communicationChoice.note : null,
        proposedById: actor.staffId,
      });
      recordEvent(context.em, prepared.application, context.actor, 'DECISION_PROPOSED', {
        decisionId: decision.id,
        requestedServiceId: prepared.service.id,
        serviceType: prepared.service.serviceType,
        outcome: draft.outcome,
        hoursPerMonth: draft.hoursPerMonth,
      });
      await saveCase(context, prepared.application);
      return decision;
    },
  }),
);

builder.queryField('decisionQueue', (t) =>
  t.field({
    type: [DecisionRef],
    description: 'Proposals waiting for a manager’s decision in your unit, oldest first ("beslutskö"). Managers only.',
    resolve: async (_root, _args, context) => {
      const actor = managerActor(context);
      const proposals = await context.em.find(
        Decision,
        { status: 'PROPOSED', requestedService: { application: staffCaseFilter(actor) } },
        { populate: ['requestedService.application'], orderBy: { createdAt: 'asc', id: 'asc' }, limit: 200 },
      );
      await logCaseReads(context, 'DecisionQueue', proposals.map((proposal) => proposal.requestedService.application as Application));
      return proposals;
    },
  }),
);
