const FIVE_DIGITS = /^(\d{3}) ?(\d{2})$/;

/**
 * A Swedish postal code ("postnummer") in the form printed on letters and signs, "126 49";
 * null when the value is not five digits.
 */
export function normalisePostalCode(value: string): string | null {
  const match = FIVE_DIGITS.exec(value.trim());
  return match ? `${match[1]} ${match[2]}` : null;
}
