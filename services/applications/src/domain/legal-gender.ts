/** Legal gender as identity records it; kept here only as a copy for statistics. */
export const LEGAL_GENDERS = ['FEMALE', 'MALE'] as const;
export type LegalGender = (typeof LEGAL_GENDERS)[number];
