import { hasForbiddenCharacters, parsePersonalIdentityNumber } from '@omsorg/platform';

/*
 * The district's population extract, in the shape of the tax agency's population register
 * extract (folkbokföringsuttag): UTF-8 CSV, semicolon-separated, one header row naming the
 * columns below (in any order; other columns are ignored). Pure: how one row is judged.
 */

/** The columns, by their header in the file (compared without case). */
export const EXTRACT_COLUMNS = {
  personalIdentityNumber: 'Personnummer',
  familyName: 'Efternamn',
  givenName: 'Förnamn',
  streetAddress: 'Utdelningsadress',
  postalCode: 'Postnummer',
  postalTown: 'Postort',
  districtArea: 'Stadsdelsområde',
} as const;
export type ExtractColumn = keyof typeof EXTRACT_COLUMNS;

/** Why a row was not imported. Shown to staff with the row's line number, never with its content. */
export const IMPORT_REFUSALS = [
  'INVALID_PERSONAL_IDENTITY_NUMBER',
  'DUPLICATE_PERSONAL_IDENTITY_NUMBER',
  'MISSING_NAME',
  'MISSING_STREET_ADDRESS',
  'MISSING_POSTAL_CODE',
  'INVALID_POSTAL_CODE',
  'MISSING_POSTAL_TOWN',
  'TOO_LONG',
  'INVALID_CHARACTERS',
  'WRONG_COLUMN_COUNT',
] as const;
export type ImportRefusal = (typeof IMPORT_REFUSALS)[number];

/** A row fit to import: personnummer in 12 digits with what it says, the rest trimmed. */
export type ExtractRow = {
  personalIdentityNumber: string;
  birthDate: string;
  legalGender: 'FEMALE' | 'MALE';
  givenName: string;
  familyName: string;
  streetAddress: string;
  postalCode: string;
  postalTown: string;
  districtArea: string | null;
};

export type RowJudgement = { ok: true; row: ExtractRow } | { ok: false; reason: ImportRefusal };

/** Longest value per column: the lengths Person stores. */
const MAX_LENGTH: Record<ExtractColumn, number> = {
  personalIdentityNumber: 20,
  familyName: 100,
  givenName: 100,
  streetAddress: 200,
  postalCode: 10,
  postalTown: 100,
  districtArea: 100,
};

const POSTAL_CODE = /^([1-9]\d{2}) ?(\d{2})$/;

/**
 * Which header position holds each column, or the columns missing from the header. The header
 * is compared trimmed, without case and in NFC (a byte-order mark is the parser's business).
 */
export function columnPositions(header: readonly string[]): { ok: true; positions: Record<ExtractColumn, number> } | { ok: false; missing: string[] } {
  const names = header.map((name) => name.normalize('NFC').trim().toLocaleLowerCase('sv'));
  const positions = {} as Record<ExtractColumn, number>;
  const missing: string[] = [];
  for (const [column, title] of Object.entries(EXTRACT_COLUMNS) as Array<[ExtractColumn, string]>) {
    const at = names.indexOf(title.toLocaleLowerCase('sv'));
    if (at < 0) missing.push(title);
    else positions[column] = at;
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, positions };
}

/**
 * Judges one data row (its fields as read, in file order). The first fault found is the reason:
 * the personnummer, then the name, then the address.
 */
export function judgeExtractRow(fields: readonly string[], positions: Record<ExtractColumn, number>, headerLength: number): RowJudgement {
  if (fields.length !== headerLength) return { ok: false, reason: 'WRONG_COLUMN_COUNT' };
  const value = {} as Record<ExtractColumn, string>;
  for (const column of Object.keys(EXTRACT_COLUMNS) as ExtractColumn[]) {
    const raw = fields[positions[column]] ?? '';
    // U+FFFD: the file was not UTF-8 (a name would be stored garbled).
    if (hasForbiddenCharacters(raw) || raw.includes('\uFFFD')) return { ok: false, reason: 'INVALID_CHARACTERS' };
    const trimmed = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (trimmed.length > MAX_LENGTH[column]) return { ok: false, reason: column === 'personalIdentityNumber' ? 'INVALID_PERSONAL_IDENTITY_NUMBER' : 'TOO_LONG' };
    value[column] = trimmed;
  }
  const parsed = parsePersonalIdentityNumber(value.personalIdentityNumber);
  if (!parsed.ok) return { ok: false, reason: 'INVALID_PERSONAL_IDENTITY_NUMBER' };
  if (!value.givenName || !value.familyName) return { ok: false, reason: 'MISSING_NAME' };
  if (!value.streetAddress) return { ok: false, reason: 'MISSING_STREET_ADDRESS' };
  if (!value.postalCode) return { ok: false, reason: 'MISSING_POSTAL_CODE' };
  const postal = POSTAL_CODE.exec(value.postalCode);
  if (!postal) return { ok: false, reason: 'INVALID_POSTAL_CODE' };
  if (!value.postalTown) return { ok: false, reason: 'MISSING_POSTAL_TOWN' };
  return {
    ok: true,
    row: {
      personalIdentityNumber: parsed.value.normalized,
      birthDate: parsed.value.birthDate,
      legalGender: parsed.value.legalGender,
      givenName: value.givenName,
      familyName: value.familyName,
      streetAddress: value.streetAddress,
      postalCode: `${postal[1]} ${postal[2]}`,
      postalTown: value.postalTown,
      districtArea: value.districtArea || null,
    },
  };
}

/** The fields an import writes: a row that differs from the person in none of them leaves the person unchanged. */
export const IMPORTED_FIELDS = ['givenName', 'familyName', 'streetAddress', 'postalCode', 'postalTown', 'districtArea'] as const;

export function differsFromPerson(row: ExtractRow, person: Partial<Record<(typeof IMPORTED_FIELDS)[number], string | null>>): boolean {
  return IMPORTED_FIELDS.some((field) => row[field] !== (person[field] ?? null));
}
