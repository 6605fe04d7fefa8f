import { ConflictFailure, definePage, pageArgs, text, toPage, type RequestContext } from '@omsorg/platform';
import { optionalDay } from '@omsorg/rules';
import { LEX_SARAH_TEXT_MAX_LENGTH, lexSarahDecisionIssues, lexSarahDeadlines, statusAfterDecision } from '../domain/lex-sarah.ts';
import { mayWorkOnUnitQuality } from '../domain/quality-access.ts';
import { Feedback } from '../entities/feedback.ts';
import { LexSarahReport } from '../entities/lex-sarah-report.ts';
import { invalid, qualityActor, todayInStockholm, unitRecord, visibleUnitRecord } from '../quality/shared.ts';
import { builder } from './builder.ts';
import { FeedbackRef } from './feedback.ts';

/*
 * Lex Sarah reports (domain/lex-sarah.ts for the states and deadlines): escalated from a
 * feedback item or a deviation, or registered directly; investigated; decided. The unit's
 * quality council and managers only (domain/quality-access.ts). Escalating: lex-sarah-escalate.ts;
 * the PDF: quality/lex-sarah-http.ts.
 */

const LexSarahStatusEnum = builder.enumType('LexSarahStatus', {
  description: 'Where a lex Sarah report is.',
  values: {
    INVESTIGATING: { description: 'Being investigated ("under utredning").' },
    REPORTED_TO_IVO: { description: 'Reported to IVO as a serious shortcoming or risk of one ("anmäld till IVO").' },
    CLOSED: { description: 'Closed without a report to IVO ("avslutad").' },
  },
});

const LexSarahSourceEnum = builder.enumType('LexSarahSource', {
  description: 'Where the report came from.',
  values: { FEEDBACK: { description: 'A feedback item ("synpunkt").' }, DEVIATION: { description: 'A deviation ("avvikelse").' }, DIRECT: { description: 'Registered directly ("direkt").' } },
});

const LexSarahDecisionEnum = builder.enumType('LexSarahDecision', {
  description: 'The decision that ends the investigation.',
  values: {
    REPORT_TO_IVO: { description: 'A serious shortcoming or risk of one: reported to IVO ("anmäls till IVO").' },
    NOT_MISCONDUCT: { description: 'Not a shortcoming or risk of one ("inte ett missförhållande").' },
    WRITTEN_OFF: { description: 'Written off ("avskrivs").' },
  },
});

const deadlinesOf = (report: LexSarahReport) => lexSarahDeadlines(report, todayInStockholm());

export const LexSarahReportRef = builder.objectRef<LexSarahReport>('LexSarahReport').implement({
  description: 'A report under lex Sarah ("rapport enligt lex Sarah", SoL 14 kap.). For the unit’s quality council and managers.',
  fields: (t) => ({
    id: t.exposeID('id'),
    referenceNumber: t.exposeString('referenceNumber', { description: 'Its own number, e.g. LS-2026-0001.' }),
    version: t.exposeInt('version'),
    unit: t.exposeString('unit'),
    whatHappened: t.exposeString('whatHappened'),
    place: t.exposeString('place', { description: 'Where it happened ("var").' }),
    happenedOn: t.exposeString('happenedOn', { nullable: true }),
    reportedBy: t.exposeString('reportedBy', { description: 'Who reported it ("rapporterad av").' }),
    reportedOn: t.exposeString('reportedOn', { description: 'The day of the report; the investigation starts then.' }),
    source: t.field({ type: LexSarahSourceEnum, resolve: (r) => r.source }),
    feedbackReference: t.string({ nullable: true, description: 'The feedback item it came from, by its reference number.', resolve: async (r, _a, context) => (r.feedback ? (await context.em.findOne(Feedback, { id: r.feedback.id }, { fields: ['referenceNumber'] }))?.referenceNumber ?? null : null) }),
    feedbackId: t.id({ nullable: true, resolve: (r) => r.feedback?.id ?? null }),
    deviationId: t.id({ nullable: true, resolve: (r) => r.deviation?.id ?? null }),
    status: t.field({ type: LexSarahStatusEnum, resolve: (r) => r.status }),
    findings: t.exposeString('findings', { nullable: true, description: 'What the investigation found ("utredningens resultat").' }),
    causes: t.exposeString('causes', { nullable: true, description: 'Causes ("orsaker").' }),
    actions: t.exposeString('actions', { nullable: true, description: 'Actions taken or planned ("åtgärder").' }),
    investigatedOn: t.exposeString('investigatedOn', { nullable: true }),
    seriousOn: t.exposeString('seriousOn', { nullable: true, description: 'The day it was found serious; the IVO deadline runs from it.' }),
    decision: t.field({ type: LexSarahDecisionEnum, nullable: true, resolve: (r) => r.decision ?? null }),
    decisionReasons: t.exposeString('decisionReasons', { nullable: true }),
    decidedOn: t.exposeString('decidedOn', { nullable: true }),
    decidedByStaffId: t.id({ nullable: true, resolve: (r) => r.decidedById ?? null }),
    ivoSentOn: t.exposeString('ivoSentOn', { nullable: true }),
    investigationDue: t.string({ description: 'The investigation is to be finished by this day (two months after the report).', resolve: (r) => deadlinesOf(r).investigationDue }),
    investigationOverdue: t.boolean({ resolve: (r) => deadlinesOf(r).investigationOverdue }),
    ivoDue: t.string({ nullable: true, description: 'The report to IVO is to be sent by this day (two weeks after it was found serious).', resolve: (r) => deadlinesOf(r).ivoDue }),
    ivoOverdue: t.boolean({ resolve: (r) => deadlinesOf(r).ivoOverdue }),
    pdfUrl: t.string({ description: 'Where the report document (PDF) is downloaded.', resolve: (r) => `/lex-sarah-reports/${r.id}/pdf` }),
  }),
});

