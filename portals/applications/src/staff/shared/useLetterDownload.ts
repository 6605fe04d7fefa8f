import { ref } from 'vue';
import { downloadBlob } from '@omsorg/ui';
import { base64ToBytes } from './download.ts';

/** A letter of the case as a file (the PDF, base64). */
export type LetterFile = { fileName: string; contentBase64: string };

/**
 * Fetches a letter PDF of the case with `read` (null or undefined when it is not produced yet)
 * and saves it. `state` says whether it is loading, missing or failed.
 */
export function useLetterDownload<A extends unknown[]>(read: (...args: A) => Promise<LetterFile | null | undefined>) {
  const state = ref<'idle' | 'loading' | 'missing' | 'failed'>('idle');
  async function download(...args: A): Promise<void> {
    if (state.value === 'loading') return;
    state.value = 'loading';
    try {
      const letter = await read(...args);
      if (!letter) {
        state.value = 'missing';
        return;
      }
      downloadBlob(new Blob([base64ToBytes(letter.contentBase64)], { type: 'application/pdf' }), letter.fileName);
      state.value = 'idle';
    } catch {
      state.value = 'failed';
    }
  }
  return { state, download };
}
