import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayInStockholm } from './representation.ts';

afterEach(() => vi.restoreAllMocks());

describe('todayInStockholm', () => {
  it('gives the Stockholm day, also just after midnight there', () => {
    expect(todayInStockholm(new Date('2026-03-14T23:30:00Z'))).toBe('2026-03-15');
    expect(todayInStockholm(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('makes no formatter per call (a formatter per Person.age grew identity to 1 GB)', () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    for (let i = 0; i < 100; i++) todayInStockholm(new Date(Date.UTC(2026, 0, 1 + i)));
    expect(made).not.toHaveBeenCalled();
  });
});
