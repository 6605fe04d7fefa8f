import { describe, expect, it } from 'vitest';
import { ContentAction } from './content-actions.ts';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fi from './locales/fi.json' with { type: 'json' };
import sv from './locales/sv.json' with { type: 'json' };

const keys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' && value ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`])).sort();

describe('the information editor’s messages', () => {
  it('have the same keys in every language, and name every action of the history', () => {
    for (const other of [en, fi, ar]) expect(keys(other)).toEqual(keys(sv));
    expect(Object.keys(sv.offerings.informationEditor.history.action).sort()).toEqual([...ContentAction].sort());
  });
});
