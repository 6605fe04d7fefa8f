import { describe, expect, it } from 'vitest';
import { columnPositions, differsFromPerson, judgeExtractRow, type ExtractColumn } from './population-extract.ts';

const HEADER = ['Personnummer', 'Efternamn', 'Förnamn', 'Utdelningsadress', 'Postnummer', 'Postort', 'Stadsdelsområde'];
const positions = (columnPositions(HEADER) as { ok: true; positions: Record<ExtractColumn, number> }).positions;
const GOOD = ['19510923-1240', 'Ek', 'Birgitta', 'Fruängsgården 22', '12952', 'Hägersten', 'Fruängen'];
const judge = (fields: string[]) => judgeExtractRow(fields, positions, HEADER.length);
const withField = (at: number, value: string) => GOOD.map((field, i) => (i === at ? value : field));

describe('the header of a population extract', () => {
  it('finds the columns in any order and without case, and names those missing', () => {
    const shuffled = columnPositions(['postort', 'FÖRNAMN', ' Efternamn ', 'Personnummer', 'Utdelningsadress', 'Postnummer', 'Stadsdelsområde', 'Kommun']);
    expect(shuffled).toMatchObject({ ok: true, positions: { postalTown: 0, givenName: 1, familyName: 2, personalIdentityNumber: 3 } });
    expect(columnPositions(['Personnummer', 'Namn'])).toEqual({ ok: false, missing: ['Efternamn', 'Förnamn', 'Utdelningsadress', 'Postnummer', 'Postort', 'Stadsdelsområde'] });
  });
});

describe('judging one row of a population extract', () => {
  it('accepts a good row: 12-digit personnummer with birth date and gender, postal code as NNN NN, text trimmed', () => {
    expect(judge(GOOD.map((f) => ` ${f}  `))).toEqual({
      ok: true,
      row: {
        personalIdentityNumber: '195109231240',
        birthDate: '1951-09-23',
        legalGender: 'FEMALE',
        givenName: 'Birgitta',
        familyName: 'Ek',
        streetAddress: 'Fruängsgården 22',
        postalCode: '129 52',
        postalTown: 'Hägersten',
        districtArea: 'Fruängen',
      },
    });
    expect(judge(withField(6, ''))).toMatchObject({ ok: true, row: { districtArea: null } });
  });

  it.each([
    ['a wrong check digit', withField(0, '19510923-1241'), 'INVALID_PERSONAL_IDENTITY_NUMBER'],
    ['no such date', withField(0, '19511323-1240'), 'INVALID_PERSONAL_IDENTITY_NUMBER'],
    ['a personnummer too long to parse', withField(0, '1'.repeat(40)), 'INVALID_PERSONAL_IDENTITY_NUMBER'],
    ['no given name', withField(2, '  '), 'MISSING_NAME'],
    ['no family name', withField(1, ''), 'MISSING_NAME'],
    ['no street address', withField(3, ''), 'MISSING_STREET_ADDRESS'],
    ['no postal code', withField(4, ''), 'MISSING_POSTAL_CODE'],
    ['a postal code with a letter', withField(4, '12A 45'), 'INVALID_POSTAL_CODE'],
    ['a postal code starting with 0', withField(4, '012 45'), 'INVALID_POSTAL_CODE'],
    ['no postal town', withField(5, ''), 'MISSING_POSTAL_TOWN'],
    ['a name over 100 characters', withField(2, 'A'.repeat(101)), 'TOO_LONG'],
    ['a bidirectional override in a name', withField(1, 'E\u202Ek'), 'INVALID_CHARACTERS'],
    ['a replacement character (the file was not UTF-8)', withField(1, 'Sj\uFFFDberg'), 'INVALID_CHARACTERS'],
    ['a column too few', GOOD.slice(0, 6), 'WRONG_COLUMN_COUNT'],
  ])('refuses %s', (_what, fields, reason) => {
    expect(judge(fields)).toEqual({ ok: false, reason });
  });

  it('tells a changed row from an unchanged person by the imported fields only', () => {
    const judged = judge(GOOD);
    if (!judged.ok) throw new Error('expected a good row');
    const person = { givenName: 'Birgitta', familyName: 'Ek', streetAddress: 'Fruängsgården 22', postalCode: '129 52', postalTown: 'Hägersten', districtArea: 'Fruängen' };
    expect(differsFromPerson(judged.row, person)).toBe(false);
    expect(differsFromPerson(judged.row, { ...person, streetAddress: 'Fruängsgången 3' })).toBe(true);
    expect(differsFromPerson(judged.row, { ...person, districtArea: null })).toBe(true);
  });
});
