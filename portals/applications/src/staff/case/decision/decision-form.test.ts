import { describe, expect, it } from 'vitest';
import { aDecision } from '../../testing/fixtures.ts';
import { issuesOf } from '../../testing/schema-issues.ts';
import { decisionFormFrom, decisionSchema, decisionsOf, provisionLabel, sortProvisions, toDecideInput, type DecisionForm } from './decision-form.ts';

const noException = { communicationException: '', communicationExceptionNote: '' };
const filled: DecisionForm = { outcome: 'GRANTED', hoursPerMonth: '40', validFrom: '2026-12-01', validTo: '', legalProvisionId: 'lp-1', motivation: 'Behovet är styrkt.', ...noException };
const home = decisionSchema('HOME_CARE_PERSONAL');
const alarm = decisionSchema('SAFETY_ALARM');

describe('decision form', () => {
  it('starts empty with today as the first valid day', () => {
    expect(decisionFormFrom(null, '2026-11-20')).toEqual({ outcome: '', hoursPerMonth: '', validFrom: '2026-11-20', validTo: '', legalProvisionId: '', motivation: '', ...noException });
  });

  it('starts from a proposal', () => {
    const form = decisionFormFrom(
      aDecision({ status: 'PROPOSED', outcome: 'DENIED', hoursPerMonth: 120, validTo: '2027-11-30', communicationException: 'CANNOT_BE_DEFERRED', communicationExceptionNote: 'Brådskande.' }),
      '2026-11-20',
    );
    expect(form).toEqual({
      outcome: 'DENIED',
      hoursPerMonth: '120',
      validFrom: '2026-12-01',
      validTo: '2027-11-30',
      legalProvisionId: 'lp-1',
      motivation: 'Behovet är styrkt.',
      communicationException: 'CANNOT_BE_DEFERRED',
      communicationExceptionNote: 'Brådskande.',
    });
  });

  it('asks for hours only for home care that is granted (the shared rule)', () => {
    expect(issuesOf(home, { ...filled, hoursPerMonth: '' })).toEqual([['hoursPerMonth', 'validation.decision.hoursRequired']]);
    expect(issuesOf(alarm, { ...filled, hoursPerMonth: '' })).toEqual([]);
    expect(issuesOf(decisionSchema('HOME_CARE_SERVICE'), { ...filled, outcome: 'DENIED', hoursPerMonth: '' })).toEqual([]);
  });

  it('refuses broken hours as the form’s own check, and more than a month has with the shared rule', () => {
    expect(issuesOf(home, { ...filled, hoursPerMonth: '-5' })).toEqual([['hoursPerMonth', 'case.decision.errors.hoursNumber']]);
    expect(issuesOf(home, { ...filled, hoursPerMonth: '12,5' })).toEqual([['hoursPerMonth', 'case.decision.errors.hoursNumber']]);
    expect(home.safeParse({ ...filled, hoursPerMonth: '745' }).error?.issues).toEqual([
      expect.objectContaining({ path: ['hoursPerMonth'], message: 'validation.decision.hoursTooMany', params: { maximum: 744 } }),
    ]);
    expect(issuesOf(home, { ...filled, hoursPerMonth: '744' })).toEqual([]);
  });

  it('needs an outcome, a first day, a legal basis and a motivation, and an end after the start', () => {
    const empty: DecisionForm = { outcome: '', hoursPerMonth: '', validFrom: '', validTo: '2026-01-01', legalProvisionId: '', motivation: ' ', ...noException };
    expect(issuesOf(alarm, empty)).toEqual([
      ['outcome', 'case.decision.errors.outcome'],
      ['validFrom', 'case.decision.errors.validFromMissing'],
      ['legalProvisionId', 'case.decision.errors.legalProvision'],
      ['motivation', 'case.decision.errors.motivation'],
    ]);
    expect(issuesOf(alarm, { ...filled, validTo: '2026-11-30' })).toEqual([['validTo', 'validation.decision.validToBeforeValidFrom']]);
    expect(issuesOf(alarm, { ...filled, validFrom: '2026-02-30' })).toEqual([['validFrom', 'validation.day']]);
    expect(issuesOf(alarm, { ...filled, motivation: 'x'.repeat(10_001) })).toEqual([['motivation', 'validation.tooLong']]);
  });

  it('maps to DecideInput with the application version', () => {
    expect(toDecideInput({ ...filled, motivation: ' Styrkt behov ' }, { requestedServiceId: 'rs-home', applicationVersion: 12, serviceType: 'HOME_CARE_PERSONAL' })).toEqual({
      requestedServiceId: 'rs-home',
      applicationVersion: 12,
      outcome: 'GRANTED',
      hoursPerMonth: 40,
      validFrom: '2026-12-01',
      validTo: null,
      legalProvisionId: 'lp-1',
      motivation: 'Styrkt behov',
      communicationException: null,
      communicationExceptionNote: null,
    });
    expect(toDecideInput({ ...filled, validTo: '2027-11-30' }, { requestedServiceId: 'rs-alarm', applicationVersion: 1, serviceType: 'SAFETY_ALARM' })).toMatchObject({
      hoursPerMonth: null,
      validTo: '2027-11-30',
    });
  });

  it('needs a note with an exception from communication (förvaltningslagen 25 §), of bounded length, and sends it only with a denial or partial grant', () => {
    const denial = { ...filled, outcome: 'DENIED', hoursPerMonth: '', communicationException: 'CANNOT_BE_DEFERRED' };
    expect(issuesOf(alarm, { ...denial, communicationExceptionNote: '  ' })).toEqual([['communicationExceptionNote', 'case.decision.errors.exceptionNote']]);
    expect(issuesOf(alarm, { ...denial, communicationExceptionNote: 'x'.repeat(2001) })).toEqual([['communicationExceptionNote', 'validation.tooLong']]);
    const context = { requestedServiceId: 'rs-alarm', applicationVersion: 3, serviceType: 'SAFETY_ALARM' as const };
    expect(toDecideInput({ ...denial, communicationExceptionNote: ' Utskrivning i dag. ' }, context)).toMatchObject({
      communicationException: 'CANNOT_BE_DEFERRED',
      communicationExceptionNote: 'Utskrivning i dag.',
    });
    // Chosen, then the outcome changed to granted: nothing to except, nothing sent, nothing asked.
    expect(issuesOf(alarm, { ...denial, outcome: 'GRANTED' })).toEqual([]);
    expect(toDecideInput({ ...denial, outcome: 'GRANTED', communicationExceptionNote: 'x' }, context)).toMatchObject({ communicationException: null, communicationExceptionNote: null });
  });

  it('finds the decision in force and the proposal', () => {
    const decided = aDecision({ id: 'd2' });
    const proposal = aDecision({ id: 'd3', status: 'PROPOSED' });
    const old = aDecision({ id: 'd1', status: 'SUPERSEDED' });
    expect(decisionsOf({ decisions: [old, decided, proposal] })).toEqual({ current: decided, proposal, earlier: [old] });
    expect(decisionsOf({ decisions: [] })).toEqual({ current: null, proposal: null, earlier: [] });
  });

  it('lists the social services act before LSS', () => {
    const sorted = sortProvisions([
      { law: 'LSS', citation: '9 § 3 lagen (1993:387)', title: 'Ledsagarservice' },
      { law: 'SOL', citation: 'socialtjänstlag (2025:400)', title: 'Insats utan individuell behovsbedömning' },
      { law: 'SOL', citation: 'socialtjänstlag (2025:400)', title: 'Bistånd till livsföring i övrigt' },
    ]);
    expect(sorted.map((p) => p.title)).toEqual(['Bistånd till livsföring i övrigt', 'Insats utan individuell behovsbedömning', 'Ledsagarservice']);
  });

  it('labels a legal provision with its citation and title', () => {
    expect(provisionLabel({ citation: '4 kap. 1 § socialtjänstlagen (2001:453)', title: 'Bistånd' })).toBe('4 kap. 1 § socialtjänstlagen (2001:453) – Bistånd');
  });
});
