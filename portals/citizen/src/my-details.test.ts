import { describe, expect, it } from 'vitest';
import { formatPersonnummer, formatStockholmMoment } from './my-details.ts';

describe('my details formatting', () => {
  it('writes a personnummer with its hyphen', () => {
    expect(formatPersonnummer('194203152386')).toBe('19420315-2386');
  });

  it('shows the moment in Stockholm time', () => {
    expect(formatStockholmMoment('2026-12-05T13:05:00Z', 'sv-SE')).toContain('14:05');
    expect(formatStockholmMoment('2026-07-01T13:05:00Z', 'sv-SE')).toContain('15:05');
  });
});
