/**
 * The invitation session's token, kept for this tab only (sessionStorage): it opens the
 * invitation like the code does, so it is gone when the tab closes, and "Avsluta" forgets it.
 */
const KEY = 'omsorg.invitationToken';

export function storedInvitationToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeInvitationToken(token: string): void {
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    // Storage refused (private mode): the page still works until it is left.
  }
}

export function forgetInvitationToken(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing kept.
  }
}
