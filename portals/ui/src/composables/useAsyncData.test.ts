import { describe, expect, it } from 'vitest';
import { useAsyncData } from './useAsyncData.ts';

describe('useAsyncData', () => {
  it('keeps the latest run\'s answer when an earlier one arrives after it', async () => {
    const answers: Array<(value: string) => void> = [];
    const { data, loading, run } = useAsyncData(() => new Promise<string>((resolve) => answers.push(resolve)));
    const first = run();
    const second = run();
    answers[1]!('2022');
    await second;
    expect(data.value).toBe('2022');
    expect(loading.value).toBe(false);
    answers[0]!('2026');
    await first;
    expect(data.value).toBe('2022');
  });

  it('drops an earlier run\'s failure too', async () => {
    const answers: Array<{ resolve: (value: string) => void; reject: (error: Error) => void }> = [];
    const { data, error, run } = useAsyncData(() => new Promise<string>((resolve, reject) => answers.push({ resolve, reject })));
    const first = run();
    const second = run();
    answers[1]!.resolve('ok');
    answers[0]!.reject(new Error('late'));
    await Promise.all([first, second]);
    expect(error.value).toBeNull();
    expect(data.value).toBe('ok');
  });
});
