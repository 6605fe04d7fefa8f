import { nextTick, watch, type WatchSource } from 'vue';

function focusHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

/**
 * A page that loads its data shows a loading heading first, and the shell puts focus on it.
 * When the real heading replaces it, focus follows, so a screen reader is not left on nothing.
 * Focus the person moved elsewhere is left alone.
 */
export function useHeadingFocusAfterLoad(ready: WatchSource<unknown>): void {
  watch(
    ready,
    (isReady) => {
      if (!isReady) return;
      const active = document.activeElement;
      const onHeading = active instanceof HTMLElement && (active.id === 'main' || (active.tagName === 'H1' && active.closest('main') !== null));
      if (!onHeading) return;
      void nextTick(() => requestAnimationFrame(focusHeading));
    },
    { flush: 'pre' },
  );
}

/** Moves focus to the page's h1 now, e.g. when a confirmation replaces a form on the same page. */
export function focusPageHeading(): void {
  void nextTick(() => requestAnimationFrame(focusHeading));
}

/** Moves focus to an element by id after the DOM has updated (a notice that must be heard). */
export function focusById(id: string): void {
  void nextTick(() => {
    const element = document.getElementById(id);
    if (!element) return;
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus();
  });
}
