import { ValidationFailure, type RequestContext, type StaffActor } from '@omsorg/platform';
import {
  communicationIssues,
  communicationStatus,
  exceptionToRecord,
  type CommunicationChoice,
  type CommunicationException,
  type CommunicationStatus,
} from '../../domain/communication-before-decision.ts';
import { followUpDueOn } from '../../domain/deadlines.ts';
import { canDecide, HOME_CARE_CASEWORKER_MAX_HOURS } from '../../domain/delegation.ts';
import { decisionIssues, isGranted, notificationDay, type DecisionDraft } from '../../domain/decision-rules.ts';
import { appealDeadline } from '../../domain/appeal-deadline.ts';
import { isDay, todayInStockholm, writeDay } from '../../domain/stockholm-time.ts';
import type { Application } from '../../entities/application.ts';
import { Decision } from '../../entities/decision.ts';
import { FollowUp } from '../../entities/follow-up.ts';
import { Investigation } from '../../entities/investigation.ts';
import { LegalProvision } from '../../entities/legal-provision.ts';
import { RequestedService } from '../../entities/requested-service.ts';
import { DelegationFailure } from '../../schema/casework/errors.ts';
import { recordEvent } from '../events.ts';
import { loggedCase } from './case-reads.ts';
import { checkVersion, invalid, invalidField, notFound } from './scope.ts';
import { isUuid, staffCaseFilter } from '../../domain/access.ts';

export type DecideFields = {
  requestedServiceId: string;
  applicationVersion: number;
  outcome: DecisionDraft['outcome'];
  hoursPerMonth?: number | null;
  validFrom: string;
  validTo?: string | null;
  legalProvisionId: string;
  motivation: string;
  notifiedOn?: string | null;
  communicationException?: CommunicationException | null;
  communicationExceptionNote?: string | null;
};

export type PreparedDecision = {
  application: Application;
  service: RequestedService;
  provision: LegalProvision;
  draft: DecisionDraft;
  /** The service's decision in force, if any. */
  inForce: Decision | null;
  /** Open proposals for the service. */
  proposals: Decision[];
  /** Requested services of the case that already have a decision in force. */
  decidedServiceIds: Set<string>;
  /** Where communication before the decision stands today, and the exception chosen, if any. */
  communication: CommunicationStatus;
  communicationChoice: CommunicationChoice;
};

/**
 * Checks a decision before anything is written, in the order a user can act on: the service
 * must be in a case of the staff member's unit (else not found), the case unchanged since it
 * was read (else conflict), and the decision itself valid (else what to correct).
 */
export async function prepareDecision(context: RequestContext, actor: StaffActor, input: DecideFields, fieldPrefix = ''): Promise<PreparedDecision> {
  if (!isUuid(input.requestedServiceId)) throw notFound(context, 'error.caseNotFound');
  const service = await context.em.findOne(
    RequestedService,
    { id: input.requestedServiceId, application: staffCaseFilter(actor) },
    { populate: ['application.requestedServices'] },
  );
  if (!service) throw notFound(context, 'error.caseNotFound');
  const application = await loggedCase(context, 'CaseChange', service.application as Application);
  checkVersion(context, application, input.applicationVersion);
  if (application.status === 'CLOSED') throw invalidField(context, `${fieldPrefix}requestedServiceId`, 'validation.decision.caseClosed');

  const draft: DecisionDraft = {
    serviceType: service.serviceType,
    outcome: input.outcome,
    hoursPerMonth: input.hoursPerMonth ?? null,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    motivation: input.motivation,
    notifiedOn: input.notifiedOn ?? null,
  };
  const communicationChoice: CommunicationChoice = {
    outcome: draft.outcome,
    exception: input.communicationException ?? null,
    note: input.communicationExceptionNote?.trim() || null,
  };
  const issues = decisionIssues(draft);
  if (draft.notifiedOn && isDay(draft.notifiedOn) && draft.notifiedOn < todayInStockholm()) issues.push({ field: 'notifiedOn', key: 'validation.decision.notifiedBeforeDecision' });
  const provision = isUuid(input.legalProvisionId) ? await context.em.findOne(LegalProvision, { id: input.legalProvisionId }) : null;
  const provisionInForce = provision && provision.validFrom <= draft.validFrom && (!provision.validTo || provision.validTo >= draft.validFrom);
  if (!provisionInForce && !issues.some((issue) => issue.field === 'validFrom')) {
    issues.push({ field: 'legalProvisionId', key: 'validation.legalProvision.notValid' });
  } else if (provision && provision.serviceTypes.length > 0 && !provision.serviceTypes.includes(service.serviceType)) {
    // A provision with no service types (older rows) is not refused: staff have not sorted it yet.
    issues.push({ field: 'legalProvisionId', key: 'validation.legalProvision.otherService' });
  }
  if (issues.length > 0 || !provision) throw invalid(context, issues, fieldPrefix);
  // Everything is read before anything changes, so no query flushes half a change.
  const current = await context.em.find(Decision, { requestedService: { application }, status: { $in: ['DECIDED', 'PROPOSED'] } });
  const investigation = await context.em.findOne(Investigation, { application });
  const communication = communicationStatus(investigation, todayInStockholm());
  return {
    application,
    service,
    provision,
    draft: { ...draft, motivation: draft.motivation.trim() },
    inForce: current.find((decision) => decision.status === 'DECIDED' && decision.requestedService.id === service.id) ?? null,
    proposals: current.filter((decision) => decision.status === 'PROPOSED' && decision.requestedService.id === service.id),
    decidedServiceIds: new Set(current.filter((decision) => decision.status === 'DECIDED').map((decision) => decision.requestedService.id)),
    communication,
    communicationChoice,
  };
}

