import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('writes a Swedish CSV with ; and decimal comma, quoting where needed', () => {
    expect(toCsv(['Insats', 'Andel (%)'], [['Hemtjänst; personlig', 66.7], ['=SUM(A1)', null]])).toBe(
      'Insats;Andel (%)\r\n"Hemtjänst; personlig";66,7\r\n\'=SUM(A1);\r\n',
    );
  });
});
