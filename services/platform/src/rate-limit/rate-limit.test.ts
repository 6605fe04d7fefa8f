import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/messages.ts';
import { platformMessages } from '../i18n/platform-messages.ts';
import { formatWait } from './enforce.ts';
import { peekRateLimit, rateLimitRule } from './rate-limit.ts';

describe('rateLimitRule', () => {
  const defaults = { limit: 10, windowSeconds: 3600 };

  it('uses the defaults unless RATE_LIMIT_<NAME> says otherwise', () => {
    expect(rateLimitRule('feedback', defaults, {})).toEqual({ name: 'feedback', limit: 10, windowSeconds: 3600 });
    expect(rateLimitRule('feedback', defaults, { RATE_LIMIT_FEEDBACK: '20/10m' })).toEqual({ name: 'feedback', limit: 20, windowSeconds: 600 });
    expect(rateLimitRule('applications_started', defaults, { RATE_LIMIT_APPLICATIONS_STARTED: '5/1d' })).toMatchObject({ limit: 5, windowSeconds: 86_400 });
    expect(rateLimitRule('feedback', defaults, { RATE_LIMIT_FEEDBACK: 'off' }).limit).toBe(Infinity);
  });

  it('refuses a value it cannot read, naming the variable', () => {
    expect(() => rateLimitRule('feedback', defaults, { RATE_LIMIT_FEEDBACK: 'ten' })).toThrow(/RATE_LIMIT_FEEDBACK/);
    expect(() => rateLimitRule('feedback', defaults, { RATE_LIMIT_FEEDBACK: '10/0h' })).toThrow(/RATE_LIMIT_FEEDBACK/);
  });
});

describe('formatWait', () => {
  const translate = createTranslator(platformMessages);
  const sv = (key: string, params?: Record<string, string | number>) => translate('sv', key, params);

  it('rounds up to minutes, then to hours, in the user’s language', () => {
    expect(formatWait(30, sv)).toBe('1 minut');
    expect(formatWait(61, sv)).toBe('2 minuter');
    expect(formatWait(89 * 60, sv)).toBe('89 minuter');
    expect(formatWait(90 * 60, sv)).toBe('2 timmar');
    expect(formatWait(86_400, sv)).toBe('24 timmar');
    expect(formatWait(600, (key, params) => translate('fi', key, params))).toBe('10 minuuttia');
  });
});

describe('peekRateLimit', () => {
  const rule = { name: 'invitation_code_failures', limit: 5, windowSeconds: 86_400 };
  const answering = (rows: Array<Record<string, unknown>>) => {
    const statements: string[] = [];
    return { statements, execute: async (sql: string) => (statements.push(sql), rows) };
  };

  it('allows while the count is under the limit, and counts nothing', async () => {
    const { statements, execute } = answering([{ hits: 4, retry_after: 100 }]);
    expect(await peekRateLimit(execute, '"outreach"."rate_limit"', rule, 'code')).toEqual({ allowed: true });
    expect(await peekRateLimit(answering([]).execute, '"outreach"."rate_limit"', rule, 'code')).toEqual({ allowed: true });
    expect(statements.every((sql) => sql.trim().startsWith('select'))).toBe(true);
  });

  it('refuses once the limit is reached, with the wait', async () => {
    expect(await peekRateLimit(answering([{ hits: 5, retry_after: 3600 }]).execute, '"outreach"."rate_limit"', rule, 'code')).toEqual({ allowed: false, retryAfterSeconds: 3600 });
  });
});
