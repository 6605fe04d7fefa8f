import { looksLikeIdentityNumber, personalIdentityNumberIssue, parsePersonalIdentityNumber } from '@omsorg/rules/personal-identity-number';
import { isGraphqlRequestError } from '@omsorg/ui';

/**
 * What the inbox's search box holds: a personnummer (checked by the shared rule, so a mistyped
 * one is said in words, never sent), a case number, whole or its start, or a name (identity looks
 * it up among the persons of the unit's cases, unitPersonsByName).
 */
export type InboxSearch =
  | { kind: 'none' }
  | { kind: 'person'; personalIdentityNumber: string }
  | { kind: 'reference'; reference: string }
  | { kind: 'name'; name: string }
  /** A mistyped personnummer: the rules' message key. */
  | { kind: 'invalid'; messageKey: string };

const REFERENCE = /^[a-z]{1,4}-?\d[\d-]*$|^\d{1,6}$/i;
const NAME = /^[\p{L}][\p{L}' .-]*$/u;

export function parseInboxSearch(text: string, today: Date = new Date()): InboxSearch {
  const search = text.trim();
  if (!search) return { kind: 'none' };
  if (looksLikeIdentityNumber(search) || /^\d{7,}/.test(search)) {
    const issue = personalIdentityNumberIssue(search, today);
    if (issue) return { kind: 'invalid', messageKey: issue };
    const parsed = parsePersonalIdentityNumber(search, today);
    if (parsed.ok) return { kind: 'person', personalIdentityNumber: parsed.value.normalized };
  }
  if (REFERENCE.test(search.replace(/\s+/g, ''))) return { kind: 'reference', reference: search.replace(/\s+/g, '') };
  if (NAME.test(search) && search.replace(/[^\p{L}]/gu, '').length >= 2) return { kind: 'name', name: search };
  return { kind: 'invalid', messageKey: 'applications.staff.inbox.search.errors.unknown' };
}

/** Matches no case: the search found no person. */
export const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * Identity's refusal of a search by a staff member who has searched too often (RATE_LIMITED): its
 * message, in the user's language with how long to wait, to say beside the search field; else null.
 */
export function searchLimitMessage(error: unknown): string | null {
  if (!isGraphqlRequestError(error)) return null;
  return error.errors.find((item) => item.extensions?.code === 'RATE_LIMITED')?.message ?? null;
}
