import { describe, expect, it } from 'vitest';
import { fileSizeText, letterCount } from './letter-format.ts';

describe('letter batch numbers', () => {
  it('writes counts with the language’s thousands separator', () => {
    expect(letterCount(20000, 'sv').replace(/\s/g, ' ')).toBe('20 000');
    expect(letterCount(1240, 'en')).toBe('1,240');
  });

  it('writes file sizes in MB or kB', () => {
    expect(fileSizeText(34_400_000, 'sv')).toBe('34 MB');
    expect(fileSizeText(5_250, 'sv')).toBe('5,3 kB');
    expect(fileSizeText(820_000, 'en')).toBe('820 kB');
  });
});
