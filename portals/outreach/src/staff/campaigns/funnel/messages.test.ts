import { describe, expect, it } from 'vitest';
import { FunnelStepKind } from '../../../generated/graphql.ts';
import ar from '../../../locales/funnel/ar.json' with { type: 'json' };
import en from '../../../locales/funnel/en.json' with { type: 'json' };
import fi from '../../../locales/funnel/fi.json' with { type: 'json' };
import sv from '../../../locales/funnel/sv.json' with { type: 'json' };

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]))
    .sort();
}

describe('funnel messages', () => {
  it('have the same keys in Swedish, English, Finnish and Arabic', () => {
    for (const messages of [en, fi, ar]) expect(keys(messages)).toEqual(keys(sv));
  });

  it('name every step the schema has, and no other', () => {
    for (const messages of [sv, en, fi, ar]) expect(Object.keys(messages.outreach.funnel.step).sort()).toEqual(Object.values(FunnelStepKind).sort());
  });
});
