/** What a staff member read, as written to the access log and shown to the person. */
export const IDENTITY_READS = {
  PERSON: 'Person',
  LOOKUP: 'Person.lookup',
  PERSONAL_IDENTITY_NUMBER: 'Person.personalIdentityNumber',
  LEGAL_GENDER: 'Person.legalGender',
  REPRESENTATIVES: 'Person.representatives',
  POSTAL_ADDRESS: 'Person.postalAddress',
} as const;

export type IdentityRead = keyof typeof IDENTITY_READS;

export function identityReadOf(resource: string): IdentityRead {
  const found = (Object.keys(IDENTITY_READS) as IdentityRead[]).find((key) => IDENTITY_READS[key] === resource);
  return found ?? 'PERSON';
}
