import { shallowRef } from 'vue';

/**
 * One request's state for a page: data, error, loading, and run() to (re)load. Only the latest
 * run's answer counts: when the page asks again (another year, another page) before an earlier
 * answer came, that earlier answer is dropped, whichever arrives last.
 */
export function useAsyncData<T>(fetcher: () => Promise<T>) {
  const data = shallowRef<T | null>(null);
  const error = shallowRef<unknown>(null);
  const loading = shallowRef(false);
  let latest = 0;

  async function run(): Promise<void> {
    const mine = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const value = await fetcher();
      if (mine === latest) data.value = value;
    } catch (cause) {
      if (mine === latest) error.value = cause;
    } finally {
      if (mine === latest) loading.value = false;
    }
  }

  return { data, error, loading, run };
}