const LexSarahPage = definePage(builder, 'LexSarahReport', LexSarahReportRef);
const loadReport = (context: RequestContext) => (id: string) => context.em.findOne(LexSarahReport, { id });

builder.queryField('lexSarahReports', (t) =>
  t.field({
    type: LexSarahPage,
    description: 'The unit’s lex Sarah reports, newest first, optionally of one status. Quality council and managers.',
    args: { ...pageArgs(t.arg), status: t.arg({ type: LexSarahStatusEnum }) },
    resolve: async (_root, args, context) => {
      const actor = qualityActor(context);
      const [nodes, totalCount] = await context.em.findAndCount(
        LexSarahReport,
        { unit: actor.unit, ...(args.status ? { status: args.status } : {}) },
        { orderBy: { reportedOn: 'desc', referenceNumber: 'desc' }, limit: args.limit, offset: args.offset },
      );
      return toPage(nodes, totalCount, args);
    },
  }),
);

builder.queryField('lexSarahReport', (t) =>
  t.field({
    type: LexSarahReportRef,
    nullable: true,
    description: 'One lex Sarah report of the unit; null when there is none or it is another unit’s.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => visibleUnitRecord(context, loadReport(context), String(id)),
  }),
);

builder.objectField(FeedbackRef, 'lexSarahReport', (t) =>
  t.field({
    type: LexSarahReportRef,
    nullable: true,
    description: 'The lex Sarah report this item was escalated to, if any (the unit’s quality council and managers).',
    resolve: async (feedback, _args, context) => {
      const report = await context.em.findOne(LexSarahReport, { feedback: feedback.id });
      return report && mayWorkOnUnitQuality(context.actor, report.unit) ? report : null;
    },
  }),
);

export const longText = (min: number) => text({ max: LEX_SARAH_TEXT_MAX_LENGTH, min, multiline: true });


const RecordLexSarahInvestigationInput = builder.inputType('RecordLexSarahInvestigationInput', {
  description: 'The investigation of a lex Sarah report: what was found, the causes, the actions, and whether it is serious.',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    findings: t.string({ required: true, validate: longText(1), description: 'What the investigation found.' }),
    causes: t.string({ required: true, validate: longText(1), description: 'The causes.' }),
    actions: t.string({ required: true, validate: longText(1), description: 'Actions taken or planned.' }),
    serious: t.boolean({ required: true, description: 'A serious shortcoming or risk of one ("allvarligt missförhållande"): the two weeks to report to IVO start today.' }),
  }),
});

/** A report of the unit, still under investigation, at the version the page showed. */
async function reportToChange(context: RequestContext, id: string, version: number) {
  const { record: report, actor } = await unitRecord(context, loadReport(context), id);
  if (report.version !== version) throw new ConflictFailure(context.t('quality.conflict'), report.version);
  if (report.status !== 'INVESTIGATING') throw invalid(context, [{ field: 'id', message: 'quality.lexSarah.notInvestigating' }]);
  return { report, actor };
}

builder.mutationField('recordLexSarahInvestigation', (t) =>
  t.field({
    type: LexSarahReportRef,
    description: 'Records (or corrects) the investigation of a report under investigation. Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: RecordLexSarahInvestigationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { report, actor } = await reportToChange(context, String(input.id), input.version);
      const today = todayInStockholm();
      report.findings = input.findings;
      report.causes = input.causes;
      report.actions = input.actions;
      report.investigatedOn = today;
      report.investigatedById = actor.staffId;
      report.seriousOn = input.serious ? (report.seriousOn ?? today) : null;
      await context.em.flush();
      return report;
    },
  }),
);

const DecideLexSarahInput = builder.inputType('DecideLexSarahInput', {
  description: 'The decision on a lex Sarah report, with its reasons.',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    decision: t.field({ type: LexSarahDecisionEnum, required: true }),
    reasons: t.string({ required: true, validate: longText(1), description: 'The reasons ("motivering").' }),
    decidedOn: t.string({ validate: optionalDay.nullish(), description: 'The day of the decision; today when empty.' }),
    ivoSentOn: t.string({ validate: optionalDay.nullish(), description: 'For REPORT_TO_IVO: the day the report was sent to IVO.' }),
  }),
});

builder.mutationField('decideLexSarah', (t) =>
  t.field({
    type: LexSarahReportRef,
    description: 'Decides a report: to IVO (with the day it was sent) or closed. The investigation must be recorded first. Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: DecideLexSarahInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { report, actor } = await reportToChange(context, String(input.id), input.version);
      const today = todayInStockholm();
      const decidedOn = input.decidedOn || today;
      const ivoSentOn = input.ivoSentOn || null;
      if (!report.investigatedOn) throw invalid(context, [{ field: 'decision', message: 'quality.lexSarah.investigationFirst' }]);
      const issues = lexSarahDecisionIssues({ decision: input.decision, decidedOn, ivoSentOn }, today);
      if (issues.length > 0) throw invalid(context, issues);
      report.decision = input.decision;
      report.decisionReasons = input.reasons;
      report.decidedOn = decidedOn;
      report.decidedById = actor.staffId;
      report.ivoSentOn = ivoSentOn;
      if (input.decision === 'REPORT_TO_IVO') report.seriousOn = report.seriousOn ?? decidedOn;
      report.status = statusAfterDecision(input.decision);
      await context.em.flush();
      return report;
    },
  }),
);