/**
 * Refuses a decision against the applicant made before the investigation was communicated and
 * answered (or its window passed) without an exception from förvaltningslagen 25 § and a note
 * saying why. The message says which: not communicated, or the window open until its last day.
 */
export function checkCommunication(context: RequestContext, prepared: PreparedDecision, fieldPrefix = ''): void {
  const issues = communicationIssues(prepared.communicationChoice, prepared.communication);
  if (issues.length === 0) return;
  const messages = issues.map((issue) => {
    const params = issue.params && typeof issue.params.date === 'string' ? { ...issue.params, date: writeDay(issue.params.date, context.locale, { weekday: true }) } : issue.params;
    return { field: fieldPrefix + issue.field, message: context.t(issue.key, params) };
  });
  throw new ValidationFailure(messages[0]!.message, messages);
}

/** Refuses a decision the delegation order reserves for someone else, saying who decides. */
export function checkDelegation(context: RequestContext, actor: StaffActor, draft: DecisionDraft): void {
  const check = canDecide(actor.roles, draft.serviceType, draft.hoursPerMonth);
  if (check.allowed) return;
  const message =
    check.reason === 'HOURS_ABOVE_LIMIT'
      ? context.t('delegation.hoursAboveLimit', { limit: HOME_CARE_CASEWORKER_MAX_HOURS })
      : context.t('delegation.reservedService', { service: context.t(`serviceType.${draft.serviceType}`) });
  throw new DelegationFailure(message, check.requiredRole);
}

/**
 * Makes a decision take effect: notification day (given, or two days by post), the appeal
 * deadline computed from it, a follow-up for a granted service, the events, and the case
 * DECIDED once every requested service has a decision in force.
 */
export function putInForce(context: RequestContext, actor: StaffActor, prepared: PreparedDecision, decision: Decision): void {
  const { application, service, provision, draft } = prepared;
  // Callers check before changing anything; checked here too, so no path can put a decision in force without it.
  checkCommunication(context, prepared);
  const now = new Date();
  const decidedOn = todayInStockholm(now);
  const notifiedOn = notificationDay(decidedOn, draft.notifiedOn);
  const exception = exceptionToRecord(prepared.communicationChoice, prepared.communication);
  Object.assign(decision, {
    status: 'DECIDED',
    outcome: draft.outcome,
    hoursPerMonth: draft.hoursPerMonth,
    validFrom: draft.validFrom,
    validTo: draft.validTo,
    legalProvision: provision,
    motivation: draft.motivation,
    decidedById: actor.staffId,
    decidedAt: now,
    notifiedOn,
    appealDeadline: appealDeadline(notifiedOn),
    communicationException: exception?.exception ?? null,
    communicationExceptionNote: exception?.note ?? null,
  });
  recordEvent(context.em, application, context.actor, 'DECIDED', {
    decisionId: decision.id,
    requestedServiceId: service.id,
    serviceType: service.serviceType,
    outcome: draft.outcome,
    hoursPerMonth: draft.hoursPerMonth,
    validFrom: draft.validFrom,
    validTo: draft.validTo,
    appealDeadline: decision.appealDeadline,
    ...(exception ? { communicationException: exception.exception } : {}),
  });
  if (isGranted(draft.outcome)) scheduleFollowUp(context, application, decision, draft.validFrom, draft.validTo);

  const decided = new Set([...prepared.decidedServiceIds, service.id]);
  const everyServiceDecided = application.requestedServices.getItems().every((requested) => decided.has(requested.id));
  if (everyServiceDecided && application.status !== 'DECIDED') {
    application.status = 'DECIDED';
    application.decidedAt ??= now;
  }
}

/** Plans the next follow-up: at least yearly, and when a time-limited decision ends. */
export function scheduleFollowUp(context: RequestContext, application: Application, decision: Decision, from: string, validTo: string | null): FollowUp {
  const due = followUpDueOn({ validFrom: from, validTo });
  const followUp = context.em.create(FollowUp, { decision, dueOn: due.dueOn, reason: due.reason });
  recordEvent(context.em, application, context.actor, 'FOLLOW_UP_SCHEDULED', { decisionId: decision.id, followUpId: followUp.id, dueOn: due.dueOn, reason: due.reason });
  return followUp;
}
