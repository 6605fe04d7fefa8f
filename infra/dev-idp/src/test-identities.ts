/**
 * The people who exist in development: citizens who log in with a (pretend) e-legitimation and
 * staff who log in with a username. The development OpenID Connect provider uses this list for
 * names and claims; the identity service seeds its database from the same list, so both agree.
 *
 * All personnummer below are made up but valid (date and checksum).
 */

export type TestCitizen = {
  /** Twelve digits, YYYYMMDDNNNC, no hyphen. */
  personalIdentityNumber: string;
  givenName: string;
  familyName: string;
  districtArea: string;
  preferredLanguage: 'sv' | 'fi' | 'en' | 'ar';
  interpreterNeeded: boolean;
  /** Invented, in the person's district: where letters are posted. */
  postalAddress: { street: string; postalCode: string; town: string };
  /** Invented contact e-mail the person gave (most have none): where outreach mails go. */
  email?: string;
  note: string;
};

export type TestStaff = {
  username: string;
  givenName: string;
  familyName: string;
  roles: Array<'CASEWORKER' | 'MANAGER' | 'OUTREACH' | 'QUALITY_COUNCIL' | 'ACTIVITIES'>;
  unit: string;
  title: string;
  /** Direct phone, printed in letters. Invented. */
  phone?: string;
};

export type TestRepresentation = {
  /** Personnummer (12 digits) of the person who acts for someone else. */
  representative: string;
  /** Personnummer (12 digits) of the person being represented. */
  represented: string;
  kind: 'POWER_OF_ATTORNEY' | 'TRUSTEE' | 'ADMINISTRATOR';
  /** ISO date, YYYY-MM-DD. */
  validFrom: string;
  /** ISO date, YYYY-MM-DD, or null when it has no end. */
  validTo: string | null;
  /** Username of the staff member who checked the document. */
  verifiedBy: string;
};

export const TEST_CITIZENS: TestCitizen[] = [
  {
    personalIdentityNumber: '194203152386',
    givenName: 'Signe',
    postalAddress: { street: 'Hägerstensvägen 110', postalCode: '126 49', town: 'Hägersten' },
    familyName: 'Andersson',
    districtArea: 'Hägersten',
    preferredLanguage: 'sv',
    interpreterNeeded: false,
    note: 'Bor ensam och behöver mer hjälp hemma. Sonen Erik har fullmakt och hjälper henne med ärenden.',
  },
  {
    personalIdentityNumber: '197006124577',
    givenName: 'Erik',
    postalAddress: { street: 'Älvsjövägen 12', postalCode: '125 30', town: 'Älvsjö' },
    familyName: 'Andersson',
    districtArea: 'Älvsjö',
    preferredLanguage: 'sv',
    interpreterNeeded: false,
    note: 'Son till Signe Andersson. Har fullmakt för henne och kan söka och följa ärenden åt henne.',
  },
  {
    personalIdentityNumber: '194508083195',
    givenName: 'Karl',
    postalAddress: { street: 'Personnevägen 5', postalCode: '126 51', town: 'Hägersten' },
    familyName: 'Nilsson',
    districtArea: 'Hägersten',
    preferredLanguage: 'sv',
    interpreterNeeded: false,
    note: 'Har inga insatser. Kan användas för att prova en första ansökan.',
  },
  {
    personalIdentityNumber: '193801019922',
    givenName: 'Aino',
    postalAddress: { street: 'Lillåvägen 3', postalCode: '125 52', town: 'Älvsjö' },
    familyName: 'Virtanen',
    districtArea: 'Liseberg',
    preferredLanguage: 'fi',
    interpreterNeeded: true,
    note: 'Talar helst finska och behöver tolk vid möten. Stockholm är finskt förvaltningsområde.',
  },
  {
    personalIdentityNumber: '195109231240',
    givenName: 'Birgitta',
    postalAddress: { street: 'Fruängsgården 22', postalCode: '129 52', town: 'Hägersten' },
    familyName: 'Ek',
    email: 'birgitta.ek@example.se',
    districtArea: 'Fruängen',
    preferredLanguage: 'sv',
    interpreterNeeded: false,
    note: 'Fyller 75 år 2026 och ska bjudas in till ett förebyggande hembesök.',
  },
];

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';

export const TEST_STAFF: TestStaff[] = [
  { username: 'handlaggare1', givenName: 'Hanna', familyName: 'Lind', roles: ['CASEWORKER'], unit: UNIT, title: 'Biståndshandläggare', phone: '08-508 22 141' },
  { username: 'handlaggare2', givenName: 'Jonas', familyName: 'Ek', roles: ['CASEWORKER'], unit: UNIT, title: 'Biståndshandläggare', phone: '08-508 22 142' },
  { username: 'chef1', givenName: 'Maria', familyName: 'Berg', roles: ['MANAGER'], unit: UNIT, title: 'Biträdande enhetschef', phone: '08-508 22 105' },
  { username: 'uppsok1', givenName: 'Omar', familyName: 'Haddad', roles: ['OUTREACH'], unit: UNIT, title: 'Äldrelots' },
  { username: 'kvalitet1', givenName: 'Lena', familyName: 'Holm', roles: ['QUALITY_COUNCIL'], unit: UNIT, title: 'Kvalitetsutvecklare' },
  { username: 'aktivitet1', givenName: 'Kerstin', familyName: 'Dahl', roles: ['ACTIVITIES'], unit: 'Träffpunkter och aktiviteter, Hägersten-Älvsjö', title: 'Aktivitetssamordnare', phone: '08-508 22 170' },
];

export const TEST_REPRESENTATIONS: TestRepresentation[] = [
  {
    representative: '197006124577',
    represented: '194203152386',
    kind: 'POWER_OF_ATTORNEY',
    validFrom: '2025-01-01',
    validTo: null,
    verifiedBy: 'handlaggare1',
  },
];
