import { describe, expect, it } from 'vitest';
import ar from '../../locales/staff/intake/ar.json';
import en from '../../locales/staff/intake/en.json';
import fi from '../../locales/staff/intake/fi.json';
import sv from '../../locales/staff/intake/sv.json';

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('"Registrera ansökan" messages', () => {
  const swedish = flatten(sv as Tree);

  it.each([
    ['en', en],
    ['fi', fi],
    ['ar', ar],
  ])('%s has every Swedish key, with the same placeholders', (_name, messages) => {
    const other = flatten(messages as Tree);
    expect(Object.keys(other).sort()).toEqual(Object.keys(swedish).sort());
    for (const [key, text] of Object.entries(swedish)) expect(placeholders(other[key]!), key).toEqual(placeholders(text));
  });

  it('lives under applications.staff.intake, clear of vue-i18n syntax characters', () => {
    for (const messages of [sv, en, fi, ar]) {
      expect(Object.keys(messages.applications.staff)).toEqual(['intake']);
      for (const text of Object.values(flatten(messages as Tree))) expect(text).not.toMatch(/[@|]/);
    }
  });
});
