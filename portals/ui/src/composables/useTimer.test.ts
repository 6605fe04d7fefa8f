// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import { useTimer } from './useTimer.ts';

function withTimer() {
  let timer!: ReturnType<typeof useTimer>;
  const wrapper = mount(defineComponent({ setup: () => ((timer = useTimer()), () => null) }));
  return { wrapper, timer };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useTimer (polls, autosave, debounce)', () => {
  it('runs only the latest call asked for, once its time has come', () => {
    const { timer } = withTimer();
    const calls: string[] = [];
    timer.after(400, () => calls.push('first'));
    timer.after(400, () => calls.push('second'));
    vi.advanceTimersByTime(399);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['second']);
  });

  it('drops what waits on cancel and when the component goes, and starts nothing after that', () => {
    const { wrapper, timer } = withTimer();
    const calls: string[] = [];
    timer.after(100, () => calls.push('cancelled'));
    timer.cancel();
    timer.after(100, () => calls.push('unmounted'));
    expect(timer.gone()).toBe(false);
    wrapper.unmount();
    expect(timer.gone()).toBe(true);
    timer.after(100, () => calls.push('too late'));
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual([]);
  });
});
