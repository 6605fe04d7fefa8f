import { graphqlRequest } from '@omsorg/ui';
import { ref } from 'vue';
import { base64ToBytes, downloadBlob } from './download.ts';

type LetterFile = { fileName: string; contentBase64: string };

/**
 * Fetches a letter PDF of the case (`field` on Application) and saves it. `state` says whether it
 * is loading, missing (not produced yet) or failed.
 */
export function useLetterDownload(query: string, field: 'decisionLetter' | 'investigationLetter') {
  const state = ref<'idle' | 'loading' | 'missing' | 'failed'>('idle');
  async function download(variables: Record<string, unknown>): Promise<void> {
    if (state.value === 'loading') return;
    state.value = 'loading';
    try {
      const result = await graphqlRequest<{ application: Record<string, LetterFile | null> | null }>(query, variables);
      const letter = result.application?.[field];
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
