export const CONTACT_FIELD_MAX_LENGTH = 200;

const PHONE_CHARACTERS = /^\+?[\d -]+$/;

/**
 * A phone number as people write it: digits, spaces and hyphens, optionally a leading +,
 * 6 to 20 characters in all, and at least six digits ("070-123 45 67", "+46 8 508 000 00").
 */
export function isPhoneNumber(value: string): boolean {
  if (value.length < 6 || value.length > 20 || !PHONE_CHARACTERS.test(value)) return false;
  return value.replace(/\D/g, '').length >= 6;
}

/** An optional free-text answer: trimmed, and left out (null) when nothing is written. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
