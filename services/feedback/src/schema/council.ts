import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { definePage, pageArgs, toPage, type RequestContext } from '@omsorg/platform';
import { day } from '@omsorg/rules';
import { isActionOverdue, monthOf, type AgendaItemKind } from '../domain/council.ts';
import { CouncilAction, CouncilAgendaItem, CouncilDecision, CouncilMeeting } from '../entities/council.ts';
import { Deviation } from '../entities/deviation.ts';
import { Feedback } from '../entities/feedback.ts';
import { LexSarahReport } from '../entities/lex-sarah-report.ts';
import { agendaFacts, type AgendaFacts } from '../quality/agenda.ts';
import { invalid, qualityActor, todayInStockholm, unitRecord, visibleUnitRecord } from '../quality/shared.ts';
import { builder } from './builder.ts';

/*
 * The quality council ("kvalitetsråd"): a meeting per unit and month, its agenda built from the
 * data (quality/agenda.ts) with items put on it by hand, its decisions, and actions followed up
 * across meetings until done (council-meeting-work.ts). The unit's quality council and managers
 * (domain/quality-access.ts).
 */

const CouncilMeetingStatusEnum = builder.enumType('CouncilMeetingStatus', {
  values: { PLANNED: { description: 'Planned ("planerat").' }, HELD: { description: 'Held ("genomfört").' } },
});

export const AgendaItemKindEnum = builder.enumType('CouncilAgendaItemKind', {
  description: 'What an agenda item points at.',
  values: { FEEDBACK: { description: 'A feedback item.' }, DEVIATION: { description: 'A deviation.' }, LEX_SARAH: { description: 'A lex Sarah report.' } },
});

type AgendaItemView = { item: CouncilAgendaItem; reference: string | null; summary: string | null };

const AgendaItemRef = builder.objectRef<AgendaItemView>('CouncilAgendaItem').implement({
  description: 'Something put on a meeting’s agenda.',
  fields: (t) => ({
    id: t.id({ resolve: (v) => v.item.id }),
    kind: t.field({ type: AgendaItemKindEnum, resolve: (v) => v.item.kind }),
    refId: t.id({ description: 'The feedback item, deviation or lex Sarah report.', resolve: (v) => v.item.refId }),
    reference: t.string({ nullable: true, description: 'Its reference number (SYN-…, LS-…); null for a deviation.', resolve: (v) => v.reference }),
    summary: t.string({ nullable: true, description: 'Its category in words the page translates: the feedback type, the deviation kind and target, the report status.', resolve: (v) => v.summary }),
  }),
});

const CountRef = builder.objectRef<{ key: string; count: number }>('CouncilAgendaCount').implement({
  fields: (t) => ({ key: t.exposeString('key', { description: 'The category (a FeedbackType or target value).' }), count: t.exposeInt('count') }),
});

const AgendaRef = builder.objectRef<AgendaFacts>('CouncilAgenda').implement({
  description: 'What came in since the unit’s previous meeting and what is open, counted from the data.',
  fields: (t) => ({
    periodStart: t.exposeString('periodStart', { description: 'The first day counted as "since the last meeting".' }),
    periodEnd: t.exposeString('periodEnd'),
    incomingFeedbackByType: t.field({ type: [CountRef], resolve: (a) => a.incomingFeedbackByType }),
    incomingFeedbackByTarget: t.field({ type: [CountRef], resolve: (a) => a.incomingFeedbackByTarget }),
    incomingDeviations: t.exposeInt('incomingDeviations'),
    incomingLexSarah: t.exposeInt('incomingLexSarah'),
    openFeedback: t.exposeInt('openFeedback'),
    openDeviations: t.exposeInt('openDeviations'),
    lexSarahInvestigating: t.exposeInt('lexSarahInvestigating'),
    actionsNotDone: t.exposeInt('actionsNotDone'),
  }),
});

const DecisionRef = builder.objectRef<CouncilDecision>('CouncilDecision').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    text: t.exposeString('text'),
    agendaItemId: t.id({ nullable: true, resolve: (d) => d.agendaItem?.id ?? null }),
    createdAt: t.string({ resolve: (d) => d.createdAt.toISOString() }),
  }),
});

export const CouncilActionRef = builder.objectRef<CouncilAction>('CouncilAction').implement({
  description: 'An action the council decided ("åtgärd"), followed up until done.',
  fields: (t) => ({
    id: t.exposeID('id'),
    what: t.exposeString('what'),
    responsible: t.exposeString('responsible'),
    dueOn: t.exposeString('dueOn'),
    overdue: t.boolean({ resolve: (a) => isActionOverdue(a, todayInStockholm()) }),
    done: t.boolean({ resolve: (a) => Boolean(a.doneAt) }),
    doneAt: t.string({ nullable: true, resolve: (a) => a.doneAt?.toISOString() ?? null }),
    doneNote: t.exposeString('doneNote', { nullable: true }),
    agendaItemId: t.id({ nullable: true, resolve: (a) => a.agendaItem?.id ?? null }),
    meetingId: t.id({ resolve: (a) => a.meeting.id }),
    meetingMonth: t.string({ description: 'The month of the meeting that decided it, "YYYY-MM".', resolve: async (a, _args, context) => a.meeting.month ?? (await context.em.findOneOrFail(CouncilMeeting, a.meeting.id)).month }),
  }),
});

