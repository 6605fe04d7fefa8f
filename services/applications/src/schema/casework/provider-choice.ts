import { accessDenied, isPerson, pageArgs, text, toPage, type PageArgs, type RequestContext } from '@omsorg/platform';
import { isUuid, mayChooseProvider } from '../../domain/access.ts';
import { providerChoiceEventData } from '../../domain/case-events.ts';
import { choiceRefusal, type ChoiceRefusal } from '../../domain/provider-choice.ts';
import type { Application } from '../../entities/application.ts';
import { Decision } from '../../entities/decision.ts';
import { PROVIDER_CHOICE_CHANNELS, PROVIDER_CHOICE_MADE_BY, ProviderChoice } from '../../entities/provider-choice.ts';
import { Provider } from '../../entities/provider.ts';
import { loggedCase } from '../../queries/casework/case-reads.ts';
import { byKey } from '../../queries/casework/related.ts';
import { caseworkActor, invalidField, notFound } from '../../queries/casework/scope.ts';
import { recordEvent } from '../../queries/events.ts';
import { choiceFactsOf, providerOptionsOf } from '../../queries/providers/provider-choice.ts';
import { caseFilter } from '../../domain/access.ts';
import { builder } from '../builder.ts';
import { ProviderPage } from './provider.ts';
import { DecisionRef, ProviderRef } from './refs.ts';

export const MADE_BY_NAME_MAX_LENGTH = 200;

const ProviderChoiceMadeByEnum = builder.enumType('ProviderChoiceMadeBy', {
  description: 'Who chose: the person themself, or their representative ("ombud", "god man", "förvaltare").',
  values: PROVIDER_CHOICE_MADE_BY,
});
const ProviderChoiceChannelEnum = builder.enumType('ProviderChoiceChannel', {
  description: 'PORTAL: chosen in the citizen portal; PHONE: told to staff, who recorded it.',
  values: PROVIDER_CHOICE_CHANNELS,
});

const ProviderChoiceRef = builder.objectRef<ProviderChoice>('ProviderChoice').implement({
  description: 'The provider chosen for a granted service under free choice ("val av utförare", LOV), and who chose.',
  fields: (t) => ({
    id: t.exposeID('id'),
    decisionId: t.id({ resolve: (choice) => choice.decision.id }),
    provider: t.loadable({
      type: ProviderRef,
      load: async (ids: string[], context: RequestContext) =>
        byKey(ids, await context.em.find(Provider, { id: { $in: ids } }), (provider) => provider.id).map((provider) => provider ?? new Error('Provider not found')),
      resolve: (choice) => choice.provider.id,
    }),
    madeBy: t.field({ type: ProviderChoiceMadeByEnum, resolve: (choice) => choice.madeBy }),
    madeByName: t.exposeString('madeByName', { nullable: true, description: 'Who made a choice by phone, as staff wrote it down.' }),
    channel: t.field({ type: ProviderChoiceChannelEnum, resolve: (choice) => choice.channel }),
    chosenAt: t.string({ resolve: (choice) => choice.createdAt.toISOString() }),
  }),
});

builder.objectFields(DecisionRef, (t) => ({
  providerChoice: t.loadable({
    type: ProviderChoiceRef,
    nullable: true,
    description: 'The provider chosen for this service (LOV), the newest choice; null until one is made.',
    load: async (ids: string[], context: RequestContext) =>
      byKey(ids, await context.em.find(ProviderChoice, { decision: { $in: ids } }, { orderBy: { createdAt: 'desc', id: 'asc' } }), (choice) => choice.decision.id),
    resolve: (decision) => decision.id,
  }),
  providerOptions: t.loadable({
    type: ProviderPage,
    description:
      'The providers a person may choose among for this decision: those delivering the service in the person’s district area, the city’s own first. Empty unless the service is granted and the area known.',
    args: pageArgs(t.arg),
    // Batched over the page's decisions (all with the same paging, hence by path), from the decisions already loaded.
    byPath: true,
    load: async (decisions: Decision[], context: RequestContext, args: PageArgs) =>
      (await providerOptionsOf(context.em, decisions)).map((offered) => toPage(offered.slice(args.offset, args.offset + args.limit), offered.length, args)),
    loaderOptions: { cacheKeyFn: (decision: Decision) => decision.id },
    resolve: (decision) => decision,
  }),
}));

const REFUSAL: Record<ChoiceRefusal, { field: string; key: string }> = {
  NOT_GRANTED: { field: 'decisionId', key: 'validation.decision.notGranted' },
  ALREADY_ORDERED: { field: 'decisionId', key: 'validation.providerChoice.alreadyOrdered' },
  AREA_UNKNOWN: { field: 'decisionId', key: 'validation.providerChoice.areaUnknown' },
  NOT_OFFERED: { field: 'providerId', key: 'validation.providerChoice.notOffered' },
};

