import { defineEntity, p } from '@mikro-orm/core';
import { LEX_SARAH_DECISIONS, LEX_SARAH_SOURCES, LEX_SARAH_STATUSES } from '../domain/lex-sarah.ts';
import { DeviationSchema } from './deviation.ts';
import { FeedbackSchema } from './feedback.ts';

/**
 * A report under lex Sarah ("rapport enligt lex Sarah"): what happened, its investigation, and
 * the decision to report to IVO or to close it. Deadlines: domain/lex-sarah.ts.
 */
export const LexSarahReportSchema = defineEntity({
  name: 'LexSarahReport',
  // One report per feedback item and per deviation (two escalations at once: the second is refused).
  uniques: [{ properties: ['feedback'] }, { properties: ['deviation'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    referenceNumber: p.string().length(32).unique(),
    unit: p.string().length(200).index(),
    whatHappened: p.text(),
    /** Where it happened ("var"), as written. */
    place: p.string().length(300),
    happenedOn: p.date().nullable(),
    /** Who reported it ("rapporterad av"), as written: a staff member's name or role. */
    reportedBy: p.string().length(200),
    /** The day the report was made; the investigation starts then. */
    reportedOn: p.date(),
    source: p.enum(LEX_SARAH_SOURCES),
    feedback: () => p.manyToOne(FeedbackSchema).nullable(),
    deviation: () => p.manyToOne(DeviationSchema).nullable(),
    status: p.enum(LEX_SARAH_STATUSES).default('INVESTIGATING').index(),
    findings: p.text().nullable(),
    causes: p.text().nullable(),
    actions: p.text().nullable(),
    investigatedOn: p.date().nullable(),
    investigatedById: p.uuid().nullable(),
    /** The day it was found to be a serious shortcoming or risk of one; the IVO deadline runs from it. */
    seriousOn: p.date().nullable(),
    decision: p.enum(LEX_SARAH_DECISIONS).nullable(),
    decisionReasons: p.text().nullable(),
    decidedOn: p.date().nullable(),
    decidedById: p.uuid().nullable(),
    ivoSentOn: p.date().nullable(),
    createdById: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
  },
});

export class LexSarahReport extends LexSarahReportSchema.class {}
LexSarahReportSchema.setClass(LexSarahReport);
