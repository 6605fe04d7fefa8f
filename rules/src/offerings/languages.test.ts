import { describe, expect, it } from 'vitest';
import { pickTranslation } from './languages.ts';

describe('pickTranslation', () => {
  const texts = { sv: 'Sittgympa', fi: 'Tuolijumppa' };

  it('shows the language asked for when it is written', () => {
    expect(pickTranslation(texts, 'fi')).toEqual({ value: 'Tuolijumppa', language: 'fi', translated: true });
  });

  it('falls back to Swedish, and says so, when it is not', () => {
    expect(pickTranslation(texts, 'ar')).toEqual({ value: 'Sittgympa', language: 'sv', translated: false });
    expect(pickTranslation(texts, 'sv-x-easy')).toEqual({ value: 'Sittgympa', language: 'sv', translated: false });
  });
});
