import { describe, expect, it } from 'vitest';
import { decisionTable, decisionTotals, defaultPeriod, genderOf, periodFromQuery, periodToQuery, quarterFromQuery, tertials } from './statistics-tables.ts';

describe('decisions per month and service', () => {
  const rows = [
    { month: '2026-02', serviceType: 'SAFETY_ALARM' as const, gender: 'FEMALE', granted: 3, denied: 1 },
    { month: '2026-01', serviceType: 'NURSING_HOME' as const, gender: 'MALE', granted: 1, denied: 2 },
    { month: '2026-01', serviceType: 'HOME_CARE_PERSONAL' as const, gender: 'FEMALE', granted: 5, denied: 0 },
    { month: '2026-01', serviceType: 'HOME_CARE_PERSONAL' as const, gender: 'MALE', granted: 2, denied: 1 },
    { month: '2026-01', serviceType: 'HOME_CARE_PERSONAL' as const, gender: 'UNKNOWN', granted: 1, denied: 0 },
  ];

  it('joins the genders of a month and service into one row, in month and catalogue order', () => {
    const table = decisionTable(rows);
    expect(table.map((row) => `${row.month} ${row.serviceType}`)).toEqual(['2026-01 HOME_CARE_PERSONAL', '2026-01 NURSING_HOME', '2026-02 SAFETY_ALARM']);
    expect(table[0]).toEqual({ month: '2026-01', serviceType: 'HOME_CARE_PERSONAL', granted: { women: 5, men: 2, total: 8 }, denied: { women: 0, men: 1, total: 1 } });
  });

  it('adds up the totals', () => {
    expect(decisionTotals(decisionTable(rows))).toEqual({ granted: { women: 8, men: 3, total: 12 }, denied: { women: 1, men: 3, total: 4 } });
  });

  it('reads the gender however the API spells it', () => {
    expect(['FEMALE', 'women', 'K'].map(genderOf)).toEqual(['women', 'women', 'women']);
    expect(['MALE', 'men', 'M'].map(genderOf)).toEqual(['men', 'men', 'men']);
    expect(genderOf('')).toBe('other');
  });
});

describe('the period', () => {
  it('defaults to the year so far and reads a valid period from the address', () => {
    expect(defaultPeriod('2026-11-20')).toEqual({ from: '2026-01-01', to: '2026-11-20' });
    expect(periodFromQuery({ fran: '2026-05-01', till: '2026-08-31' }, '2026-11-20')).toEqual({ from: '2026-05-01', to: '2026-08-31' });
    expect(periodFromQuery({ fran: '2026-09-01', till: '2026-05-01' }, '2026-11-20')).toEqual({ from: '2026-01-01', to: '2026-11-20' });
    expect(periodToQuery({ from: '2026-01-01', to: '2026-04-30' })).toEqual({ fran: '2026-01-01', till: '2026-04-30' });
  });

  it('knows the tertials', () => {
    expect(tertials(2026).map((tertial) => `${tertial.key} ${tertial.period.from}–${tertial.period.to}`)).toEqual([
      'T1 2026-01-01–2026-04-30',
      'T2 2026-05-01–2026-08-31',
      'T3 2026-09-01–2026-12-31',
    ]);
  });

  it('ignores a period in the address that the service would refuse', () => {
    expect(periodFromQuery({ fran: '2020-01-01', till: '2026-01-01' }, '2026-11-20')).toEqual({ from: '2026-01-01', to: '2026-11-20' });
    expect(periodFromQuery({ fran: '2026-02-30', till: '2026-03-01' }, '2026-11-20')).toEqual({ from: '2026-01-01', to: '2026-11-20' });
  });

  it('reads the quarter of the IVO report', () => {
    expect(quarterFromQuery({ kvartal: '2026-Q3' }, '2026-Q4')).toBe('2026-Q3');
    expect(quarterFromQuery({ kvartal: '2026-Q5' }, '2026-Q4')).toBe('2026-Q4');
  });
});
