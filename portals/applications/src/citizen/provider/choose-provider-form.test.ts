import { describe, expect, it } from 'vitest';
import { chooseProviderSchema, languageList, languageNames, toChooseProviderInput } from './choose-provider-form.ts';

describe('choosing a provider', () => {
  const schema = chooseProviderSchema(() => ['p1', 'p2']);

  it('takes only a provider that is offered', () => {
    expect(schema.safeParse({ providerId: 'p2' }).success).toBe(true);
    const missing = schema.safeParse({ providerId: '' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.message).toBe('chooseProvider.errors.providerMissing');
    expect(schema.safeParse({ providerId: 'elsewhere' }).success).toBe(false);
  });

  it('sends the decision and the provider', () => {
    expect(toChooseProviderInput('d1', { providerId: 'p1' })).toEqual({ decisionId: 'd1', providerId: 'p1' });
  });

  it('names the languages spoken in the reader’s language, Swedish first', () => {
    expect(languageNames(['fi', 'ar', 'sv'], 'sv')).toEqual(['svenska', 'arabiska', 'finska']);
    expect(languageNames(['fi'], 'en')).toEqual(['Finnish']);
    expect(languageList(['fi', 'ar', 'sv'], 'sv')).toBe('svenska, arabiska och finska');
  });
});
