import { ConflictFailure, NotFoundFailure, text, type RequestContext } from '@omsorg/platform';
import { day } from '@omsorg/rules';
import { z } from 'zod';
import { COUNCIL_TEXT_MAX_LENGTH, RESPONSIBLE_MAX_LENGTH, type AgendaItemKind } from '../domain/council.ts';
import { mayPutOnAgenda } from '../domain/quality-access.ts';
import { CouncilAction, CouncilAgendaItem, CouncilDecision, type CouncilMeeting } from '../entities/council.ts';
import { Deviation } from '../entities/deviation.ts';
import { FeedbackEvent } from '../entities/feedback-event.ts';
import { Feedback } from '../entities/feedback.ts';
import { LexSarahReport } from '../entities/lex-sarah-report.ts';
import { bumpFeedbackVersion } from '../quality/feedback-version.ts';
import { invalid, unitRecord } from '../quality/shared.ts';
import { builder } from './builder.ts';
import { AgendaItemKindEnum, CouncilActionRef, CouncilMeetingRef, loadMeeting } from './council.ts';

/*
 * What happens at a council meeting: items put on the agenda (a feedback item's version checked
 * and bumped, event ON_COUNCIL_AGENDA), decisions, and actions followed up until done.
 */

const AddToAgendaInput = builder.inputType('AddToCouncilAgendaInput', {
  fields: (t) => ({
    meetingId: t.id({ required: true }),
    kind: t.field({ type: AgendaItemKindEnum, required: true }),
    refId: t.id({ required: true, validate: z.uuid() }),
    feedbackVersion: t.int({ description: 'For a feedback item: the version the page showed (ConflictError when it changed).' }),
  }),
});

/** The thing to put on the agenda, of the meeting's unit (a feedback item: or without a unit), or NotFoundError. */
async function agendaTarget(context: RequestContext, unit: string, kind: AgendaItemKind, refId: string): Promise<Feedback | Deviation | LexSarahReport> {
  const found =
    kind === 'FEEDBACK' ? await context.em.findOne(Feedback, { id: refId }) : kind === 'DEVIATION' ? await context.em.findOne(Deviation, { id: refId }) : await context.em.findOne(LexSarahReport, { id: refId });
  if (!found || !mayPutOnAgenda(context.actor, unit, { kind, unit: found.unit ?? null })) throw new NotFoundFailure(context.t('quality.notFound'));
  return found;
}

builder.mutationField('addToCouncilAgenda', (t) =>
  t.field({
    type: CouncilMeetingRef,
    description: 'Puts a feedback item (event ON_COUNCIL_AGENDA, its version checked and bumped), a deviation or a lex Sarah report on a meeting’s agenda. Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: AddToAgendaInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { record: meeting, actor } = await unitRecord(context, loadMeeting(context), String(input.meetingId));
      const refId = String(input.refId);
      const target = await agendaTarget(context, meeting.unit, input.kind, refId);
      if (await context.em.count(CouncilAgendaItem, { meeting: meeting.id, kind: input.kind, refId })) throw invalid(context, [{ field: 'refId', message: 'quality.council.alreadyOnAgenda' }]);
      await context.em.transactional(async (em) => {
        if (target instanceof Feedback) {
          if (!(await bumpFeedbackVersion(em, target.id, input.feedbackVersion ?? -1))) throw new ConflictFailure(context.t('quality.conflict'), target.version);
          em.create(FeedbackEvent, { feedback: target.id, kind: 'ON_COUNCIL_AGENDA', staffId: actor.staffId, note: null, data: { meetingId: meeting.id, month: meeting.month } });
        }
        em.create(CouncilAgendaItem, { meeting: meeting.id, kind: input.kind, refId, addedById: actor.staffId });
        await em.flush();
      });
      return meeting;
    },
  }),
);

const agendaItemOf = async (context: RequestContext, meeting: CouncilMeeting, id: string | number | null | undefined) => {
  if (!id) return null;
  const item = await context.em.findOne(CouncilAgendaItem, { id: String(id), meeting: meeting.id });
  if (!item) throw new NotFoundFailure(context.t('quality.notFound'));
  return item;
};

const councilText = text({ max: COUNCIL_TEXT_MAX_LENGTH, min: 1, multiline: true });

builder.mutationField('recordCouncilDecision', (t) =>
  t.field({
    type: CouncilMeetingRef,
    description: 'Records a decision of the meeting, about an agenda item or general. Errors: NotFoundError, ValidationError.',
    errors: {},
    args: { meetingId: t.arg.id({ required: true }), agendaItemId: t.arg.id({ validate: z.uuid().nullish() }), text: t.arg.string({ required: true, validate: councilText }) },
    resolve: async (_root, args, context) => {
      const { record: meeting, actor } = await unitRecord(context, loadMeeting(context), String(args.meetingId));
      const agendaItem = await agendaItemOf(context, meeting, args.agendaItemId);
      context.em.create(CouncilDecision, { meeting: meeting.id, agendaItem: agendaItem?.id ?? null, text: args.text, decidedById: actor.staffId });
      await context.em.flush();
      return meeting;
    },
  }),
);

const CouncilActionInput = builder.inputType('CouncilActionInput', {
  fields: (t) => ({
    meetingId: t.id({ required: true }),
    agendaItemId: t.id({ validate: z.uuid().nullish() }),
    what: t.string({ required: true, validate: councilText, description: 'What is to be done.' }),
    responsible: t.string({ required: true, validate: text({ max: RESPONSIBLE_MAX_LENGTH, min: 1 }), description: 'Who is responsible.' }),
    dueOn: t.string({ required: true, validate: day(), description: 'By when, YYYY-MM-DD.' }),
  }),
});

builder.mutationField('addCouncilAction', (t) =>
  t.field({
    type: CouncilActionRef,
    description: 'Records an action the meeting decided: what, who is responsible, by when. Errors: NotFoundError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: CouncilActionInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { record: meeting, actor } = await unitRecord(context, loadMeeting(context), String(input.meetingId));
      const agendaItem = await agendaItemOf(context, meeting, input.agendaItemId);
      const action = context.em.create(CouncilAction, { meeting: meeting.id, agendaItem: agendaItem?.id ?? null, unit: meeting.unit, what: input.what, responsible: input.responsible, dueOn: input.dueOn, createdById: actor.staffId });
      await context.em.flush();
      return action;
    },
  }),
);

builder.mutationField('completeCouncilAction', (t) =>
  t.field({
    type: CouncilActionRef,
    description: 'Marks an action done, with a note of what was done. Errors: NotFoundError, ValidationError.',
    errors: {},
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: true, validate: councilText }) },
    resolve: async (_root, args, context) => {
      const { record: action, actor } = await unitRecord(context, (id) => context.em.findOne(CouncilAction, { id }), String(args.id));
      if (action.doneAt) throw invalid(context, [{ field: 'note', message: 'quality.council.actionDone' }]);
      action.doneAt = new Date();
      action.doneNote = args.note;
      action.doneById = actor.staffId;
      await context.em.flush();
      return action;
    },
  }),
);
