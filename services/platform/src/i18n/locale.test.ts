import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locale.ts';

describe('negotiateLocale', () => {
  it('reads plain Swedish (the portals send sv-x-easy) as Swedish', () => {
    expect(negotiateLocale('sv-x-easy')).toBe('sv');
  });

  it('picks the first supported language by quality, else Swedish', () => {
    expect(negotiateLocale('de, fi;q=0.8, en;q=0.9')).toBe('en');
    expect(negotiateLocale('de')).toBe('sv');
    expect(negotiateLocale(undefined)).toBe('sv');
  });
});
