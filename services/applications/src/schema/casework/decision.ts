import type { RequestContext } from '@omsorg/platform';
import { OPEN_APPEAL_STATUSES } from '../../domain/appeal-eligibility.ts';
import { Appeal } from '../../entities/appeal.ts';
import { Decision } from '../../entities/decision.ts';
import { FollowUp } from '../../entities/follow-up.ts';
import { LegalProvision } from '../../entities/legal-provision.ts';
import { RequestedService } from '../../entities/requested-service.ts';
import { ServiceOrder } from '../../entities/service-order.ts';
import { applicationsOfDecisions, byKey } from '../../queries/casework/related.ts';
import { visibleDecisionStatuses } from '../../domain/access.ts';
import { ApplicationRef, RequestedServiceRef } from '../application.ts';
import { builder } from '../builder.ts';
import { DecisionOutcomeEnum, DecisionStatusEnum } from './enums.ts';
import { AppealRef, DecisionRef, FollowUpRef, LegalProvisionRef, ServiceOrderRef } from './refs.ts';
import { StaffMemberRef, staffReference } from './staff-member.ts';

const NOT_APPEALABLE = '-';

/** The decision that counts now: the one in force, else (for staff) the open proposal. */
function currentDecision(decisions: Decision[]): Decision | null {
  return decisions.find((decision) => decision.status === 'DECIDED') ?? decisions.find((decision) => decision.status === 'PROPOSED') ?? null;
}

async function decisionsOf(requestedServiceIds: readonly string[], context: RequestContext): Promise<Decision[]> {
  return context.em.find(
    Decision,
    { requestedService: { $in: [...requestedServiceIds] }, status: { $in: visibleDecisionStatuses(context.actor) } },
    { orderBy: { createdAt: 'desc', id: 'asc' } },
  );
}

builder.objectFields(RequestedServiceRef, (t) => ({
  decision: t.loadable({
    type: DecisionRef,
    nullable: true,
    description: 'The decision on this service that counts now ("beslut"): the one in force; for staff, else an open proposal.',
    load: async (ids: string[], context: RequestContext) => byKey(ids, await decisionsOf(ids, context), (decision) => decision.requestedService.id, currentDecision),
    resolve: (service) => service.id,
  }),
  decisions: t.loadableGroup({
    type: DecisionRef,
    description: 'Every decision on this service, newest first, superseded ones included (proposals for staff only).',
    load: (ids: string[], context: RequestContext) => decisionsOf(ids, context),
    group: (decision) => decision.requestedService.id,
    resolve: (service) => service.id,
  }),
}));

DecisionRef.implement({
  description: 'A decision ("beslut") on one requested service: outcome, scope, validity, legal basis and motivation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: DecisionStatusEnum, resolve: (decision) => decision.status }),
    outcome: t.field({ type: DecisionOutcomeEnum, resolve: (decision) => decision.outcome }),
    hoursPerMonth: t.exposeInt('hoursPerMonth', { nullable: true, description: 'Home care only: hours per month ("ramtid").' }),
    validFrom: t.exposeString('validFrom', { nullable: true }),
    validTo: t.exposeString('validTo', { nullable: true, description: 'Null for a decision until further notice ("tills vidare").' }),
    legalProvision: t.loadable({
      type: LegalProvisionRef,
      nullable: true,
      load: async (ids: string[], context: RequestContext) => byKey(ids, await context.em.find(LegalProvision, { id: { $in: ids } }), (provision) => provision.id),
      resolve: (decision) => decision.legalProvision?.id ?? null,
    }),
    motivation: t.exposeString('motivation', { description: 'Why ("motivering"), as written in the decision letter.' }),
    decidedAt: t.string({ nullable: true, resolve: (decision) => decision.decidedAt?.toISOString() ?? null }),
    notifiedOn: t.exposeString('notifiedOn', { nullable: true, description: 'The day the person is taken to have received the decision.' }),
    appealDeadline: t.exposeString('appealDeadline', {
      nullable: true,
      description: 'The last day an appeal may reach the unit: three weeks from notification, moved past non-working days. Computed, never typed.',
    }),
    startedOn: t.exposeString('startedOn', { nullable: true, description: 'The day the provider started delivering ("verkställt").' }),
    decidedBy: t.field({ type: StaffMemberRef, nullable: true, resolve: (decision) => staffReference(decision.decidedById) }),
    proposedBy: t.field({ type: StaffMemberRef, nullable: true, resolve: (decision) => staffReference(decision.proposedById) }),
    requestedService: t.loadable({
      type: RequestedServiceRef,
      description: 'The requested service decided on.',
      load: async (ids: string[], context: RequestContext) => {
        const services = await context.em.find(RequestedService, { id: { $in: ids } });
        return byKey(ids, services, (service) => service.id).map((service) => service ?? new Error('Requested service not found'));
      },
      resolve: (decision) => decision.requestedService.id,
    }),
    application: t.loadable({
      type: ApplicationRef,
      description: 'The case the decision belongs to.',
      load: (ids: string[], context: RequestContext) => applicationsOfDecisions(ids, context),
      resolve: (decision) => decision.id,
    }),
    appeals: t.loadableGroup({
      type: AppealRef,
      description: 'Appeals of this decision, oldest first.',
      load: (ids: string[], context: RequestContext) => context.em.find(Appeal, { decision: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      group: (appeal) => appeal.decision.id,
      resolve: (decision) => decision.id,
    }),
    order: t.loadable({
      type: ServiceOrderRef,
      nullable: true,
      description: 'The latest order of this service from a provider ("beställning").',
      load: async (ids: string[], context: RequestContext) =>
        byKey(ids, await context.em.find(ServiceOrder, { decision: { $in: ids } }, { orderBy: { createdAt: 'desc', id: 'asc' } }), (order) => order.decision.id),
      resolve: (decision) => decision.id,
    }),
    followUps: t.loadableGroup({
      type: FollowUpRef,
      description: 'Follow-ups of this decision ("uppföljningar"), by due day.',
      load: (ids: string[], context: RequestContext) => context.em.find(FollowUp, { decision: { $in: ids } }, { orderBy: { dueOn: 'asc', id: 'asc' } }),
      group: (followUp) => followUp.decision.id,
      resolve: (decision) => decision.id,
    }),
    canAppeal: t.loadable({
      type: 'Boolean',
      description: 'Whether it can be appealed now: decided, not superseded, no appeal open. A late appeal is still accepted (and marked late).',
      load: async (keys: string[], context: RequestContext) => {
        const ids = keys.filter((key) => key !== NOT_APPEALABLE);
        const open = ids.length ? await context.em.find(Appeal, { decision: { $in: ids }, status: { $in: OPEN_APPEAL_STATUSES as Appeal['status'][] } }) : [];
        const blocked = new Set(open.map((appeal) => appeal.decision.id));
        return keys.map((key) => key !== NOT_APPEALABLE && !blocked.has(key));
      },
      // Proposals and superseded decisions cannot be appealed whatever their appeals are.
      resolve: (decision) => (decision.status === 'DECIDED' ? decision.id : NOT_APPEALABLE),
    }),
  }),
});
