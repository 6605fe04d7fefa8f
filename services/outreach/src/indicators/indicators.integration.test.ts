import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import type { Actor } from '@omsorg/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign } from '../entities/campaign.ts';
import { Invitation } from '../entities/invitation.ts';
import { outreachService } from '../service.ts';
import { OTHER_TEST_UNIT, TEST_UNIT, testActors } from '../testing/actors.ts';

const INDICATORS = `query($year: Int!, $tertial: Int!) { outreachIndicators(year: $year, tertial: $tertial) { key value previousValue target met } }`;
const { omar, caseworker, citizen, anonymous } = testActors();
const lena: Actor = { ...caseworker, roles: ['QUALITY_COUNCIL'] };
const maria: Actor = { ...caseworker, roles: ['MANAGER'] };

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(outreachService);
  const em = subgraph.orm.em.fork();
  const campaign = em.create(Campaign, { name: 'Hälsosamtal 75', targetDescription: 'Alla som fyller 75.', unit: TEST_UNIT });
  const elsewhere = em.create(Campaign, { name: 'Hälsosamtal 75', targetDescription: 'Alla som fyller 75.', unit: OTHER_TEST_UNIT });
  const invite = (of: Campaign, invitedAt: string) => em.create(Invitation, { campaign: of, personId: crypto.randomUUID(), codeHash: crypto.randomUUID().replaceAll('-', ''), invitedAt: new Date(invitedAt) });
  // T1 2026: two of the unit's (the second at 23:59 Stockholm time on 30 April), one of another unit's.
  invite(campaign, '2026-02-10T09:00:00Z');
  invite(campaign, '2026-04-30T21:59:00Z');
  invite(elsewhere, '2026-02-10T09:00:00Z');
  // Midnight of 1 May in Stockholm: T2. And one in T1 a year earlier.
  invite(campaign, '2026-04-30T22:00:00Z');
  invite(campaign, '2025-03-01T09:00:00Z');
  await em.flush();
});
afterAll(() => subgraph?.close());

describe('outreachIndicators', () => {
  it('counts the unit\'s invitations per tertial in Stockholm time against the same tertial a year earlier', async () => {
    const t1 = (await subgraph.request(lena, INDICATORS, { year: 2026, tertial: 1 })).data.outreachIndicators;
    expect(t1).toEqual([
      { key: 'INVITED', value: 2, previousValue: 1, target: null, met: null },
      { key: 'CONVERSATIONS_HELD', value: 0, previousValue: 0, target: null, met: null },
      { key: 'REFERRALS', value: 0, previousValue: 0, target: null, met: null },
    ]);
    expect((await subgraph.request(maria, INDICATORS, { year: 2026, tertial: 2 })).data.outreachIndicators[0]).toMatchObject({ value: 1, previousValue: 0 });
    expect((await subgraph.request(lena, INDICATORS, { year: 2026, tertial: 4 })).data.outreachIndicators).toBeNull();
  });

  it('refuses outreach staff, caseworkers, citizens and anonymous callers', async () => {
    for (const actor of [omar, caseworker, citizen, anonymous]) {
      const answer = await subgraph.request(actor, INDICATORS, { year: 2026, tertial: 1 });
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(answer.errors?.[0]?.extensions?.code);
      expect(answer.data?.outreachIndicators ?? null).toBeNull();
    }
  });
});
