import { describe, expect, it } from 'vitest';
import { LetterBatchKind, LetterBatchStatus } from '../../generated/graphql.ts';
import ar from '../../locales/letters/ar.json' with { type: 'json' };
import en from '../../locales/letters/en.json' with { type: 'json' };
import fi from '../../locales/letters/fi.json' with { type: 'json' };
import sv from '../../locales/letters/sv.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`))).sort();

describe('the letters part’s messages', () => {
  it('have the same keys in Swedish, English, Finnish and Arabic', () => {
    for (const messages of [en, fi, ar]) expect(keysOf(messages)).toEqual(keysOf(sv));
  });

  it('name every batch kind and status the schema has', () => {
    for (const messages of [sv, en, fi, ar]) {
      expect(Object.keys(messages.outreach.letters.kind).sort()).toEqual(Object.values(LetterBatchKind).sort());
      expect(Object.keys(messages.outreach.letters.status).sort()).toEqual(Object.values(LetterBatchStatus).sort());
    }
  });
});