/** The decision with its case, if the actor may see the case; else not found. */
async function loadChoosable(context: RequestContext, decisionId: string): Promise<{ decision: Decision; application: Application }> {
  const cases = caseFilter(context.actor);
  const decision =
    cases && isUuid(decisionId) ? await context.em.findOne(Decision, { id: decisionId, status: 'DECIDED', requestedService: { application: cases } }, { populate: ['requestedService.application'] }) : null;
  if (!decision) throw notFound(context);
  const application = decision.requestedService.application as Application;
  if (!mayChooseProvider(context.actor, application)) throw accessDenied(context);
  return { decision, application };
}

/** Checks the provider against the rule, then records the choice. */
async function recordChoice(
  context: RequestContext,
  found: { decision: Decision; application: Application },
  providerId: string,
  made: Pick<ProviderChoice, 'madeBy' | 'madeByName' | 'channel' | 'recordedById'>,
): Promise<ProviderChoice> {
  const provider = isUuid(providerId) ? await context.em.findOne(Provider, { id: providerId }) : null;
  const refusal = choiceRefusal(await choiceFactsOf(context.em, found.decision, found.application), provider);
  if (refusal) throw invalidField(context, REFUSAL[refusal].field, REFUSAL[refusal].key);
  const choice = context.em.create(ProviderChoice, { decision: found.decision, provider: provider!, ...made });
  const service = found.decision.requestedService;
  recordEvent(
    context.em,
    found.application,
    context.actor,
    'PROVIDER_CHOSEN',
    providerChoiceEventData({ decisionId: found.decision.id, requestedServiceId: service.id, serviceType: service.serviceType, providerName: provider!.name, ...made, madeByName: made.madeByName ?? null }),
  );
  await context.em.flush();
  return choice;
}

const ChooseProviderInput = builder.inputType('ChooseProviderInput', {
  fields: (t) => ({
    decisionId: t.id({ required: true, description: 'A granted decision in force, not yet ordered.' }),
    providerId: t.id({ required: true, description: 'One of the decision’s providerOptions.' }),
  }),
});

builder.mutationField('chooseProvider', (t) =>
  t.field({
    type: ProviderChoiceRef,
    description:
      'The person, or a representative acting for them now, chooses the provider of a granted service ("välj utförare", LOV). A provider that does not deliver the service in the person’s area is refused. Errors: NotFoundError, ValidationError.',
    authScopes: { citizen: true },
    errors: {},
    args: { input: t.arg({ type: ChooseProviderInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = context.actor;
      if (!isPerson(actor)) throw accessDenied(context);
      const found = await loadChoosable(context, input.decisionId);
      const madeBy = actor.personId === found.application.applicantId ? 'PERSON' : 'REPRESENTATIVE';
      return recordChoice(context, found, input.providerId, { madeBy, madeByName: null, channel: 'PORTAL', recordedById: actor.personId });
    },
  }),
);

const RecordProviderChoiceInput = builder.inputType('RecordProviderChoiceInput', {
  fields: (t) => ({
    decisionId: t.id({ required: true }),
    providerId: t.id({ required: true }),
    madeBy: t.field({ type: ProviderChoiceMadeByEnum, required: true }),
    madeByName: t.string({
      description: `Who called, e.g. "Erik Andersson, son och ombud"; required when a representative chose. At most ${MADE_BY_NAME_MAX_LENGTH} characters.`,
      validate: text({ max: MADE_BY_NAME_MAX_LENGTH }).nullish(),
    }),
  }),
});

builder.mutationField('recordProviderChoice', (t) =>
  t.field({
    type: ProviderChoiceRef,
    description:
      'Records a choice of provider the person or their representative made by phone ("registrera val av utförare"). The same rule as in the portal: a provider that does not deliver the service in the person’s area is refused. Errors: NotFoundError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: RecordProviderChoiceInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = caseworkActor(context);
      const found = await loadChoosable(context, input.decisionId);
      await loggedCase(context, 'CaseChange', found.application);
      const madeByName = input.madeByName?.trim() || null;
      if (input.madeBy === 'REPRESENTATIVE' && !madeByName) throw invalidField(context, 'madeByName', 'validation.providerChoice.madeByName');
      return recordChoice(context, found, input.providerId, { madeBy: input.madeBy, madeByName, channel: 'PHONE', recordedById: actor.staffId });
    },
  }),
);
