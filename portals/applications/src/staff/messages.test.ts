import { describe, expect, it } from 'vitest';
import ar from '../locales/staff/ar.json';
import en from '../locales/staff/en.json';
import fi from '../locales/staff/fi.json';
import sv from '../locales/staff/sv.json';
import intakeAr from '../locales/staff/intake/ar.json';
import intakeEn from '../locales/staff/intake/en.json';
import intakeFi from '../locales/staff/intake/fi.json';
import intakeSv from '../locales/staff/intake/sv.json';
import copiesAr from '../locales/staff/letter-copies/ar.json';
import copiesEn from '../locales/staff/letter-copies/en.json';
import copiesFi from '../locales/staff/letter-copies/fi.json';
import copiesSv from '../locales/staff/letter-copies/sv.json';
import outreachAr from '../locales/staff/outreach/ar.json';
import outreachEn from '../locales/staff/outreach/en.json';
import outreachFi from '../locales/staff/outreach/fi.json';
import outreachSv from '../locales/staff/outreach/sv.json';

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

// Each staff message file with its translations: the main one and the page files beside it.
describe.each([
  ['staff messages', { sv, en, fi, ar }],
  ['"Registrera ansökan" messages', { sv: intakeSv, en: intakeEn, fi: intakeFi, ar: intakeAr }],
  ['"Kopia till ombud" messages', { sv: copiesSv, en: copiesEn, fi: copiesFi, ar: copiesAr }],
  ['outreach conversation summary messages', { sv: outreachSv, en: outreachEn, fi: outreachFi, ar: outreachAr }],
])('%s', (_file, { sv, en, fi, ar }) => {
  const swedish = flatten(sv as Tree);

  it.each([
    ['en', en],
    ['fi', fi],
    ['ar', ar],
  ])('%s has every Swedish key, with the same placeholders and plural forms', (_name, messages) => {
    const other = flatten(messages as Tree);
    expect(Object.keys(other).sort()).toEqual(Object.keys(swedish).sort());
    for (const [key, text] of Object.entries(swedish)) {
      expect(placeholders(other[key]!), key).toEqual(placeholders(text));
      expect(other[key]!.includes('|'), key).toBe(text.includes('|'));
    }
  });

  it('keeps everything under applications.staff, clear of vue-i18n syntax characters', () => {
    for (const messages of [sv, en, fi, ar]) {
      expect(Object.keys(messages)).toEqual(['applications']);
      expect(Object.keys((messages as { applications: Tree }).applications)).toEqual(['staff']);
      for (const text of Object.values(flatten(messages as Tree))) expect(text).not.toMatch(/@/);
    }
  });
});
