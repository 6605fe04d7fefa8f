import { describe, expect, it } from 'vitest';
import { decisionSchema, deviationSchema, escalateSchema, toDecisionInput, toDeviationInput } from './quality-forms.ts';

const today = '2026-12-05';
const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) => result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('the quality forms', () => {
  it('asks for what happened, where and who reported, and refuses a future day', () => {
    expect(messages(escalateSchema(today).safeParse({ whatHappened: ' ', place: '', happenedOn: '2026-12-06', reportedBy: '' }))).toEqual([
      ['whatHappened', 'quality.errors.whatHappened'],
      ['place', 'quality.errors.place'],
      ['happenedOn', 'validation.notInFuture'],
      ['reportedBy', 'quality.errors.reportedBy'],
    ]);
    expect(escalateSchema(today).parse({ whatHappened: 'Fel', place: 'Hemma', happenedOn: '', reportedBy: 'Undersköterska' }).happenedOn).toBeNull();
  });

  it('checks the decision by the rule the service uses: a report to IVO needs the day it was sent', () => {
    const base = { decision: 'REPORT_TO_IVO', reasons: 'Allvarligt.', decidedOn: today, ivoSentOn: '' };
    expect(messages(decisionSchema(today).safeParse(base))).toEqual([['ivoSentOn', 'quality.lexSarah.ivoSentOnRequired']]);
    expect(messages(decisionSchema(today).safeParse({ ...base, decision: 'WRITTEN_OFF', ivoSentOn: today }))).toEqual([['ivoSentOn', 'quality.lexSarah.ivoSentOnlyWhenReported']]);
    const values = decisionSchema(today).parse({ ...base, ivoSentOn: today });
    expect(toDecisionInput('r1', 3, values)).toEqual({ id: 'r1', version: 3, decision: 'REPORT_TO_IVO', reasons: 'Allvarligt.', decidedOn: today, ivoSentOn: today });
  });

  it('asks for the provider’s name when a deviation concerns a provider or a nursing home', () => {
    expect(messages(deviationSchema(today).safeParse({ target: 'NURSING_HOME', providerName: '', description: 'Fel', raisedOn: today }))).toEqual([['providerName', 'quality.deviation.providerRequired']]);
    const values = deviationSchema(today).parse({ target: 'REGION', providerName: '', description: 'LUS', raisedOn: today });
    expect(toDeviationInput(values)).toEqual({ target: 'REGION', providerName: null, description: 'LUS', raisedOn: today });
  });
});
