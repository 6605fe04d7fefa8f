import { describe, expect, it } from 'vitest';
import { aDecision } from '../../testing/fixtures.ts';
import { decisionFormFrom, decisionsOf, provisionLabel, sortProvisions, toDecideInput, validateDecision, type DecisionForm } from './decision-form.ts';

const filled: DecisionForm = { outcome: 'GRANTED', hoursPerMonth: '40', validFrom: '2026-12-01', validTo: '', legalProvisionId: 'lp-1', motivation: 'Behovet är styrkt.' };

describe('decision form', () => {
  it('starts empty with today as the first valid day', () => {
    expect(decisionFormFrom(null, '2026-11-20')).toEqual({ outcome: '', hoursPerMonth: '', validFrom: '2026-11-20', validTo: '', legalProvisionId: '', motivation: '' });
  });

  it('starts from a proposal', () => {
    const form = decisionFormFrom(aDecision({ status: 'PROPOSED', outcome: 'DENIED', hoursPerMonth: 120, validTo: '2027-11-30' }), '2026-11-20');
    expect(form).toEqual({ outcome: 'DENIED', hoursPerMonth: '120', validFrom: '2026-12-01', validTo: '2027-11-30', legalProvisionId: 'lp-1', motivation: 'Behovet är styrkt.' });
  });

  it('asks for hours only for home care that is granted', () => {
    expect(validateDecision({ ...filled, hoursPerMonth: '' }, 'HOME_CARE_PERSONAL')).toEqual([{ field: 'hoursPerMonth', key: 'case.decision.errors.hoursMissing' }]);
    expect(validateDecision({ ...filled, hoursPerMonth: '' }, 'SAFETY_ALARM')).toEqual([]);
    expect(validateDecision({ ...filled, outcome: 'DENIED', hoursPerMonth: '' }, 'HOME_CARE_SERVICE')).toEqual([]);
  });

  it('refuses negative, broken and impossible hours', () => {
    expect(validateDecision({ ...filled, hoursPerMonth: '-5' }, 'HOME_CARE_PERSONAL')[0]?.key).toBe('case.decision.errors.hoursNumber');
    expect(validateDecision({ ...filled, hoursPerMonth: '12,5' }, 'HOME_CARE_PERSONAL')[0]?.key).toBe('case.decision.errors.hoursNumber');
    expect(validateDecision({ ...filled, hoursPerMonth: '745' }, 'HOME_CARE_PERSONAL')).toEqual([
      { field: 'hoursPerMonth', key: 'case.decision.errors.hoursTooMany', params: { max: 744 } },
    ]);
    expect(validateDecision({ ...filled, hoursPerMonth: '744' }, 'HOME_CARE_PERSONAL')).toEqual([]);
  });

  it('needs an outcome, a first day, a legal basis and a motivation, and an end after the start', () => {
    const empty: DecisionForm = { outcome: '', hoursPerMonth: '', validFrom: '', validTo: '2026-01-01', legalProvisionId: '', motivation: ' ' };
    expect(validateDecision(empty, 'SAFETY_ALARM').map((issue) => issue.field)).toEqual(['outcome', 'validFrom', 'legalProvisionId', 'motivation']);
    expect(validateDecision({ ...filled, validTo: '2026-11-30' }, 'SAFETY_ALARM')).toEqual([{ field: 'validTo', key: 'case.decision.errors.validToBeforeFrom' }]);
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
    });
    expect(toDecideInput({ ...filled, validTo: '2027-11-30' }, { requestedServiceId: 'rs-alarm', applicationVersion: 1, serviceType: 'SAFETY_ALARM' })).toMatchObject({
      hoursPerMonth: null,
      validTo: '2027-11-30',
    });
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
