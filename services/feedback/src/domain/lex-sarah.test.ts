import { describe, expect, it } from 'vitest';
import { addMonthsTo, formatLexSarahNumber, investigationDeadline, ivoReportDeadline, lexSarahDeadlines, lexSarahDecisionIssues, statusAfterDecision } from './lex-sarah.ts';

describe('lex Sarah deadlines', () => {
  it('adds whole months, keeping the last day of a shorter month', () => {
    expect(addMonthsTo('2026-12-05', 2)).toBe('2027-02-05');
    expect(addMonthsTo('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonthsTo('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonthsTo('2026-10-31', 2)).toBe('2026-12-31');
  });

  it('gives the investigation two months from the report and IVO two weeks from the finding that it is serious', () => {
    expect(investigationDeadline('2026-12-05')).toBe('2027-02-05');
    expect(ivoReportDeadline('2026-12-28')).toBe('2027-01-11');
  });

  it('shows an investigation overdue only after its last day, and never once it was finished in time', () => {
    const base = { status: 'INVESTIGATING' as const, reportedOn: '2026-10-01', seriousOn: null, investigatedOn: null, ivoSentOn: null };
    expect(lexSarahDeadlines(base, '2026-12-01')).toMatchObject({ investigationDue: '2026-12-01', investigationOverdue: false, ivoDue: null, ivoOverdue: false });
    expect(lexSarahDeadlines(base, '2026-12-02').investigationOverdue).toBe(true);
    expect(lexSarahDeadlines({ ...base, investigatedOn: '2026-11-30' }, '2027-01-01').investigationOverdue).toBe(false);
    expect(lexSarahDeadlines({ ...base, investigatedOn: '2026-12-03' }, '2027-01-01').investigationOverdue).toBe(true);
  });

  it('shows the report to IVO overdue while not sent after two weeks, or when it was sent late', () => {
    const serious = { status: 'INVESTIGATING' as const, reportedOn: '2026-11-01', seriousOn: '2026-11-20', investigatedOn: '2026-11-20', ivoSentOn: null };
    expect(lexSarahDeadlines(serious, '2026-12-04')).toMatchObject({ ivoDue: '2026-12-04', ivoOverdue: false });
    expect(lexSarahDeadlines(serious, '2026-12-05').ivoOverdue).toBe(true);
    expect(lexSarahDeadlines({ ...serious, status: 'REPORTED_TO_IVO', ivoSentOn: '2026-12-01' }, '2026-12-30').ivoOverdue).toBe(false);
    expect(lexSarahDeadlines({ ...serious, status: 'REPORTED_TO_IVO', ivoSentOn: '2026-12-07' }, '2026-12-30').ivoOverdue).toBe(true);
  });
});

describe('lex Sarah decisions', () => {
  const today = '2026-12-05';
  it('requires the day the report was sent to IVO, not in the future and not before the decision', () => {
    expect(lexSarahDecisionIssues({ decision: 'REPORT_TO_IVO', decidedOn: today, ivoSentOn: null }, today)).toEqual([{ field: 'ivoSentOn', message: 'quality.lexSarah.ivoSentOnRequired' }]);
    expect(lexSarahDecisionIssues({ decision: 'REPORT_TO_IVO', decidedOn: '2026-12-04', ivoSentOn: '2026-12-06' }, today)[0]?.message).toBe('quality.lexSarah.ivoSentInFuture');
    expect(lexSarahDecisionIssues({ decision: 'REPORT_TO_IVO', decidedOn: '2026-12-04', ivoSentOn: '2026-12-03' }, today)[0]?.message).toBe('quality.lexSarah.ivoSentBeforeDecision');
    expect(lexSarahDecisionIssues({ decision: 'REPORT_TO_IVO', decidedOn: '2026-12-04', ivoSentOn: '2026-12-05' }, today)).toEqual([]);
  });

  it('refuses a day for IVO on a closing decision and a decision in the future', () => {
    expect(lexSarahDecisionIssues({ decision: 'NOT_MISCONDUCT', decidedOn: today, ivoSentOn: today }, today)[0]?.field).toBe('ivoSentOn');
    expect(lexSarahDecisionIssues({ decision: 'WRITTEN_OFF', decidedOn: '2026-12-06', ivoSentOn: null }, today)[0]?.field).toBe('decidedOn');
    expect(lexSarahDecisionIssues({ decision: 'WRITTEN_OFF', decidedOn: today, ivoSentOn: null }, today)).toEqual([]);
  });

  it('leads to REPORTED_TO_IVO or CLOSED, and numbers reports LS-year-serial', () => {
    expect(statusAfterDecision('REPORT_TO_IVO')).toBe('REPORTED_TO_IVO');
    expect(statusAfterDecision('NOT_MISCONDUCT')).toBe('CLOSED');
    expect(statusAfterDecision('WRITTEN_OFF')).toBe('CLOSED');
    expect(formatLexSarahNumber(2026, 1)).toBe('LS-2026-0001');
    expect(formatLexSarahNumber(2026, 12345)).toBe('LS-2026-12345');
  });
});
