import { AccessLogEntry, type Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Application } from './entities/application.ts';
import { RequestedService } from './entities/requested-service.ts';
import { emptyAnswers } from './domain/answers.ts';
import { applicationsService } from './service.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const signe = crypto.randomUUID();
const erik = crypto.randomUUID();
const karl = crypto.randomUUID();
const hanna = crypto.randomUUID();
let subgraph: TestSubgraph;

const APPLICATIONS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { applications(limit: 10) { totalCount hasNextPage nodes { reference status requestedServices { serviceType } } } } } }`;
const applicationsOf = (actor: Actor, personId: string) => subgraph.request(actor, APPLICATIONS, { r: [{ __typename: 'Person', id: personId }] });

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  const em = subgraph.orm.em.fork();
  const application = em.create(Application, { reference: 'ANS-2026-000001', applicantId: signe, submittedById: erik, unit: UNIT, status: 'SUBMITTED', answers: emptyAnswers() });
  em.create(RequestedService, { application, serviceType: 'SAFETY_ALARM' });
  await em.flush();
});

afterAll(() => subgraph?.close());

describe('Person.applications', () => {
  it('shows Signe her application', async () => {
    const result = await applicationsOf({ kind: 'person', personId: signe, actingFor: [] }, signe);
    expect(result.data._entities[0].applications).toEqual({
      totalCount: 1,
      hasNextPage: false,
      nodes: [{ reference: 'ANS-2026-000001', status: 'SUBMITTED', requestedServices: [{ serviceType: 'SAFETY_ALARM' }] }],
    });
  });

  it('shows Erik the application of Signe, whom he represents', async () => {
    const result = await applicationsOf({ kind: 'person', personId: erik, actingFor: [signe] }, signe);
    expect(result.data._entities[0].applications.totalCount).toBe(1);
  });

  it('does not show Signe’s application to Karl', async () => {
    const result = await applicationsOf({ kind: 'person', personId: karl, actingFor: [] }, signe);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('does not show it to staff of another unit, and logs the read by the own unit', async () => {
    const other = await applicationsOf({ kind: 'staff', staffId: hanna, roles: ['CASEWORKER'], unit: 'Annan enhet' }, signe);
    expect(other.data._entities[0].applications.totalCount).toBe(0);
    const own = await applicationsOf({ kind: 'staff', staffId: hanna, roles: ['CASEWORKER'], unit: UNIT }, signe);
    expect(own.data._entities[0].applications.totalCount).toBe(1);
    const log = await subgraph.orm.em.fork().find(AccessLogEntry, { personId: signe, staffId: hanna });
    expect(log.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses a page larger than 100', async () => {
    const result = await subgraph.request(
      { kind: 'person', personId: signe, actingFor: [] },
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { applications(limit: 500) { totalCount } } } }`,
      { r: [{ __typename: 'Person', id: signe }] },
    );
    expect(result.data?._entities?.[0] ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
