import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphqlRequest } from '@omsorg/ui';
import { ref } from 'vue';
import { base64ToBytes, downloadBlob } from './download.ts';

type LetterFile = { fileName: string; contentBase64: string };
type LetterField = 'decisionLetter' | 'investigationLetter';

/**
 * Fetches a letter PDF of the case (`field` on Application, asked for by `document`, a generated
 * query) and saves it. `state` says whether it is loading, missing (not produced yet) or failed.
 */
export function useLetterDownload<F extends LetterField, V>(document: TypedDocumentNode<{ application: { [K in F]: LetterFile | null } | null }, V>, field: F) {
  const state = ref<'idle' | 'loading' | 'missing' | 'failed'>('idle');
  async function download(variables: V): Promise<void> {
    if (state.value === 'loading') return;
    state.value = 'loading';
    try {
      const result = await graphqlRequest(document as TypedDocumentNode<{ application: { [K in F]: LetterFile | null } | null }, Record<string, unknown>>, variables as Record<string, unknown>);
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
