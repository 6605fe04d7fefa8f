import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../testing/schema-issues.ts';
import {
  appealTiming,
  courtOutcomeSchema,
  forwardSchema,
  registerAppealSchema,
  toCourtOutcomeInput,
  toForwardInput,
  toReconsiderInput,
  toRegisterAppealInput,
} from './appeal-form.ts';

const today = '2026-12-10';

describe('register an appeal received on paper', () => {
  it('needs the decision, the day it came, how it came and what it says', () => {
    const issues = (form: object) => registerAppealSchema(today).safeParse(form).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues({ decisionId: '', receivedOn: '', text: ' ' })).toEqual([
      ['decisionId', 'case.appeal.errors.decision'],
      ['receivedOn', 'case.appeal.errors.receivedOn'],
      ['text', 'case.appeal.errors.text'],
    ]);
    expect(issues({ decisionId: 'd', receivedOn: '2026-12-11', text: 'x' })).toEqual([['receivedOn', 'validation.notInFuture']]);
  });

  it('maps to the input as an appeal on paper', () => {
    const checked = registerAppealSchema(today).parse({ decisionId: 'd', receivedOn: '2026-12-01', text: ' Jag vill bo på boende. ' });
    expect(toRegisterAppealInput(checked)).toEqual({
      decisionId: 'd',
      receivedOn: '2026-12-01',
      text: 'Jag vill bo på boende.',
      channel: 'PAPER',
    });
  });

  it('previews whether it came in time, the deadline day included', () => {
    expect(appealTiming('2026-12-14', '2026-12-14')).toBe('inTime');
    expect(appealTiming('2026-12-15', '2026-12-14')).toBe('late');
    expect(appealTiming('', '2026-12-14')).toBeNull();
    expect(appealTiming('2026-12-01', null)).toBeNull();
  });
});

describe('reconsider, forward and record the court outcome', () => {
  it('forwards on a day not in the future', () => {
    expect(issuesOf(forwardSchema(today), { forwardedOn: '' })).toEqual([['forwardedOn', 'case.appeal.errors.forwardedOn']]);
    expect(issuesOf(forwardSchema(today), { forwardedOn: '2026-12-11' })).toEqual([['forwardedOn', 'validation.notInFuture']]);
    expect(toForwardInput('ap-1', forwardSchema(today).parse({ forwardedOn: today }))).toEqual({ appealId: 'ap-1', forwardedOn: today });
  });

  it('records what the court decided', () => {
    expect(issuesOf(courtOutcomeSchema(today), { status: 'RECEIVED', decidedOn: '', note: '' })).toEqual([
      ['status', 'case.appeal.errors.courtStatus'],
      ['decidedOn', 'case.appeal.errors.courtDate'],
    ]);
    const checked = courtOutcomeSchema(today).parse({ status: 'COURT_UPHELD', decidedOn: today, note: ' ' });
    expect(toCourtOutcomeInput('ap-1', checked)).toEqual({ appealId: 'ap-1', status: 'COURT_UPHELD', decidedOn: today, note: null });
  });

  it('wraps the changed decision for reconsideration', () => {
    const change = {
      requestedServiceId: 'rs',
      applicationVersion: 3,
      outcome: 'GRANTED' as const,
      hoursPerMonth: null,
      validFrom: today,
      validTo: null,
      legalProvisionId: 'lp',
      motivation: 'Ändrat efter omprövning',
    };
    expect(toReconsiderInput('ap-1', change)).toEqual({ appealId: 'ap-1', change });
  });
});
