type KeyStorage = Pick<Storage, 'getItem' | 'setItem'>;

const prefix = 'omsorg.applications.submissionKey.';

function sessionStore(): KeyStorage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

const inMemory = new Map<string, string>();

/**
 * The one key this draft is submitted with, however often "Skicka" is pressed or the page
 * reloaded: the server creates one application per draft and key. Kept in sessionStorage, and
 * in memory when storage is blocked.
 */
export function submissionKeyFor(
  applicationId: string,
  storage: KeyStorage | null = sessionStore(),
  newKey: () => string = () => crypto.randomUUID(),
): string {
  const name = prefix + applicationId;
  let stored: string | null = null;
  try {
    stored = storage?.getItem(name) ?? null;
  } catch {
    stored = null;
  }
  const existing = stored ?? inMemory.get(name);
  if (existing) return existing;
  const key = newKey();
  inMemory.set(name, key);
  try {
    storage?.setItem(name, key);
  } catch {
    // Blocked storage: the key lives as long as this page.
  }
  return key;
}
