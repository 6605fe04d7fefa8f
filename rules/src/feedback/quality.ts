/*
 * The quality work's rules that the feedback service and the staff pages both check (lex Sarah,
 * deviations, the quality council): the maximum lengths and the decision's rule.
 */

/** Any free text of a lex Sarah report (what happened, findings, causes, actions, reasons). */
export const LEX_SARAH_TEXT_MAX_LENGTH = 4000;
export const LEX_SARAH_PLACE_MAX_LENGTH = 300;
export const LEX_SARAH_REPORTED_BY_MAX_LENGTH = 200;
export const DEVIATION_TEXT_MAX_LENGTH = 4000;
export const PROVIDER_NAME_MAX_LENGTH = 200;
export const COUNCIL_TEXT_MAX_LENGTH = 4000;
export const RESPONSIBLE_MAX_LENGTH = 200;

export const LEX_SARAH_DECISIONS = ['REPORT_TO_IVO', 'NOT_MISCONDUCT', 'WRITTEN_OFF'] as const;
export type LexSarahDecision = (typeof LEX_SARAH_DECISIONS)[number];

export type LexSarahDecisionInput = { decision: LexSarahDecision; decidedOn: string; ivoSentOn: string | null };

/**
 * What is wrong with a decision, as message keys per field; empty when it may be recorded. A
 * report to IVO needs the day it was sent, not in the future nor before the decision; a closing
 * decision has no such day.
 */
export function lexSarahDecisionIssues(input: LexSarahDecisionInput, today: string): Array<{ field: string; message: string }> {
  const issues: Array<{ field: string; message: string }> = [];
  if (input.decidedOn > today) issues.push({ field: 'decidedOn', message: 'quality.lexSarah.decidedInFuture' });
  if (input.decision === 'REPORT_TO_IVO') {
    if (!input.ivoSentOn) issues.push({ field: 'ivoSentOn', message: 'quality.lexSarah.ivoSentOnRequired' });
    else if (input.ivoSentOn > today) issues.push({ field: 'ivoSentOn', message: 'quality.lexSarah.ivoSentInFuture' });
    else if (input.ivoSentOn < input.decidedOn) issues.push({ field: 'ivoSentOn', message: 'quality.lexSarah.ivoSentBeforeDecision' });
  } else if (input.ivoSentOn) {
    issues.push({ field: 'ivoSentOn', message: 'quality.lexSarah.ivoSentOnlyWhenReported' });
  }
  return issues;
}
