export { isEmailAddress, isPhoneNumber, optionalPhoneNumber, phoneNumber, PHONE_MAX_LENGTH, PHONE_MIN_LENGTH } from './contact.ts';
export { day, isIsoDate, optionalDay } from './dates.ts';
export { clockInStockholm, instantInStockholm } from './stockholm-clock.ts';
export { requiredText } from './text.ts';
export { issueKey, type RuleIssue, type SchemaIssue } from './issue.ts';
export {
  formatPersonalIdentityNumber,
  parsePersonalIdentityNumber,
  PERSONAL_IDENTITY_NUMBER_MAX_LENGTH,
  personalIdentityNumber,
  personalIdentityNumberIssue,
  type IdentityNumberError,
  type PersonalIdentityNumber,
} from './personal-identity-number.ts';
export { isPersonLanguage, PERSON_LANGUAGES, type PersonLanguage } from './languages.ts';
export { newestByVersion } from './versions.ts';