async function agendaItemViews(context: RequestContext, meetingId: string): Promise<AgendaItemView[]> {
  const items = await context.em.find(CouncilAgendaItem, { meeting: meetingId }, { orderBy: { addedAt: 'asc' } });
  const ids = (kind: AgendaItemKind) => items.filter((i) => i.kind === kind).map((i) => i.refId);
  const [feedback, deviations, reports] = await Promise.all([
    ids('FEEDBACK').length ? context.em.find(Feedback, { id: { $in: ids('FEEDBACK') } }, { fields: ['referenceNumber', 'type'] }) : [],
    ids('DEVIATION').length ? context.em.find(Deviation, { id: { $in: ids('DEVIATION') } }) : [],
    ids('LEX_SARAH').length ? context.em.find(LexSarahReport, { id: { $in: ids('LEX_SARAH') } }, { fields: ['referenceNumber', 'status'] }) : [],
  ]);
  return items.map((item) => {
    if (item.kind === 'FEEDBACK') {
      const f = feedback.find((x) => x.id === item.refId);
      return { item, reference: f?.referenceNumber ?? null, summary: f?.type ?? null };
    }
    if (item.kind === 'DEVIATION') {
      const d = deviations.find((x) => x.id === item.refId);
      return { item, reference: null, summary: d ? `${d.kind} ${d.target}` : null };
    }
    const r = reports.find((x) => x.id === item.refId);
    return { item, reference: r?.referenceNumber ?? null, summary: r?.status ?? null };
  });
}

export const CouncilMeetingRef = builder.objectRef<CouncilMeeting>('CouncilMeeting').implement({
  description: 'A meeting of the unit’s quality council ("kvalitetsråd"), one per month.',
  fields: (t) => ({
    id: t.exposeID('id'),
    unit: t.exposeString('unit'),
    month: t.exposeString('month', { description: '"YYYY-MM".' }),
    meetingOn: t.exposeString('meetingOn'),
    status: t.field({ type: CouncilMeetingStatusEnum, resolve: (m) => m.status }),
    agenda: t.field({ type: AgendaRef, resolve: (m, _args, context) => agendaFacts(context.em, m) }),
    agendaItems: t.field({ type: [AgendaItemRef], description: 'Items put on the agenda by hand (at most a few dozen a meeting).', resolve: (m, _args, context) => agendaItemViews(context, m.id) }),
    decisions: t.field({ type: [DecisionRef], resolve: (m, _args, context) => context.em.find(CouncilDecision, { meeting: m.id }, { orderBy: { createdAt: 'asc' } }) }),
    actions: t.field({ type: [CouncilActionRef], description: 'The actions decided at this meeting.', resolve: (m, _args, context) => context.em.find(CouncilAction, { meeting: m.id }, { orderBy: { createdAt: 'asc' } }) }),
  }),
});

const MeetingPage = definePage(builder, 'CouncilMeeting', CouncilMeetingRef);
const ActionPage = definePage(builder, 'CouncilAction', CouncilActionRef);
export const loadMeeting = (context: RequestContext) => (id: string) => context.em.findOne(CouncilMeeting, { id });

builder.queryField('councilMeetings', (t) =>
  t.field({
    type: MeetingPage,
    description: 'The unit’s quality council meetings, newest first. Quality council and managers.',
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      const actor = qualityActor(context);
      const [nodes, totalCount] = await context.em.findAndCount(CouncilMeeting, { unit: actor.unit }, { orderBy: { meetingOn: 'desc' }, limit: args.limit, offset: args.offset });
      return toPage(nodes, totalCount, args);
    },
  }),
);

builder.queryField('councilMeeting', (t) =>
  t.field({
    type: CouncilMeetingRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => visibleUnitRecord(context, loadMeeting(context), String(id)),
  }),
);

builder.queryField('councilActions', (t) =>
  t.field({
    type: ActionPage,
    description: 'The unit’s council actions across meetings, by due day; only those not done unless `includeDone`.',
    args: { ...pageArgs(t.arg), includeDone: t.arg.boolean() },
    resolve: async (_root, args, context) => {
      const actor = qualityActor(context);
      const where = { unit: actor.unit, ...(args.includeDone ? {} : { doneAt: null }) };
      const [nodes, totalCount] = await context.em.findAndCount(CouncilAction, where, { populate: ['meeting'], orderBy: { dueOn: 'asc', createdAt: 'asc' }, limit: args.limit, offset: args.offset });
      return toPage(nodes, totalCount, args);
    },
  }),
);

builder.mutationField('createCouncilMeeting', (t) =>
  t.field({
    type: CouncilMeetingRef,
    description: 'Plans the unit’s quality council meeting for a day; one per unit and month. Errors: ValidationError.',
    errors: {},
    args: { meetingOn: t.arg.string({ required: true, validate: day() }) },
    resolve: async (_root, { meetingOn }, context) => {
      const actor = qualityActor(context);
      const month = monthOf(meetingOn);
      if (await context.em.count(CouncilMeeting, { unit: actor.unit, month })) throw invalid(context, [{ field: 'meetingOn', message: 'quality.council.monthTaken' }]);
      const meeting = context.em.create(CouncilMeeting, { unit: actor.unit, month, meetingOn, status: 'PLANNED', createdById: actor.staffId });
      try {
        await context.em.flush();
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) throw invalid(context, [{ field: 'meetingOn', message: 'quality.council.monthTaken' }]);
        throw error;
      }
      return meeting;
    },
  }),
);

builder.mutationField('markCouncilMeetingHeld', (t) =>
  t.field({
    type: CouncilMeetingRef,
    description: 'Marks a meeting as held. Errors: NotFoundError.',
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const { record: meeting } = await unitRecord(context, loadMeeting(context), String(id));
      meeting.status = 'HELD';
      await context.em.flush();
      return meeting;
    },
  }),
);
