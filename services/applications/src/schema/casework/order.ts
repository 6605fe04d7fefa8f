import { ORDER_GOALS_MAX_LENGTH } from '@omsorg/rules/applications';
import { shortText, text } from '@omsorg/platform';
import type { RequestContext, StaffActor } from '@omsorg/platform';
import { implementationPlanDueOn, isImplementationPlanMissing } from '../../domain/deadlines.ts';
import { isGranted } from '../../domain/decision-rules.ts';
import { chosenProviderIssues } from '../../domain/provider-choice.ts';
import { isDay, todayInStockholm } from '../../domain/stockholm-time.ts';
import type { Application } from '../../entities/application.ts';
import { Decision } from '../../entities/decision.ts';
import { Provider } from '../../entities/provider.ts';
import { ServiceOrder } from '../../entities/service-order.ts';
import { caseworkActor, checkPastDay, invalid, invalidField, notFound, saveCase } from '../../queries/casework/scope.ts';
import { isUuid, staffCaseFilter } from '../../domain/access.ts';
import { loggedCase } from '../../queries/casework/case-reads.ts';
import { recordEvent } from '../../queries/events.ts';
import { builder } from '../builder.ts';
import { saveCaseWithMail } from '../../mail/case-mail.ts';
import { enqueueProviderOrder, orderPlacedMailFor } from '../../mail/order-mails.ts';
import { currentChoice } from '../../queries/providers/provider-choice.ts';
import { DecisionRef, ProviderRef, ServiceOrderRef } from './refs.ts';

const GOALS_MAX_LENGTH = ORDER_GOALS_MAX_LENGTH;
const ORDER_CONTACT_MAX_LENGTH = 200;

ServiceOrderRef.implement({
  description: 'An order of a granted service from the provider the person chose ("beställning"), with goals for the implementation plan.',
  fields: (t) => ({
    id: t.exposeID('id'),
    provider: t.loadable({
      type: ProviderRef,
      load: async (ids: string[], context: RequestContext) => {
        const providers = await context.em.find(Provider, { id: { $in: ids } });
        return ids.map((id) => providers.find((provider) => provider.id === id) ?? new Error('Provider not found'));
      },
      resolve: (order) => order.provider.id,
    }),
    goals: t.exposeString('goals', { description: 'Goals of the service, the thread to the implementation plan ("mål").' }),
    startOn: t.exposeString('startOn'),
    orderedOn: t.exposeString('orderedOn'),
    planDueOn: t.string({ description: 'The day the implementation plan is due: 14 days after the order.', resolve: (order) => implementationPlanDueOn(order.orderedOn) }),
    planReceivedOn: t.exposeString('planReceivedOn', { nullable: true, description: 'When the provider’s implementation plan ("genomförandeplan") arrived.' }),
    planOverdue: t.boolean({
      description: 'The implementation plan is missing more than 14 days after the order: a deviation to follow up with the provider.',
      resolve: (order) => isImplementationPlanMissing({ orderedOn: order.orderedOn, planReceivedOn: order.planReceivedOn ?? null }, todayInStockholm()),
    }),
    deviationRaisedOn: t.exposeString('deviationRaisedOn', { nullable: true }),
  }),
});

/** A decision in a case of the staff member's unit, with its case; else not found. */
async function loadDecision(context: RequestContext, actor: StaffActor, id: string): Promise<{ decision: Decision; application: Application }> {
  const decision = isUuid(id)
    ? await context.em.findOne(Decision, { id, requestedService: { application: staffCaseFilter(actor) } }, { populate: ['requestedService.application.requestedServices'] })
    : null;
  if (!decision) throw notFound(context);
  return { decision, application: await loggedCase(context, 'CaseChange', decision.requestedService.application as Application) };
}

function requireGrantedInForce(context: RequestContext, decision: Decision): void {
  if (decision.status !== 'DECIDED') throw invalidField(context, 'decisionId', 'validation.decision.notDecided');
  if (!isGranted(decision.outcome)) throw invalidField(context, 'decisionId', 'validation.decision.notGranted');
}

const OrderServiceInput = builder.inputType('OrderServiceInput', {
  fields: (t) => ({
    decisionId: t.id({ required: true }),
    providerId: t.id({ required: true, description: 'The provider the person chose (see providers).' }),
    goals: t.string({ required: true, validate: text({ max: GOALS_MAX_LENGTH, multiline: true }) }),
    startOn: t.string({ required: true, validate: shortText(), description: 'YYYY-MM-DD' }),
    serviceAddress: t.string({
      validate: text({ max: ORDER_CONTACT_MAX_LENGTH }).nullish(),
      description: 'Where the service is given (street, postcode, town), for the provider’s order mail.',
    }),
    caseworkerName: t.string({ validate: text({ max: ORDER_CONTACT_MAX_LENGTH }).nullish(), description: 'The caseworker the provider contacts, for the order mail.' }),
    caseworkerPhone: t.string({ validate: text({ max: ORDER_CONTACT_MAX_LENGTH }).nullish(), description: 'The caseworker’s direct phone, for the order mail.' }),
  }),
});

