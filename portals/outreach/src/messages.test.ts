import { describe, expect, it } from 'vitest';
import { CampaignStatus, OutgoingLetterKind } from './generated/graphql.ts';
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
