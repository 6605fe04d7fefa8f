import { definePage, pageArgs, text, toPage, type RequestContext } from '@omsorg/platform';
import { optionalDay } from '@omsorg/rules';
import { z } from 'zod';
import { DEVIATION_STATUSES, DEVIATION_TEXT_MAX_LENGTH, PROVIDER_NAME_MAX_LENGTH } from '../domain/deviations.ts';
import { Deviation } from '../entities/deviation.ts';
import { invalid, qualityActor, todayInStockholm, unitRecord, visibleUnitRecord } from '../quality/shared.ts';
import { builder } from './builder.ts';

/*
 * The deviation register ("avvikelser"): the unit's quality council and managers list, register,
 * close and escalate deviations (domain/quality-access.ts). Raised ones come from applications
 * through jobs/deviation-raised.ts.
 */

export const DeviationKindEnum = builder.enumType('DeviationKind', {
  description: 'What kind of deviation ("typ av avvikelse").',
  values: {
    IMPLEMENTATION_PLAN_MISSING: { description: 'The provider’s implementation plan is more than 14 days late ("genomförandeplan saknas"); raised by applications.' },
    OTHER: { description: 'Any other deviation, registered by staff ("övrig avvikelse").' },
  },
});

export const DeviationStatusEnum = builder.enumType('DeviationStatus', {
  description: 'Open or closed ("öppen", "avslutad").',
  values: DEVIATION_STATUSES,
});

export const DeviationTargetEnum = builder.enumType('DeviationTarget', {
  description: 'Whom a deviation or a quality matter is against ("riktad mot"): the FEEDBACK_TARGETS of @omsorg/rules/feedback.',
  values: {
    UNIT: { description: 'The unit itself ("beställarenheten").' },
    HOME_CARE_PROVIDER: { description: 'A home-care provider ("hemtjänstutförare").' },
    NURSING_HOME: { description: 'A nursing home ("vård- och omsorgsboende").' },
    TRANSPORT: { description: 'Transport ("färdtjänst, turbundna resor").' },
    REGION: { description: 'The region ("Region Stockholm").' },
  },
});

export const DeviationRef = builder.objectRef<Deviation>('Deviation').implement({
  description: 'A deviation ("avvikelse") in the unit’s register. For the unit’s quality council and managers.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: DeviationKindEnum, resolve: (d) => d.kind }),
    unit: t.exposeString('unit'),
    target: t.field({ type: DeviationTargetEnum, resolve: (d) => d.target }),
    providerName: t.exposeString('providerName', { nullable: true, description: 'The provider or organisation it is against, when named.' }),
    description: t.exposeString('description', { nullable: true, description: 'What happened, as staff wrote it; empty for a raised deviation.' }),
    applicationId: t.exposeID('applicationId', { nullable: true, description: 'The case it concerns (read under the case’s own rules).' }),
    raisedOn: t.exposeString('raisedOn', { description: 'The day it was raised, YYYY-MM-DD.' }),
    status: t.field({ type: DeviationStatusEnum, resolve: (d) => d.status }),
    closingNote: t.exposeString('closingNote', { nullable: true }),
    closedAt: t.string({ nullable: true, resolve: (d) => d.closedAt?.toISOString() ?? null }),
    registeredByStaff: t.boolean({ description: 'Registered by hand (not raised by applications).', resolve: (d) => !d.sourceKey }),
  }),
});

const DeviationPage = definePage(builder, 'Deviation', DeviationRef);

export const loadDeviation = (context: RequestContext) => (id: string) => context.em.findOne(Deviation, { id });

