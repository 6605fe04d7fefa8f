import { shallowRef } from 'vue';

/** One request's state for a page: data, error, loading, and run() to (re)load. */
export function useAsyncData<T>(fetcher: () => Promise<T>) {
  const data = shallowRef<T | null>(null);
  const error = shallowRef<unknown>(null);
  const loading = shallowRef(false);

  async function run(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      data.value = await fetcher();
    } catch (cause) {
      error.value = cause;
    } finally {
      loading.value = false;
    }
  }

  return { data, error, loading, run };
}
