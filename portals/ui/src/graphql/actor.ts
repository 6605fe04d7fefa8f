export type StaffRole = 'CASEWORKER' | 'MANAGER' | 'OUTREACH' | 'QUALITY_COUNCIL';
export type RepresentationKind = 'POWER_OF_ATTORNEY' | 'TRUSTEE' | 'ADMINISTRATOR';

export interface Representation {
  id: string;
  kind: RepresentationKind;
  validFrom: string;
  validTo: string | null;
  represented: { id: string; fullName: string };
}

export interface Person {
  __typename: 'Person';
  id: string;
  givenName: string;
  familyName: string;
  fullName: string;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  districtArea: string | null;
  mayActFor: Representation[];
}

export interface StaffMember {
  __typename: 'StaffMember';
  id: string;
  name: string;
  username: string;
  title: string;
  roles: StaffRole[];
  unit: string;
}

export type Actor = Person | StaffMember;
