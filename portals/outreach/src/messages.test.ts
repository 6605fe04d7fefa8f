import { describe, expect, it } from 'vitest';
import { CampaignStatus, ConversationOutcome, Loneliness, OutgoingLetterKind } from './generated/graphql.ts';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fi from './locales/fi.json' with { type: 'json' };
import sv from './locales/sv.json' with { type: 'json' };

describe('outreach messages', () => {
  it('name every campaign status the schema has, and no other, in every language', () => {
    for (const messages of [sv, en, fi, ar]) expect(Object.keys(messages.outreach.status).sort()).toEqual(Object.values(CampaignStatus).sort());
  });

  it('name every kind of letter to post the schema has, and have the same letters keys, in every language', () => {
    for (const messages of [sv, en, fi, ar]) {
      expect(Object.keys(messages.outreach.letters.kind).sort()).toEqual(Object.values(OutgoingLetterKind).sort());
      expect(Object.keys(messages.outreach.letters).sort()).toEqual(Object.keys(sv.outreach.letters).sort());
      expect(Object.keys(messages.outreach.calls).sort()).toEqual(Object.keys(sv.outreach.calls).sort());
      expect(Object.keys(messages.outreach.calls.kind).sort()).toEqual(Object.keys(sv.outreach.calls.kind).sort());
    }
  });
});

describe('conversation messages', () => {
  const keys = (tree: object, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));

  it('have the same keys in every language, and a label for every outcome and loneliness level of the schema', async () => {
    const [svC, enC, fiC, arC] = await Promise.all(['sv', 'en', 'fi', 'ar'].map(async (l) => (await import(`./locales/conversation/${l}.json`)).default));
    for (const other of [enC, fiC, arC]) expect(keys(other).sort()).toEqual(keys(svC).sort());
    expect(Object.keys(svC.outreach.conversation.outcome).sort()).toEqual(Object.values(ConversationOutcome).sort());
    expect(Object.keys(svC.outreach.conversation.loneliness).sort()).toEqual(Object.values(Loneliness).sort());
  });
});
