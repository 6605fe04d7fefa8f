import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallbackRequest } from './entities/callback-request.ts';
import { applicationsService } from './service.ts';
import { OTHER_UNIT, staff, UNIT } from './testing/casework-fixtures.ts';

const INDICATORS = `query($year: Int!, $tertial: Int!) { applicationIndicators(year: $year, tertial: $tertial) { key value count target met } }`;
const maria = staff(['MANAGER']);
const council = staff(['QUALITY_COUNCIL']);

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  const em = subgraph.orm.em.fork();
  // Three callbacks asked for in T2 2026 of the unit: two done in time, one late; one of another unit.
  const callback = (requestedAt: string, completedAfterHours: number, unit = UNIT) => {
    const requested = new Date(requestedAt);
    const dueAt = new Date(requested.getTime() + 48 * 3_600_000);
    em.create(CallbackRequest, { personId: crypto.randomUUID(), unit, phone: '070-1', requestedAt: requested, dueAt, completedAt: new Date(requested.getTime() + completedAfterHours * 3_600_000) });
  };
  callback('2026-05-04T08:00:00Z', 2);
  callback('2026-06-10T08:00:00Z', 30);
  callback('2026-08-20T08:00:00Z', 60);
  callback('2026-06-10T08:00:00Z', 60, OTHER_UNIT);
  // Midnight of 1 September in Stockholm: T3, not T2.
  callback('2026-08-31T22:00:00Z', 60);
  await em.flush();
});
afterAll(() => subgraph?.close());

describe('applicationIndicators', () => {
  it('gives the unit\'s callbacks within 48 hours against the 90 % target, per tertial', async () => {
    const t2 = (await subgraph.request(maria, INDICATORS, { year: 2026, tertial: 2 })).data.applicationIndicators;
    expect(t2[0]).toEqual({ key: 'CALLBACKS_WITHIN_48H', value: 66.7, count: 3, target: '90 %', met: false });
    expect(t2[1]).toEqual({ key: 'INVESTIGATIONS_DESCRIBING_ALL_SERVICES', value: null, count: 0, target: '90 %', met: null });
    expect(t2[2]).toEqual({ key: 'DAYS_TO_DECISION', value: null, count: 0, target: null, met: null });
    const t3 = (await subgraph.request(council, INDICATORS, { year: 2026, tertial: 3 })).data.applicationIndicators;
    expect(t3[0]).toMatchObject({ value: 0, count: 1, met: false });
  });

  it('answers null for a tertial or year out of range', async () => {
    expect((await subgraph.request(maria, INDICATORS, { year: 2026, tertial: 0 })).data.applicationIndicators).toBeNull();
    expect((await subgraph.request(maria, INDICATORS, { year: 1999, tertial: 1 })).data.applicationIndicators).toBeNull();
  });

  it('refuses caseworkers, outreach workers, citizens and anonymous callers', async () => {
    for (const actor of [staff(['CASEWORKER']), staff(['OUTREACH']), { kind: 'person' as const, personId: crypto.randomUUID(), actingFor: [] }, { kind: 'anonymous' as const }]) {
      const answer = await subgraph.request(actor, INDICATORS, { year: 2026, tertial: 2 });
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(answer.errors?.[0]?.extensions?.code);
      expect(answer.data?.applicationIndicators ?? null).toBeNull();
    }
  });
});
