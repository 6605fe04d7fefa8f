import { describe, expect, it } from 'vitest';
import { MONTH_PATTERN, monthOf, walkInsFormSchema } from './walk-ins-form.ts';

describe('walk-ins and months', () => {
  it('reads blank as 0 and refuses anything but whole numbers', async () => {
    expect(await walkInsFormSchema.parseAsync({ women: '4', men: '', unknown: ' 1 ' })).toEqual({ women: 4, men: 0, unknown: 1 });
    const wrong = await walkInsFormSchema.safeParseAsync({ women: '-1', men: '2,5', unknown: 'x' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((issue) => issue.message)).toEqual(['errors.count', 'errors.count', 'errors.count']);
  });

  it('names the month in Stockholm time, also just after midnight on the first', () => {
    expect(monthOf(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12');
    expect(MONTH_PATTERN.test('2026-12')).toBe(true);
    expect(MONTH_PATTERN.test('2026-13')).toBe(false);
  });
});
