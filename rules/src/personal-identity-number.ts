import { z } from 'zod';

/**
 * Swedish personal identity numbers ("personnummer") and coordination numbers
 * ("samordningsnummer", day of birth + 60). Stored and passed around in 12-digit form.
 */
export type PersonalIdentityNumber = {
  /** Twelve digits, YYYYMMDDNNNC. */
  normalized: string;
  birthDate: string;
  isCoordinationNumber: boolean;
  /** The second-to-last digit: odd for men, even for women (legal gender). */
  legalGender: 'FEMALE' | 'MALE';
};

export type IdentityNumberError = 'FORMAT' | 'DATE' | 'CHECKSUM';

export type ParseResult =
  | { ok: true; value: PersonalIdentityNumber }
  | { ok: false; error: IdentityNumberError };

const PATTERN = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/;

export function luhnChecksumDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let digit = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

function centuryFor(yy: number, separator: string, today: Date): number {
  const currentYear = today.getUTCFullYear();
  let year = Math.floor(currentYear / 100) * 100 + yy;
  if (year > currentYear) year -= 100;
  if (separator === '+') year -= 100;
  return Math.floor(year / 100);
}

function isValidDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parsePersonalIdentityNumber(input: string, today: Date = new Date()): ParseResult {
  const match = PATTERN.exec(input.trim().replace(/\s+/g, ''));
  if (!match) return { ok: false, error: 'FORMAT' };
  const [, century, yy, mm, dd, separator, serial, check] = match as unknown as string[];
  const shortForm = `${yy}${mm}${dd}${serial}`;
  const fullCentury = century ? Number(century) : centuryFor(Number(yy), separator ?? '', today);
  const year = fullCentury * 100 + Number(yy);
  const rawDay = Number(dd);
  const isCoordinationNumber = rawDay > 60;
  const day = isCoordinationNumber ? rawDay - 60 : rawDay;
  if (!isValidDate(year, Number(mm), day)) return { ok: false, error: 'DATE' };
  if (luhnChecksumDigit(shortForm) !== Number(check)) return { ok: false, error: 'CHECKSUM' };
  const birthDate = `${year}-${mm}-${String(day).padStart(2, '0')}`;
  return {
    ok: true,
    value: {
      normalized: `${String(fullCentury).padStart(2, '0')}${shortForm}${check}`,
      birthDate,
      isCoordinationNumber,
      legalGender: Number(serial!.charAt(2)) % 2 === 1 ? 'MALE' : 'FEMALE',
    },
  };
}

/** Shows a stored number as people write it, YYYYMMDD-NNNN. */
export function formatPersonalIdentityNumber(normalized: string): string {
  return `${normalized.slice(0, 8)}-${normalized.slice(8)}`;
}

/** The message key for each reason a personnummer is refused, under validation.personalIdentityNumber. */
export const PERSONAL_IDENTITY_NUMBER_MESSAGES: Record<IdentityNumberError, string> = {
  FORMAT: 'validation.personalIdentityNumber.format',
  DATE: 'validation.personalIdentityNumber.date',
  CHECKSUM: 'validation.personalIdentityNumber.checksum',
};

/** Why a written personnummer is refused, as a message key, or null when it is a real one. */
export function personalIdentityNumberIssue(value: string, today: Date = new Date()): string | null {
  const parsed = parsePersonalIdentityNumber(value, today);
  return parsed.ok ? null : PERSONAL_IDENTITY_NUMBER_MESSAGES[parsed.error];
}

/**
 * The longest personnummer as anyone writes it, spaces included ("19450808 - 3195" is 15): longer
 * input is refused before it is parsed, with the format's message.
 */
export const PERSONAL_IDENTITY_NUMBER_MAX_LENGTH = 20;

/**
 * A required personnummer ("ÅÅÅÅMMDD-NNNN", with or without the hyphen, or ten digits): a real
 * date (or samordningsnummer) and the right check digit, each refusal with its own message.
 * At most PERSONAL_IDENTITY_NUMBER_MAX_LENGTH characters once trimmed. Becomes the twelve-digit form.
 */
export const personalIdentityNumber = z
  .string()
  .trim()
  .min(1, { message: 'validation.required', abort: true })
  .max(PERSONAL_IDENTITY_NUMBER_MAX_LENGTH, { message: PERSONAL_IDENTITY_NUMBER_MESSAGES.FORMAT, abort: true })
  .superRefine((value, context) => {
    const issue = personalIdentityNumberIssue(value);
    if (issue) context.addIssue({ code: 'custom', message: issue });
  })
  .transform((value) => {
    const parsed = parsePersonalIdentityNumber(value);
    return parsed.ok ? parsed.value.normalized : value;
  });

/** Whether a search text is meant as a personnummer: digits with at most a hyphen or plus, 10–13 characters. */
export function looksLikeIdentityNumber(input: string): boolean {
  return /^\d{6,8}[-+]?\d{4}$/.test(input.trim().replace(/\s+/g, '')) || /^\d{10,12}$/.test(input.trim());
}
