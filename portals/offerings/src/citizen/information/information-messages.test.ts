import { describe, expect, it } from 'vitest';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fi from './locales/fi.json' with { type: 'json' };
import easy from './locales/sv-x-easy.json' with { type: 'json' };
import sv from './locales/sv.json' with { type: 'json' };

const keys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' && value ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`])).sort();

describe('the information pages’ messages', () => {
  it('have the same keys in all five languages, plain Swedish included', () => {
    for (const other of [easy, en, fi, ar]) expect(keys(other)).toEqual(keys(sv));
  });

  it('say in plain Swedish its own words, not the Swedish ones', () => {
    expect(easy.offerings.information.notTranslated).not.toBe(sv.offerings.information.notTranslated);
    expect(easy.offerings.information.intro.length).toBeLessThan(sv.offerings.information.intro.length);
  });
});
