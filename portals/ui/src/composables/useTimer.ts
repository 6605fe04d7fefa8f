import { onBeforeUnmount } from 'vue';

/**
 * A component's one pending call (a poll, an autosave, a debounce): `after(ms, fn)` replaces
 * whatever was waiting, `cancel()` drops it, and nothing is started or runs once the component
 * is gone; `gone()` lets an answer that arrives after that drop itself.
 */
export function useTimer() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unmounted = false;
  onBeforeUnmount(() => {
    unmounted = true;
    clearTimeout(timer);
  });
  return {
    after(ms: number, fn: () => unknown): void {
      clearTimeout(timer);
      if (!unmounted) timer = setTimeout(() => void fn(), ms);
    },
    cancel: (): void => clearTimeout(timer),
    gone: (): boolean => unmounted,
  };
}
