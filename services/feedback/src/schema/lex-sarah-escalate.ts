import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictFailure, execute, NotFoundFailure, type RequestContext, type StaffActor, text } from '@omsorg/platform';
import { optionalDay } from '@omsorg/rules';
import { z } from 'zod';
import { formatLexSarahNumber, LEX_SARAH_TEXT_MAX_LENGTH } from '../domain/lex-sarah.ts';
import { mayTakeFeedbackToQuality } from '../domain/quality-access.ts';
import { yearInStockholm } from '../domain/reference-number.ts';
import type { Deviation } from '../entities/deviation.ts';
import { FeedbackEvent } from '../entities/feedback-event.ts';
import { Feedback } from '../entities/feedback.ts';
import { LexSarahReport } from '../entities/lex-sarah-report.ts';
import { bumpFeedbackVersion } from '../quality/feedback-version.ts';
import { invalid, invalidWithParams, qualityActor, todayInStockholm, unitRecord } from '../quality/shared.ts';
import { builder } from './builder.ts';
import { loadDeviation } from './deviation.ts';
import { LexSarahReportRef, longText } from './lex-sarah.ts';

/*
 * A new lex Sarah report ("rapport enligt lex Sarah"): escalated from a feedback item (its version
 * checked and bumped, event ESCALATED_LEX_SARAH), from a deviation, or registered directly. One
 * report per item and per deviation (a unique key decides two at once).
 */

const EscalateToLexSarahInput = builder.inputType('EscalateToLexSarahInput', {
  description: 'A new lex Sarah report: from a feedback item (with the version the page showed), from a deviation, or directly (neither).',
  fields: (t) => ({
    feedbackId: t.id({ validate: z.uuid().nullish() }),
    feedbackVersion: t.int({ description: 'The feedback item’s version, when escalating one: ConflictError when it changed.' }),
    deviationId: t.id({ validate: z.uuid().nullish() }),
    whatHappened: t.string({ required: true, validate: longText(1), description: `What happened, 1..${LEX_SARAH_TEXT_MAX_LENGTH} characters.` }),
    place: t.string({ required: true, validate: text({ max: 300, min: 1 }), description: 'Where it happened, 1..300 characters.' }),
    happenedOn: t.string({ validate: optionalDay.nullish(), description: 'The day it happened, YYYY-MM-DD, if known.' }),
    reportedBy: t.string({ required: true, validate: text({ max: 200, min: 1 }), description: 'Who reported it, 1..200 characters.' }),
    reportedOn: t.string({ validate: optionalDay.nullish(), description: 'The day of the report, YYYY-MM-DD; today when empty.' }),
  }),
});

async function nextLexSarahSerial(em: EntityManager): Promise<number> {
  const rows = await execute<Array<{ serial: string }>>(em, `select nextval('"feedback"."lex_sarah_reference_seq"') as serial`, []);
  return Number(rows[0]?.serial);
}

type Source = { source: 'FEEDBACK'; feedback: Feedback } | { source: 'DEVIATION'; deviation: Deviation } | { source: 'DIRECT' };

async function sourceOf(context: RequestContext, actor: StaffActor, input: { feedbackId?: string | number | null; deviationId?: string | number | null }): Promise<Source> {
  if (input.feedbackId) {
    const feedback = await context.em.findOne(Feedback, { id: String(input.feedbackId) });
    if (!feedback || !mayTakeFeedbackToQuality(actor, feedback)) throw new NotFoundFailure(context.t('quality.notFound'));
    return { source: 'FEEDBACK', feedback };
  }
  if (input.deviationId) return { source: 'DEVIATION', deviation: (await unitRecord(context, loadDeviation(context), String(input.deviationId))).record };
  return { source: 'DIRECT' };
}

type EscalateInput = { feedbackVersion?: number | null; whatHappened: string; place: string; happenedOn?: string | null; reportedBy: string };

/** The report, in `em`'s transaction: a feedback item's version is checked and bumped, and it gets its event. */
async function createReport(em: EntityManager, context: RequestContext, actor: StaffActor, source: Source, input: EscalateInput, reportedOn: string): Promise<LexSarahReport> {
  const unit = source.source === 'FEEDBACK' ? (source.feedback.unit ?? actor.unit) : source.source === 'DEVIATION' ? source.deviation.unit : actor.unit;
  if (source.source === 'FEEDBACK' && !(await bumpFeedbackVersion(em, source.feedback.id, input.feedbackVersion ?? -1, { lexSarahAt: new Date() }))) {
    throw new ConflictFailure(context.t('quality.conflict'), source.feedback.version);
  }
  const report = em.create(LexSarahReport, {
    referenceNumber: formatLexSarahNumber(yearInStockholm(new Date()), await nextLexSarahSerial(em)),
    unit,
    whatHappened: input.whatHappened,
    place: input.place,
    happenedOn: input.happenedOn || null,
    reportedBy: input.reportedBy,
    reportedOn,
    source: source.source,
    feedback: source.source === 'FEEDBACK' ? source.feedback.id : null,
    deviation: source.source === 'DEVIATION' ? source.deviation.id : null,
    status: 'INVESTIGATING',
    createdById: actor.staffId,
  });
  if (source.source === 'FEEDBACK') {
    em.create(FeedbackEvent, { feedback: source.feedback.id, kind: 'ESCALATED_LEX_SARAH', staffId: actor.staffId, note: null, data: { lexSarahReportId: report.id, referenceNumber: report.referenceNumber } });
  }
  await em.flush();
  return report;
}

/** "Already a lex Sarah report: LS-…", on the field the page sent. */
async function alreadyEscalated(context: RequestContext, source: Source, linkKey: { feedback: string } | { deviation: string }) {
  const existing = await context.em.fork().findOne(LexSarahReport, linkKey);
  return invalidWithParams(context, source.source === 'DEVIATION' ? 'deviationId' : 'feedbackId', 'quality.lexSarah.alreadyEscalated', { reference: existing?.referenceNumber ?? '' });
}

builder.mutationField('escalateToLexSarah', (t) =>
  t.field({
    type: LexSarahReportRef,
    description:
      'Makes a lex Sarah report from a feedback item (event ESCALATED_LEX_SARAH, lexSarahAt set, its version checked and bumped), a deviation, or directly; one report per item or deviation. Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: EscalateToLexSarahInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = qualityActor(context);
      const source = await sourceOf(context, actor, input);
      const today = todayInStockholm();
      const reportedOn = input.reportedOn || today;
      if (reportedOn > today) throw invalid(context, [{ field: 'reportedOn', message: 'quality.lexSarah.reportedInFuture' }]);
      if (input.happenedOn && input.happenedOn > today) throw invalid(context, [{ field: 'happenedOn', message: 'validation.notInFuture' }]);
      const linkKey = source.source === 'FEEDBACK' ? { feedback: source.feedback.id } : source.source === 'DEVIATION' ? { deviation: source.deviation.id } : null;
      if (linkKey && (await context.em.count(LexSarahReport, linkKey)) > 0) throw await alreadyEscalated(context, source, linkKey);
      try {
        return await context.em.transactional((em) => createReport(em, context, actor, source, input, reportedOn));
      } catch (error) {
        // Two escalations of the same item or deviation at once: the unique key lets one through.
        if (linkKey && error instanceof UniqueConstraintViolationException) throw await alreadyEscalated(context, source, linkKey);
        throw error;
      }
    },
  }),
);

