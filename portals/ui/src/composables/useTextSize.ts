import { readonly, ref } from 'vue';

export const textSizes = ['normal', 'large', 'largest'] as const;
export type TextSize = (typeof textSizes)[number];

const storageKey = 'omsorg.textSize';
const size = ref<TextSize>(readStoredSize());

function readStoredSize(): TextSize {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return (textSizes as readonly string[]).includes(stored ?? '') ? (stored as TextSize) : 'normal';
  } catch {
    return 'normal';
  }
}

/** Sets the attribute the tokens key the root font size on; everything else is in rem. */
export function applyTextSize(next: TextSize = size.value): void {
  size.value = next;
  if (typeof document === 'undefined') return;
  if (next === 'normal') delete document.documentElement.dataset.textSize;
  else document.documentElement.dataset.textSize = next;
}

export function useTextSize() {
  function setTextSize(next: TextSize): void {
    applyTextSize(next);
    try {
      globalThis.localStorage?.setItem(storageKey, next);
    } catch {
      // Blocked storage: the setting lasts for this page only.
    }
  }
  return { textSize: readonly(size), setTextSize };
}
