import { describe, expect, it } from 'vitest';
import { formatPersonnummer } from './my-details.ts';

describe('my details formatting', () => {
  it('writes a personnummer with its hyphen', () => {
    expect(formatPersonnummer('194203152386')).toBe('19420315-2386');
  });
});
