import { PERSON_LANGUAGES } from '@omsorg/rules/languages';
import { describe, expect, it } from 'vitest';
import ar from '../../locales/booking/ar.json' with { type: 'json' };
import en from '../../locales/booking/en.json' with { type: 'json' };
import fi from '../../locales/booking/fi.json' with { type: 'json' };
import sv from '../../locales/booking/sv.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`))).sort();

describe('booking messages', () => {
  it('have the same keys in every language, none empty', () => {
    for (const other of [en, fi, ar]) expect(keys(other)).toEqual(keys(sv));
    for (const messages of [sv, en, fi, ar]) expect(JSON.stringify(messages)).not.toContain('""');
  });

  it('name every meeting kind and every interpreter language offered', () => {
    expect(Object.keys(sv.outreach.booking.kind).sort()).toEqual(['HEALTH_CENTRE', 'HOME', 'MEETING_PLACE', 'PHONE', 'VIDEO']);
    expect(Object.keys(sv.outreach.booking.languages).sort()).toEqual(PERSON_LANGUAGES.filter((code) => code !== 'sv').sort());
  });
});
