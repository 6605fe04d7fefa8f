const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// As the other services: digits, spaces and hyphens, an optional leading +, 6-20 characters, 6+ digits.
const phoneCharacters = /^\+?[\d -]+$/;

export function isEmailAddress(value: string): boolean {
  return emailPattern.test(value.trim());
}

export function isPhoneNumber(value: string): boolean {
  const phone = value.trim();
  return phone.length >= 6 && phone.length <= 20 && phoneCharacters.test(phone) && phone.replace(/\D/g, '').length >= 6;
}
