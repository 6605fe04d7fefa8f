import { z } from 'zod';

export const PHONE_MIN_LENGTH = 6;
export const PHONE_MAX_LENGTH = 20;
const PHONE_CHARACTERS = /^\+?[\d -]+$/;

/**
 * A phone number as people write it: digits, spaces and hyphens, optionally a leading +,
 * 6 to 20 characters in all, and at least six digits ("070-123 45 67", "+46 8 508 000 00").
 * Give it trimmed text.
 */
export function isPhoneNumber(value: string): boolean {
  if (value.length < PHONE_MIN_LENGTH || value.length > PHONE_MAX_LENGTH || !PHONE_CHARACTERS.test(value)) return false;
  return value.replace(/\D/g, '').length >= PHONE_MIN_LENGTH;
}

/** An e-mail address as every service takes one (zod's pattern, "namn@exempel.se"). Give it trimmed text. */
export function isEmailAddress(value: string): boolean {
  return z.regexes.email.test(value);
}

/** A required phone number: trimmed; "validation.required" when empty, "validation.phone" when not a number. */
export const phoneNumber = z
  .string()
  .trim()
  .min(1, { message: 'validation.required', abort: true })
  .refine(isPhoneNumber, 'validation.phone');

/** An optional phone number: empty is fine (and becomes ''), anything else must be a number. */
export const optionalPhoneNumber = z
  .string()
  .trim()
  .refine((value) => value === '' || isPhoneNumber(value), 'validation.phone');
