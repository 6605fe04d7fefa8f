import { describe, expect, it } from 'vitest';
import { CouncilAgendaItemKind, CouncilMeetingStatus, DeviationKind, DeviationStatus, DeviationTarget, LexSarahDecision, LexSarahSource, LexSarahStatus } from '../../generated/graphql.ts';
import ar from '../../locales/quality/ar.json' with { type: 'json' };
import en from '../../locales/quality/en.json' with { type: 'json' };
import fi from '../../locales/quality/fi.json' with { type: 'json' };
import sv from '../../locales/quality/sv.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] => Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`)));
const sorted = (values: readonly string[]) => [...values].sort();

describe('the quality pages’ messages', () => {
  it('have the same keys in Swedish, English, Finnish and Arabic, none empty', () => {
    const swedish = keys(sv).sort();
    for (const other of [en, fi, ar]) expect(keys(other).sort()).toEqual(swedish);
    for (const messages of [sv, en, fi, ar]) for (const key of keys(messages)) expect(key.split('.').reduce<Tree | string>((node, part) => (node as Tree)[part]!, messages)).not.toBe('');
  });

  it('name every status, kind, target, source and decision the schema has', () => {
    for (const { feedback } of [sv, en, fi, ar]) {
      const q = feedback.quality;
      expect(sorted(Object.keys(q.lexSarah.status))).toEqual(sorted(Object.values(LexSarahStatus)));
      expect(sorted(Object.keys(q.lexSarah.sourceKind))).toEqual(sorted(Object.values(LexSarahSource)));
      expect(sorted(Object.keys(q.lexSarah.decision))).toEqual(sorted(Object.values(LexSarahDecision)));
      expect(sorted(Object.keys(q.deviation.kind))).toEqual(sorted(Object.values(DeviationKind)));
      expect(sorted(Object.keys(q.deviation.kindDescription))).toEqual(sorted(Object.values(DeviationKind)));
      expect(sorted(Object.keys(q.deviation.status))).toEqual(sorted(Object.values(DeviationStatus)));
      expect(sorted(Object.keys(q.target))).toEqual(sorted(Object.values(DeviationTarget)));
      expect(sorted(Object.keys(q.council.status))).toEqual(sorted(Object.values(CouncilMeetingStatus)));
      expect(sorted(Object.keys(q.council.itemKind))).toEqual(sorted(Object.values(CouncilAgendaItemKind)));
    }
  });
});