builder.queryField('deviations', (t) =>
  t.field({
    type: DeviationPage,
    description: 'The unit’s deviation register, newest first, filtered by status, target and kind. Quality council and managers.',
    args: {
      ...pageArgs(t.arg),
      status: t.arg({ type: DeviationStatusEnum }),
      target: t.arg({ type: DeviationTargetEnum }),
      kind: t.arg({ type: DeviationKindEnum }),
    },
    resolve: async (_root, args, context) => {
      const actor = qualityActor(context);
      const where = { unit: actor.unit, ...(args.status ? { status: args.status } : {}), ...(args.target ? { target: args.target } : {}), ...(args.kind ? { kind: args.kind } : {}) };
      const [nodes, totalCount] = await context.em.findAndCount(Deviation, where, { orderBy: { raisedOn: 'desc', createdAt: 'desc' }, limit: args.limit, offset: args.offset });
      return toPage(nodes, totalCount, args);
    },
  }),
);

builder.queryField('deviation', (t) =>
  t.field({
    type: DeviationRef,
    nullable: true,
    description: 'One deviation of the unit; null when there is none or it is another unit’s.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => visibleUnitRecord(context, loadDeviation(context), String(id)),
  }),
);

const RegisterDeviationInput = builder.inputType('RegisterDeviationInput', {
  description: 'A deviation registered by hand.',
  fields: (t) => ({
    target: t.field({ type: DeviationTargetEnum, required: true }),
    providerName: t.string({ validate: text({ max: PROVIDER_NAME_MAX_LENGTH }).nullish(), description: `The provider or organisation, at most ${PROVIDER_NAME_MAX_LENGTH} characters; required for a provider or nursing home.` }),
    description: t.string({ required: true, validate: text({ max: DEVIATION_TEXT_MAX_LENGTH, min: 1, multiline: true }), description: `What happened, 1..${DEVIATION_TEXT_MAX_LENGTH} characters.` }),
    applicationId: t.id({ validate: z.uuid().nullish(), description: 'The case it concerns, if any.' }),
    raisedOn: t.string({ validate: optionalDay.nullish(), description: 'The day it happened or was noticed, YYYY-MM-DD; today when empty.' }),
  }),
});

builder.mutationField('registerDeviation', (t) =>
  t.field({
    type: DeviationRef,
    description: 'Registers a deviation of the actor’s unit by hand. Quality council and managers. Errors: ValidationError.',
    errors: {},
    args: { input: t.arg({ type: RegisterDeviationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = qualityActor(context);
      const today = todayInStockholm();
      const raisedOn = input.raisedOn || today;
      const providerName = input.providerName || null;
      const issues = [];
      if (raisedOn > today) issues.push({ field: 'raisedOn', message: 'validation.notInFuture' });
      if ((input.target === 'HOME_CARE_PROVIDER' || input.target === 'NURSING_HOME') && !providerName) issues.push({ field: 'providerName', message: 'quality.deviation.providerRequired' });
      if (issues.length > 0) throw invalid(context, issues);
      const deviation = context.em.create(Deviation, {
        kind: 'OTHER',
        unit: actor.unit,
        target: input.target,
        providerName,
        description: input.description,
        applicationId: input.applicationId ? String(input.applicationId) : null,
        raisedOn,
        sourceKey: null,
        registeredById: actor.staffId,
      });
      await context.em.flush();
      return deviation;
    },
  }),
);

builder.mutationField('closeDeviation', (t) =>
  t.field({
    type: DeviationRef,
    description: 'Closes an open deviation with a note ("avsluta avvikelse"). Errors: NotFoundError, ValidationError.',
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      note: t.arg.string({ required: true, validate: text({ max: DEVIATION_TEXT_MAX_LENGTH, min: 1, multiline: true }) }),
    },
    resolve: async (_root, args, context) => {
      const { record: deviation, actor } = await unitRecord(context, loadDeviation(context), String(args.id));
      if (deviation.status === 'CLOSED') throw invalid(context, [{ field: 'note', message: 'quality.deviation.alreadyClosed' }]);
      deviation.status = 'CLOSED';
      deviation.closingNote = args.note;
      deviation.closedAt = new Date();
      deviation.closedById = actor.staffId;
      await context.em.flush();
      return deviation;
    },
  }),
);

