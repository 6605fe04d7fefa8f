export const CONTACT_FIELD_MAX_LENGTH = 200;

// The phone-number rule is shared with the portals' forms.
export { isPhoneNumber } from '@omsorg/rules';

/** An optional free-text answer: trimmed, and left out (null) when nothing is written. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
