import { describe, expect, it } from 'vitest';
import { openSchema, toOpenInput } from './open-form.ts';

const parse = (values: { code: string; day: string; month: string; year: string }) => openSchema.safeParse(values);
const messages = (values: { code: string; day: string; month: string; year: string }) => {
  const result = parse(values);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the invitation form', () => {
  it('reads the code as people type it and the date from three fields', () => {
    const values = { code: 'kbf7 9xtm-q4rh', day: '5', month: '09', year: '1951' };
    expect(parse(values).success).toBe(true);
    expect(toOpenInput(values)).toEqual({ code: 'KBF79XTMQ4RH', birthDate: '1951-09-05' });
  });

  it('says what is wrong in plain words, for the code and the date', () => {
    expect(messages({ code: '', day: '', month: '', year: '' })).toEqual(['code: validation.invitationCode.required', 'day: validation.birthDate.required']);
    expect(messages({ code: 'KBF7-9XTM', day: '30', month: '2', year: '1951' })).toEqual(['code: validation.invitationCode.format', 'day: validation.birthDate.invalid']);
    expect(messages({ code: 'KBF7-9XTM-Q4RH', day: '23', month: '9', year: '51' })).toEqual(['day: validation.birthDate.invalid']);
  });
});
