import { parsePersonalIdentityNumber } from '../personal-identity-number.ts';

/**
 * Sensitive details a sender may type into a feedback text without meaning to: today
 * personnummer and samordningsnummer. The form points them out before sending ("Skriv inte
 * personnummer"); staff who do not need them, and providers, see the text masked.
 */
export type SensitiveDetail = { kind: 'PERSONAL_IDENTITY_NUMBER'; start: number; end: number };

/** 6 or 8 digits of a date, an optional separator (hyphen, plus, space) and four digits, not inside a longer number. */
const CANDIDATE = /(?<![\d])(?:\d{2})?\d{6} ?[-+]? ?\d{4}(?![\d])/g;

/**
 * Every personnummer-like number in the text: a real date and four more digits with a right
 * check digit. Written the way personnummer are (a hyphen or plus before the last four, or twelve
 * digits from 19 or 20), a wrong check digit still counts: a typo does not make it less personal.
 * Ten bare digits with a wrong check digit are more likely a mobile number (070…).
 */
export function findSensitiveDetails(text: string): SensitiveDetail[] {
  const found: SensitiveDetail[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const parsed = parsePersonalIdentityNumber(match[0].replace(/ /g, ''));
    const writtenAsPersonnummer = /[-+]/.test(match[0]) || /^(19|20)\d{10}$/.test(match[0]);
    if (parsed.ok || (parsed.error === 'CHECKSUM' && writtenAsPersonnummer)) found.push({ kind: 'PERSONAL_IDENTITY_NUMBER', start: match.index, end: match.index + match[0].length });
  }
  return found;
}

export function hasSensitiveDetails(text: string): boolean {
  return findSensitiveDetails(text).length > 0;
}

/** What a masked detail reads as. */
export const MASKED_PERSONAL_IDENTITY_NUMBER = '[personnummer dolt]';

/** The text with every sensitive detail replaced by a marker. */
export function maskSensitiveDetails(text: string): string {
  let masked = '';
  let from = 0;
  for (const detail of findSensitiveDetails(text)) {
    masked += text.slice(from, detail.start) + MASKED_PERSONAL_IDENTITY_NUMBER;
    from = detail.end;
  }
  return masked + text.slice(from);
}
