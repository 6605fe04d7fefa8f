import { describe, expect, it } from 'vitest';
import { ApplicationIndicatorKey, FeedbackIndicatorKey, OutreachIndicatorKey } from '../../generated/graphql.ts';
import { chosenTertial, indicatorCsv, indicatorRows } from './indicator-report.ts';

const report = {
  feedbackIndicators: [
    { key: FeedbackIndicatorKey.ComplaintsRegistered, value: 12, previousValue: 9, target: 'Ska öka', met: true },
    { key: FeedbackIndicatorKey.ComplaintsAnsweredShare, value: 66.7, previousValue: null, target: null, met: null },
  ],
  applicationIndicators: [{ key: ApplicationIndicatorKey.CallbacksWithin_48H, value: 85.5, count: 20, target: '90 %', met: false }],
  outreachIndicators: null,
};

describe('the indicator report', () => {
  it('puts each service\'s figures in order with their units, and leaves out a service that gave none', () => {
    expect(indicatorRows(report)).toEqual([
      { group: 'feedback', key: 'COMPLAINTS_REGISTERED', unit: 'count', value: 12, previousValue: 9, hasTarget: true, met: true },
      { group: 'feedback', key: 'COMPLAINTS_ANSWERED_SHARE', unit: 'percent', value: 66.7, previousValue: null, hasTarget: false, met: null },
      { group: 'applications', key: 'CALLBACKS_WITHIN_48H', unit: 'percent', value: 85.5, previousValue: null, hasTarget: true, met: false },
    ]);
    expect(OutreachIndicatorKey.Invited).toBe('INVITED');
  });

  it('writes the CSV with ";" and decimal comma', () => {
    const csv = indicatorCsv(indicatorRows(report), {
      header: ['Område', 'Indikator', 'Utfall', 'Samma tertial förra året', 'Mål', 'Målet nått'],
      group: (group) => group,
      name: (key) => key,
      target: (key) => `mål ${key}`,
      met: (met, hasTarget) => (!hasTarget ? 'inget mål' : met ? 'ja' : 'nej'),
    });
    expect(csv.split('\r\n')).toEqual([
      'Område;Indikator;Utfall;Samma tertial förra året;Mål;Målet nått',
      'feedback;COMPLAINTS_REGISTERED;12;9;mål COMPLAINTS_REGISTERED;ja',
      'feedback;COMPLAINTS_ANSWERED_SHARE;66,7;;;inget mål',
      'applications;CALLBACKS_WITHIN_48H;85,5;;mål CALLBACKS_WITHIN_48H;nej',
      '',
    ]);
  });

  it('takes the tertial from the address, else the current one', () => {
    expect(chosenTertial('3', 5)).toBe(3);
    expect(chosenTertial('4', 5)).toBe(2);
    expect(chosenTertial(undefined, 12)).toBe(3);
    expect(chosenTertial(undefined, 2)).toBe(1);
  });
});
