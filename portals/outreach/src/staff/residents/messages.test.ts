import { describe, expect, it } from 'vitest';
import { PopulationImportRefusal, PopulationImportStatus } from '../../generated/graphql.ts';
import ar from '../../locales/residents/ar.json' with { type: 'json' };
import en from '../../locales/residents/en.json' with { type: 'json' };
import fi from '../../locales/residents/fi.json' with { type: 'json' };
import sv from '../../locales/residents/sv.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`))).sort();

describe('the residents page’s messages', () => {
  it('have the same keys in Swedish, English, Finnish and Arabic', () => {
    for (const messages of [en, fi, ar]) expect(keysOf(messages)).toEqual(keysOf(sv));
  });

  it('name every refusal reason and run status the schema has, and no other', () => {
    for (const messages of [sv, en, fi, ar]) {
      expect(Object.keys(messages.outreach.residents.reason).sort()).toEqual(Object.values(PopulationImportRefusal).sort());
      expect(Object.keys(messages.outreach.residents.status).sort()).toEqual(Object.values(PopulationImportStatus).sort());
    }
  });
});
