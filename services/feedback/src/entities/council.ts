import { defineEntity, p } from '@mikro-orm/core';
import { AGENDA_ITEM_KINDS, COUNCIL_MEETING_STATUSES, RESPONSIBLE_MAX_LENGTH } from '../domain/council.ts';

/** A meeting of a unit's quality council ("kvalitetsråd"), one per unit and month. */
export const CouncilMeetingSchema = defineEntity({
  name: 'CouncilMeeting',
  uniques: [{ properties: ['unit', 'month'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    unit: p.string().length(200).index(),
    /** "YYYY-MM". */
    month: p.string().length(7),
    meetingOn: p.date(),
    status: p.enum(COUNCIL_MEETING_STATUSES).default('PLANNED'),
    createdById: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class CouncilMeeting extends CouncilMeetingSchema.class {}
CouncilMeetingSchema.setClass(CouncilMeeting);

/** Something put on a meeting's agenda by hand: a feedback item, a deviation or a lex Sarah report. */
export const CouncilAgendaItemSchema = defineEntity({
  name: 'CouncilAgendaItem',
  uniques: [{ properties: ['meeting', 'kind', 'refId'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    meeting: () => p.manyToOne(CouncilMeetingSchema).index(),
    kind: p.enum(AGENDA_ITEM_KINDS),
    refId: p.uuid(),
    addedById: p.uuid(),
    addedAt: p.datetime().onCreate(() => new Date()),
  },
});
export class CouncilAgendaItem extends CouncilAgendaItemSchema.class {}
CouncilAgendaItemSchema.setClass(CouncilAgendaItem);

/** A decision of the council ("beslut"), about an agenda item or general. */
export const CouncilDecisionSchema = defineEntity({
  name: 'CouncilDecision',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    meeting: () => p.manyToOne(CouncilMeetingSchema).index(),
    agendaItem: () => p.manyToOne(CouncilAgendaItemSchema).nullable(),
    text: p.text(),
    decidedById: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class CouncilDecision extends CouncilDecisionSchema.class {}
CouncilDecisionSchema.setClass(CouncilDecision);

/** An action the council decided ("åtgärd"): what, who is responsible, by when; followed up until done. */
export const CouncilActionSchema = defineEntity({
  name: 'CouncilAction',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    meeting: () => p.manyToOne(CouncilMeetingSchema).index(),
    agendaItem: () => p.manyToOne(CouncilAgendaItemSchema).nullable(),
    /** The meeting's unit, copied so open actions are listed per unit without a join. */
    unit: p.string().length(200).index(),
    what: p.text(),
    responsible: p.string().length(RESPONSIBLE_MAX_LENGTH),
    dueOn: p.date(),
    doneAt: p.datetime().nullable(),
    doneNote: p.text().nullable(),
    doneById: p.uuid().nullable(),
    createdById: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class CouncilAction extends CouncilActionSchema.class {}
CouncilActionSchema.setClass(CouncilAction);