builder.mutationField('orderService', (t) =>
  t.field({
    type: ServiceOrderRef,
    description:
      'Orders a granted service from the chosen provider ("beställ insats"). The implementation plan is due within 14 days. When the person chose a provider (LOV) the order goes to that one; a provider that does not deliver the service in the person’s area is refused. The provider gets the order by mail, the person (or representative) a mail saying who will provide the service. Errors: NotFoundError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: OrderServiceInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const { decision, application } = await loadDecision(context, actor, input.decisionId);
      requireGrantedInForce(context, decision);
      const provider = isUuid(input.providerId) ? await context.em.findOne(Provider, { id: input.providerId, active: true }) : null;
      if (!provider) throw notFound(context);
      const serviceType = decision.requestedService.serviceType;
      const issues = [];
      if (!provider.serviceTypes.includes(serviceType)) issues.push({ field: 'providerId', key: 'validation.order.providerService' });
      else {
        const choice = await currentChoice(context.em, decision.id);
        issues.push(...chosenProviderIssues(provider, { serviceType, area: application.districtArea ?? null }, choice?.provider.id ?? null));
      }
      const goals = input.goals.trim();
      if (!goals) issues.push({ field: 'goals', key: 'validation.required' });
      else if (goals.length > GOALS_MAX_LENGTH) issues.push({ field: 'goals', key: 'validation.tooLong', params: { maximum: GOALS_MAX_LENGTH } });
      if (!isDay(input.startOn)) issues.push({ field: 'startOn', key: 'validation.day' });
      if (issues.length) throw invalid(context, issues);

      const order = context.em.create(ServiceOrder, {
        decision,
        provider,
        goals,
        startOn: input.startOn,
        orderedOn: todayInStockholm(),
        orderedById: actor.staffId,
      });
      recordEvent(context.em, application, context.actor, 'ORDERED', {
        orderId: order.id,
        decisionId: decision.id,
        serviceType,
        providerId: provider.id,
        providerName: provider.name,
        startOn: input.startOn,
      });
      const contact = { serviceAddress: input.serviceAddress, caseworkerName: input.caseworkerName, caseworkerPhone: input.caseworkerPhone };
      await saveCaseWithMail(context, application, [orderPlacedMailFor(order)], (em) => enqueueProviderOrder(em, application, order, contact));
      return order;
    },
  }),
);

const RecordImplementationPlanInput = builder.inputType('RecordImplementationPlanInput', {
  fields: (t) => ({ orderId: t.id({ required: true }), receivedOn: t.string({ required: true, validate: shortText(), description: 'YYYY-MM-DD' }) }),
});

builder.mutationField('recordImplementationPlan', (t) =>
  t.field({
    type: ServiceOrderRef,
    description: 'Records that the provider’s implementation plan ("genomförandeplan") arrived. Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: RecordImplementationPlanInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const order = isUuid(input.orderId)
        ? await context.em.findOne(
            ServiceOrder,
            { id: input.orderId, decision: { requestedService: { application: staffCaseFilter(actor) } } },
            { populate: ['decision.requestedService.application.requestedServices'] },
          )
        : null;
      if (!order) throw notFound(context);
      await loggedCase(context, 'CaseChange', order.decision.requestedService.application as Application);
      checkPastDay(context, 'receivedOn', input.receivedOn);
      if (input.receivedOn < order.orderedOn) throw invalidField(context, 'receivedOn', 'validation.period');
      const application = order.decision.requestedService.application as Application;
      order.planReceivedOn = input.receivedOn;
      recordEvent(context.em, application, context.actor, 'IMPLEMENTATION_PLAN_RECEIVED', { orderId: order.id, receivedOn: input.receivedOn });
      await saveCase(context, application);
      return order;
    },
  }),
);

const RecordServiceStartInput = builder.inputType('RecordServiceStartInput', {
  fields: (t) => ({ decisionId: t.id({ required: true }), startedOn: t.string({ required: true, validate: shortText(), description: 'YYYY-MM-DD' }) }),
});

builder.mutationField('recordServiceStart', (t) =>
  t.field({
    type: DecisionRef,
    description: 'Records the day the provider started delivering ("verkställighet"); a granted service not started within three months is reported to IVO. Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: RecordServiceStartInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const { decision, application } = await loadDecision(context, actor, input.decisionId);
      requireGrantedInForce(context, decision);
      checkPastDay(context, 'startedOn', input.startedOn);
      decision.startedOn = input.startedOn;
      recordEvent(context.em, application, context.actor, 'SERVICE_STARTED', { decisionId: decision.id, startedOn: input.startedOn });
      await saveCase(context, application);
      return decision;
    },
  }),
);
