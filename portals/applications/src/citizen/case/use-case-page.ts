import { computed, shallowRef, watch } from 'vue';
import { useRoute } from 'vue-router';
import type { CaseDetails } from './case-store.ts';
import { fetchCase } from './case-store.ts';

/** The case behind a /mina-arenden/:id/... page: loading, there, not found (or not yours), or failed. */
export function useCasePage() {
  const route = useRoute();
  const id = computed(() => String(route.params.id ?? ''));
  const application = shallowRef<CaseDetails | null>(null);
  const error = shallowRef<unknown>(null);
  const state = shallowRef<'loading' | 'ready' | 'notFound' | 'error'>('loading');

  async function reload(): Promise<void> {
    const requested = id.value;
    if (state.value !== 'ready') state.value = 'loading';
    try {
      const found = await fetchCase(requested);
      if (requested !== id.value) return;
      application.value = found;
      error.value = null;
      state.value = found ? 'ready' : 'notFound';
    } catch (cause) {
      error.value = cause;
      state.value = 'error';
    }
  }

  watch(
    id,
    () => {
      application.value = null;
      state.value = 'loading';
      void reload();
    },
    { immediate: true },
  );
  const ready = computed(() => state.value === 'ready');
  return { id, application, error, state, ready, reload };
}
