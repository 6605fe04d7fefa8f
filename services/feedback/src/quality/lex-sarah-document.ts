import { writeDay, type LetterDocument, type LetterLine } from '@omsorg/letters';
import { lexSarahDeadlines, type LexSarahDecision, type LexSarahSource, type LexSarahStatus } from '../domain/lex-sarah.ts';
import type { LexSarahReport } from '../entities/lex-sarah-report.ts';

/*
 * The lex Sarah report as a document (PDF through @omsorg/letters): an internal record in
 * Swedish, the language of the unit's register and of a report to IVO. Not a letter to post: no
 * window address.
 */

const STATUS: Record<LexSarahStatus, string> = { INVESTIGATING: 'Under utredning', REPORTED_TO_IVO: 'Anmäld till IVO', CLOSED: 'Avslutad' };
const SOURCE: Record<LexSarahSource, string> = { FEEDBACK: 'Synpunkt eller klagomål', DEVIATION: 'Avvikelse', DIRECT: 'Rapporterad direkt' };
const DECISION: Record<LexSarahDecision, string> = {
  REPORT_TO_IVO: 'Allvarligt missförhållande eller påtaglig risk för ett sådant: anmäls till IVO',
  NOT_MISCONDUCT: 'Inte ett missförhållande eller risk för missförhållande',
  WRITTEN_OFF: 'Avskrivs',
};

const written = (value: string | null | undefined, fallback = 'Inte angivet') => (value && value.length > 0 ? value : fallback);
const dayOrDash = (day: string | null | undefined) => (day ? writeDay(day, 'sv') : '–');

export type LexSarahDocumentFacts = { report: LexSarahReport; feedbackReference: string | null; today: string };

export function lexSarahDocument({ report, feedbackReference, today }: LexSarahDocumentFacts): LetterDocument {
  const deadlines = lexSarahDeadlines(report, today);
  const facts: LetterLine[] = [
    { label: 'Rapportdag', value: dayOrDash(report.reportedOn) },
    { label: 'Rapporterad av', value: report.reportedBy },
    { label: 'Var', value: report.place },
    { label: 'När det hände', value: dayOrDash(report.happenedOn) },
    { label: 'Ursprung', value: SOURCE[report.source] + (feedbackReference ? ` (${feedbackReference})` : '') },
    { label: 'Status', value: STATUS[report.status as LexSarahStatus] },
  ];
  const deadlineLines: LetterLine[] = [
    { label: 'Utredningen ska vara klar', value: dayOrDash(deadlines.investigationDue) + (deadlines.investigationOverdue ? ' (försenad)' : '') },
    ...(deadlines.ivoDue ? [{ label: 'Anmälan till IVO senast', value: dayOrDash(deadlines.ivoDue) + (deadlines.ivoOverdue ? ' (försenad)' : '') }] : []),
  ];
  const decisionLines: LetterLine[] = report.decision
    ? [
        { label: 'Beslut', value: DECISION[report.decision] },
        { label: 'Beslutsdag', value: dayOrDash(report.decidedOn ?? null) },
        ...(report.ivoSentOn ? [{ label: 'Skickad till IVO', value: dayOrDash(report.ivoSentOn) }] : []),
      ]
    : [{ label: 'Beslut', value: 'Inte fattat ännu' }];
  const title = `Rapport enligt lex Sarah ${report.referenceNumber}`;
  return {
    lang: 'sv',
    title,
    documentTitle: title,
    date: today,
    head: {
      letterhead: { organisation: 'Stockholms stad', unit: report.unit, postalAddress: [], phone: '', phoneLabel: '' },
      recipient: null,
      addressMissing: null,
      copyNote: null,
      header: [
        { label: 'Datum', value: writeDay(today, 'sv') },
        { label: 'Diarienummer', value: report.referenceNumber },
      ],
      continuation: (page) => `${report.referenceNumber}, sida ${page}`,
    },
    introduction: 'Rapport om missförhållande eller påtaglig risk för missförhållande enligt 14 kap. 3 § socialtjänstlagen och SOSFS 2011:9, 7 kap.',
    sections: [
      { heading: 'Händelsen', lines: facts, paragraphs: [{ label: 'Vad hände', text: report.whatHappened }] },
      {
        heading: 'Utredningen',
        lines: [{ label: 'Utredd', value: dayOrDash(report.investigatedOn ?? null) }, ...deadlineLines],
        paragraphs: [
          { label: 'Vad utredningen visade', text: written(report.findings) },
          { label: 'Orsaker', text: written(report.causes) },
          { label: 'Åtgärder', text: written(report.actions) },
        ],
      },
      { heading: 'Beslut', lines: decisionLines, paragraphs: report.decisionReasons ? [{ label: 'Motivering', text: report.decisionReasons }] : [] },
    ],
    closing: 'Rapporten förvaras i enhetens register över lex Sarah-ärenden.',
  };
}
