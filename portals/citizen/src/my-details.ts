/** 194203152386 as 19420315-2386, the way people write it. */
export function formatPersonnummer(digits: string): string {
  return /^\d{12}$/.test(digits) ? `${digits.slice(0, 8)}-${digits.slice(8)}` : digits;
}
