import { onBeforeUnmount, readonly, shallowRef } from 'vue';
import { useRoute } from 'vue-router';

// Module state: @omsorg/ui is a federation singleton, so the shell and every remote share it.
const ended = shallowRef(false);
const keepers = new Set<() => { key: string; state: unknown }>();
const STORAGE_PREFIX = 'omsorg:kept-form:';
let leavingForSignIn = false;
const restored = shallowRef(false);

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
  // What is typed is kept: pages that warn about unsaved changes on leaving need not ask.
  leavingForSignIn = true;
  const store = storage();
  if (!store) return;
  for (const keeper of keepers) {
    const { key, state } = keeper();
    if (state === undefined) continue; // nothing typed on this form
    try {
      store.setItem(STORAGE_PREFIX + key, JSON.stringify(state));
    } catch {
      // full or refused: the page still works, only the typed text is not kept
    }
  }
}

/** Whether the page is being left for "Logga in igen" (its forms already kept): no "unsaved changes" warning then. */
export function isLeavingForSignIn(): boolean {
  return leavingForSignIn;
}

/** Whether a form on this page got back what was typed before a new sign-in (its shell may say so). */
export function useKeptFormRestored() {
  return restored;
}

/** The storage key of one form on one address; `name` tells several forms on the same page apart. */
function keptKey(path: string, name?: string): string {
  return name ? `${path}#${name}` : path;
}

/** What was kept for this address (and form name), once: it is removed as it is read. */
export function takeKeptForm<T>(path: string, name?: string): T | null {
  const key = keptKey(path, name);
  const store = storage();
  const raw = store?.getItem(STORAGE_PREFIX + key);
  if (!store || raw == null) return null;
  store.removeItem(STORAGE_PREFIX + key);
  try {
    const kept = JSON.parse(raw) as T;
    restored.value = true;
    return kept;
  } catch {
    return null;
  }
}

/**
 * For a page with a form: `snapshot` gives what has been typed, kept if the person has to sign
 * in again (`undefined`: nothing to keep); `takeKept()` gives it back (once) when they return to
 * the same address. Where one page has several forms (a staff case page), each gives a `name`.
 */
export function useKeptForm<T>(snapshot: () => T | undefined, options: { name?: string } = {}) {
  const route = useRoute();
  const keeper = () => ({ key: keptKey(route.fullPath, options.name), state: snapshot() });
  keepers.add(keeper);
  onBeforeUnmount(() => keepers.delete(keeper));
  return { takeKept: (): T | null => takeKeptForm<T>(route.fullPath, options.name) };
}

/** Where "Logga in igen" goes: the gateway's sign-in, back to this very address. */
export function signInAgainHref(fullPath: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(fullPath)}`;
}
