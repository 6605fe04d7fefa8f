// The contact rules (length, e-mail, phone) are shared with the feedback form: @omsorg/rules/feedback.
export { FEEDBACK_CONTACT_MAX_LENGTH as CONTACT_FIELD_MAX_LENGTH } from '@omsorg/rules/feedback';
export { isPhoneNumber } from '@omsorg/rules';

/** An optional free-text answer: trimmed, and left out (null) when nothing is written. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
