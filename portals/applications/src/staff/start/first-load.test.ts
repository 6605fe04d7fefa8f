import { describe, expect, it, vi } from 'vitest';
import { firstLoad } from './first-load.ts';

describe('a start-page part’s first load', () => {
  it('ends when the numbers arrive', async () => {
    let arrived = false;
    await firstLoad(Promise.resolve().then(() => void (arrived = true)), 60_000);
    expect(arrived).toBe(true);
  });

  it('ends after the longest wait when the numbers do not arrive', async () => {
    vi.useFakeTimers();
    try {
      let done = false;
      const waiting = firstLoad(new Promise<void>(() => {}), 3000).then(() => void (done = true));
      await vi.advanceTimersByTimeAsync(2999);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await waiting;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
