import { describe, expect, it } from 'vitest';
import ar from '../locales/citizen/ar.json' with { type: 'json' };
import en from '../locales/citizen/en.json' with { type: 'json' };
import fi from '../locales/citizen/fi.json' with { type: 'json' };
import startAr from '../locales/citizen/start/ar.json' with { type: 'json' };
import startEn from '../locales/citizen/start/en.json' with { type: 'json' };
import startFi from '../locales/citizen/start/fi.json' with { type: 'json' };
import startSv from '../locales/citizen/start/sv.json' with { type: 'json' };
import sv from '../locales/citizen/sv.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`))).sort();

describe('citizen outreach messages', () => {
  it('have the same keys in every language, none empty', () => {
    for (const [swedish, others] of [[sv, [en, fi, ar]], [startSv, [startEn, startFi, startAr]]] as const) {
      for (const other of others) expect(keys(other)).toEqual(keys(swedish));
      for (const messages of [swedish, ...others]) expect(JSON.stringify(messages)).not.toContain('""');
    }
  });
});
