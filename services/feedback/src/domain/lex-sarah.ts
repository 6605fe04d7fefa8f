import type { LexSarahDecision } from '@omsorg/rules/feedback';
import { addDaysTo } from '@omsorg/rules/swedish-calendar';

/*
 * Lex Sarah ("rapport enligt lex Sarah", SoL 14 kap. 3–7 §§, SOSFS 2011:9 7 kap.): the report's
 * states, decisions and deadlines, as pure functions (docs/FEEDBACK.md, "Quality").
 *
 * The deadlines are the units' routine, written down here once:
 * - the investigation starts at once when the report is made and is finished within two months
 *   of the report (SOSFS 2011:9 7 kap. 1 § asks for it "skyndsamt"; two months is the routine);
 * - a serious shortcoming or a risk of one ("allvarligt missförhållande") is reported to IVO
 *   within two weeks of the decision that it is one (SoL 14 kap. 7 §: "utan dröjsmål").
 */

export const LEX_SARAH_STATUSES = ['INVESTIGATING', 'REPORTED_TO_IVO', 'CLOSED'] as const;
export type LexSarahStatus = (typeof LEX_SARAH_STATUSES)[number];

/** Where a report came from: a feedback item, a deviation, or registered directly by staff. */
export const LEX_SARAH_SOURCES = ['FEEDBACK', 'DEVIATION', 'DIRECT'] as const;
export type LexSarahSource = (typeof LEX_SARAH_SOURCES)[number];

/** The decision that ends the investigation, its rule and the texts' lengths: @omsorg/rules/feedback (the form checks them too). */
export { LEX_SARAH_DECISIONS, LEX_SARAH_TEXT_MAX_LENGTH, lexSarahDecisionIssues, type LexSarahDecision, type LexSarahDecisionInput } from '@omsorg/rules/feedback';

export const LEX_SARAH_INVESTIGATION_MONTHS = 2;
export const LEX_SARAH_IVO_DAYS = 14;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar day plus whole months; the 31st becomes the month's last day when it has none ("2026-12-31" + 2 = "2027-02-28"). */
export function addMonthsTo(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const date = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The last day the investigation may be finished: two months after the report's day. */
export function investigationDeadline(reportedOn: string): string {
  return addMonthsTo(reportedOn, LEX_SARAH_INVESTIGATION_MONTHS);
}

/** The last day the report to IVO may be sent: two weeks after the decision that it is serious. */
export function ivoReportDeadline(seriousOn: string): string {
  return addDaysTo(seriousOn, LEX_SARAH_IVO_DAYS);
}

export type LexSarahDeadlineFacts = {
  status: LexSarahStatus;
  reportedOn: string;
  /** The day the investigation was found to show a serious shortcoming; null until then. */
  seriousOn?: string | null;
  /** The day the investigation was recorded as finished; null until then. */
  investigatedOn?: string | null;
  ivoSentOn?: string | null;
};

export type LexSarahDeadlines = {
  investigationDue: string;
  /** The investigation is not finished and its day has passed. */
  investigationOverdue: boolean;
  ivoDue: string | null;
  /** Serious, not yet sent to IVO, and two weeks have passed (or it was sent after the day). */
  ivoOverdue: boolean;
};

/** Both deadlines and whether each is missed, as of `today` (Stockholm). */
export function lexSarahDeadlines(facts: LexSarahDeadlineFacts, today: string): LexSarahDeadlines {
  const investigationDue = investigationDeadline(facts.reportedOn);
  const finished = facts.investigatedOn ?? (facts.status === 'INVESTIGATING' ? null : today);
  const investigationOverdue = finished === null ? today > investigationDue : finished > investigationDue;
  const ivoDue = facts.seriousOn ? ivoReportDeadline(facts.seriousOn) : null;
  const ivoOverdue = ivoDue !== null && (facts.ivoSentOn ? facts.ivoSentOn > ivoDue : facts.status === 'INVESTIGATING' && today > ivoDue);
  return { investigationDue, investigationOverdue, ivoDue, ivoOverdue };
}

/** The status a decision leads to. */
export function statusAfterDecision(decision: LexSarahDecision): LexSarahStatus {
  return decision === 'REPORT_TO_IVO' ? 'REPORTED_TO_IVO' : 'CLOSED';
}

const LEX_SARAH_PREFIX = 'LS';

/** The report's own reference number, e.g. LS-2026-0001 (the serial from a sequence, unique across years). */
export function formatLexSarahNumber(year: number, serial: number): string {
  if (!Number.isSafeInteger(serial) || serial < 1) throw new RangeError(`Not a positive serial: ${serial}`);
  return `${LEX_SARAH_PREFIX}-${year}-${String(serial).padStart(4, '0')}`;
}
