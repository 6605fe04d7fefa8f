import { toCsv } from '@omsorg/platform';
import { describe, expect, it } from 'vitest';
import { BOOKED_STATUSES, campaignFunnel, FUNNEL_CSV_HEADER, FUNNEL_STEPS, funnelCsvRows, REFERRED_STATUSES, shareInPercent, type FunnelRow } from './funnel.ts';

const women: FunnelRow = { legalGender: 'FEMALE', cohort: 4, INVITED: 4, ANSWERED: 3, BOOKED: 2, HELD: 1, REFERRED: 1 };
const men: FunnelRow = { legalGender: 'MALE', cohort: 2, INVITED: 2, ANSWERED: 1, BOOKED: 1, HELD: 0, REFERRED: 0 };

describe('the campaign funnel', () => {
  it('counts people in a cancelled booking out and a no-show in; a failed referral out', () => {
    expect(BOOKED_STATUSES).toEqual(['ACTIVE', 'HELD', 'NO_SHOW']);
    expect(REFERRED_STATUSES).not.toContain('FAILED');
    expect(REFERRED_STATUSES).toEqual(['PENDING', 'SENT', 'CREATED']);
  });

  it('adds women and men into the total, step by step in order', () => {
    const funnel = campaignFunnel([men, women]);
    expect(funnel.cohort).toEqual({ women: 4, men: 2, total: 6 });
    expect(funnel.steps.map((step) => step.step)).toEqual([...FUNNEL_STEPS]);
    expect(funnel.steps.map((step) => step.counts.total)).toEqual([6, 4, 3, 1, 1]);
    expect(funnel.steps[2]!.counts).toEqual({ women: 2, men: 1, total: 3 });
  });

  it('gives each step’s share of the one before (the cohort for the first) and of those invited, null where nothing divides', () => {
    const funnel = campaignFunnel([women, men]);
    expect(funnel.steps[0]!.ofPrevious).toEqual({ women: 100, men: 100, total: 100 });
    expect(funnel.steps[1]!.ofPrevious).toEqual({ women: 75, men: 50, total: 66.7 });
    expect(funnel.steps[3]!.ofPrevious).toEqual({ women: 50, men: 0, total: 33.3 });
    expect(funnel.steps[4]!.ofPrevious).toEqual({ women: 100, men: null, total: 100 });
    expect(funnel.steps[4]!.ofInvited).toEqual({ women: 25, men: 0, total: 16.7 });
  });

  it('is all zeros with no shares before the cohort is fixed', () => {
    const funnel = campaignFunnel([]);
    expect(funnel.cohort).toEqual({ women: 0, men: 0, total: 0 });
    for (const step of funnel.steps) expect(step).toMatchObject({ counts: { total: 0 }, ofPrevious: { total: null }, ofInvited: { total: null } });
  });

  it('rounds a share to one decimal', () => {
    expect(shareInPercent(1, 3)).toBe(33.3);
    expect(shareInPercent(2, 3)).toBe(66.7);
    expect(shareInPercent(0, 0)).toBeNull();
  });

  it('writes the CSV with Swedish headings and step names, the cohort first, decimal commas', () => {
    const csv = toCsv(FUNNEL_CSV_HEADER, funnelCsvRows(campaignFunnel([women, men])));
    expect(csv.split('\r\n')).toEqual([
      'Steg;Kvinnor;Män;Totalt;Andel av föregående steg (%);Andel av inbjudna (%)',
      'I urvalet;4;2;6;;',
      'Inbjudna;4;2;6;100;100',
      'Svarat;3;1;4;66,7;66,7',
      'Bokat samtal;2;1;3;75;50',
      'Genomfört samtal;1;0;1;33,3;16,7',
      'Remitterade till handläggare;1;0;1;100;16,7',
      '',
    ]);
  });
});
