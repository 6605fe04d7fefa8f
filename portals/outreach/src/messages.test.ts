import { describe, expect, it } from 'vitest';
import { CampaignStatus } from './generated/graphql.ts';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fi from './locales/fi.json' with { type: 'json' };
import sv from './locales/sv.json' with { type: 'json' };

describe('outreach messages', () => {
  it('name every campaign status the schema has, and no other, in every language', () => {
    for (const messages of [sv, en, fi, ar]) expect(Object.keys(messages.outreach.status).sort()).toEqual(Object.values(CampaignStatus).sort());
  });
});
