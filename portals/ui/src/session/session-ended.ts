import { onBeforeUnmount, readonly, shallowRef } from 'vue';
import { useRoute } from 'vue-router';

// Module state: @omsorg/ui is a federation singleton, so the shell and every remote share it.
const ended = shallowRef(false);
const keepers = new Set<() => { path: string; state: unknown }>();
const STORAGE_PREFIX = 'omsorg:kept-form:';

/** Called by the GraphQL client when the gateway answers that the sign-in has ended. */
export function markSessionEnded(): void {
  ended.value = true;
}

/** Whether the sign-in has ended while this page was open (every page then says so). */
export function useSessionEnded() {
  return readonly(ended);
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled: nothing can be kept, the sign-in still works
  }
}

/**
 * Before the browser leaves for the sign-in, writes what every page with a form has typed
 * to sessionStorage, keyed by the page's path and query (the address the sign-in returns to).
 */
export function keepFormsBeforeSignIn(): void {
  const store = storage();
  if (!store) return;
  for (const keeper of keepers) {
    const { path, state } = keeper();
    try {
      store.setItem(STORAGE_PREFIX + path, JSON.stringify(state));
    } catch {
      // full or refused: the page still works, only the typed text is not kept
    }
  }
}

/** What was kept for this address, once: it is removed as it is read. */
export function takeKeptForm<T>(path: string): T | null {
  const store = storage();
  const raw = store?.getItem(STORAGE_PREFIX + path);
  if (!store || raw == null) return null;
  store.removeItem(STORAGE_PREFIX + path);
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/**
 * For a page with a form: `snapshot` gives what has been typed, kept if the person has to sign
 * in again; `takeKept()` gives it back (once) when they return to the same address.
 */
export function useKeptForm<T>(snapshot: () => T) {
  const route = useRoute();
  const keeper = () => ({ path: route.fullPath, state: snapshot() });
  keepers.add(keeper);
  onBeforeUnmount(() => keepers.delete(keeper));
  return { takeKept: (): T | null => takeKeptForm<T>(route.fullPath) };
}

/** Where "Logga in igen" goes: the gateway's sign-in, back to this very address. */
export function signInAgainHref(fullPath: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(fullPath)}`;
}
