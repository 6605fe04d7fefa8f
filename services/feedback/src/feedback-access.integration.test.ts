import { AccessLogEntry, type Actor, type StaffRole } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackService } from './service.ts';

const SIGNE_ID = crypto.randomUUID();
const signe: Actor = { kind: 'person', personId: SIGNE_ID, actingFor: [] };
const karl: Actor = { kind: 'person', personId: crypto.randomUUID(), actingFor: [] };
const erik: Actor = { kind: 'person', personId: crypto.randomUUID(), actingFor: [SIGNE_ID] };
const staff = (role: StaffRole, staffId: string = crypto.randomUUID()): Actor => ({ kind: 'staff', staffId, roles: [role], unit: 'Beställarenheten äldre, Hägersten-Älvsjö' });
const MANAGER_ID = crypto.randomUUID();

const SUBMIT = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { ... on MutationSubmitFeedbackSuccess { data { id contactName contactEmail contactPhone } } } }`;
const LIST = `{ feedbackList(limit: 100) { totalCount nodes { id text } } }`;
const ITEM = (fields: string) => `query($id: ID!) { feedback(id: $id) { ${fields} } }`;
const LIST_CONTACT = (field: string) => `{ feedbackList(limit: 100) { nodes { ${field} } } }`;
const OPENINGS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { feedbackOpenings(limit: 10) { totalCount nodes { at referenceNumber staff { id } } } } } }`;

let subgraph: TestSubgraph;
let signedId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(feedbackService);
  const sent = await subgraph.request(signe, SUBMIT, {
    input: { type: 'COMPLAINT', subject: 'TREATMENT', text: 'Jag blev illa bemött.', contactName: 'Signe Andersson', contactEmail: 'signe@example.se', contactPhone: '070-123 45 67' },
  });
  signedId = sent.data.submitFeedback.data.id;
});
afterAll(() => subgraph?.close());

describe('who may read feedback', () => {
  it('shows the sender the receipt of what she has just sent, contact details included', async () => {
    const sent = await subgraph.request({ kind: 'anonymous' }, SUBMIT, { input: { type: 'QUESTION', subject: 'OTHER', text: 'En fråga.', contactEmail: 'greta@example.se' } });
    expect(sent.data.submitFeedback.data).toMatchObject({ contactEmail: 'greta@example.se' });
  });

  it('refuses citizens on the list, the item and every contact field', async () => {
    for (const actor of [signe]) {
      expect((await subgraph.request(actor, LIST)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await subgraph.request(actor, ITEM('text'), { id: signedId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      for (const field of ['contactName', 'contactEmail', 'contactPhone']) {
        expect((await subgraph.request(actor, LIST_CONTACT(field))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect((await subgraph.request(actor, ITEM(field), { id: signedId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    expect(await subgraph.orm.em.fork().count(AccessLogEntry, {})).toBe(0);
  });

  it('shows caseworkers and outreach staff who are not assigned an item nothing: an empty list, no item', async () => {
    for (const actor of [staff('CASEWORKER'), staff('OUTREACH')]) {
      expect((await subgraph.request(actor, LIST)).data.feedbackList).toEqual({ totalCount: 0, nodes: [] });
      expect((await subgraph.request(actor, ITEM('text'), { id: signedId })).data.feedback).toBeNull();
    }
    expect(await subgraph.orm.em.fork().count(AccessLogEntry, {})).toBe(0);
  });

  it('lets a manager and the quality council read feedback with the sender\'s contact details', async () => {
    for (const role of ['MANAGER', 'QUALITY_COUNCIL'] as const) {
      const item = await subgraph.request(staff(role), ITEM('text contactName contactEmail contactPhone'), { id: signedId });
      expect(item.data.feedback).toEqual({ text: 'Jag blev illa bemött.', contactName: 'Signe Andersson', contactEmail: 'signe@example.se', contactPhone: '070-123 45 67' });
    }
  });

  it('answers null for an unknown or malformed id', async () => {
    expect((await subgraph.request(staff('MANAGER'), ITEM('id'), { id: crypto.randomUUID() })).data.feedback).toBeNull();
    expect((await subgraph.request(staff('MANAGER'), ITEM('id'), { id: 'inte-ett-id' })).data.feedback).toBeNull();
  });
});

describe('staff reads of signed feedback, shown to the sender', () => {
  it('logs the item and the list where Signe and her representative see them, naming the staff member', async () => {
    const before = await subgraph.request(signe, OPENINGS, { r: [{ __typename: 'Person', id: SIGNE_ID }] });
    const countBefore = before.data._entities[0].feedbackOpenings.totalCount;
    await subgraph.request(staff('MANAGER', MANAGER_ID), ITEM('text'), { id: signedId });
    await subgraph.request(staff('MANAGER', MANAGER_ID), LIST);
    for (const reader of [signe, erik]) {
      const result = await subgraph.request(reader, OPENINGS, { r: [{ __typename: 'Person', id: SIGNE_ID }] });
      const page = result.data._entities[0].feedbackOpenings;
      // The item and then the list, by one manager within minutes: one opening.
      expect(page.totalCount).toBe(countBefore + 1);
      expect(page.nodes[0]).toMatchObject({ referenceNumber: expect.stringMatching(/^SYN-/), staff: { id: MANAGER_ID } });
    }
  });

  it('counts each member of staff who read it', async () => {
    const openings = async () => (await subgraph.request(signe, OPENINGS, { r: [{ __typename: 'Person', id: SIGNE_ID }] })).data._entities[0].feedbackOpenings;
    const before = (await openings()).totalCount;
    const council = crypto.randomUUID();
    await subgraph.request(staff('QUALITY_COUNCIL', council), ITEM('text'), { id: signedId });
    const after = await openings();
    expect(after.totalCount).toBe(before + 1);
    expect(after.nodes[0].staff).toEqual({ id: council });
  });

  it('does not show Signe\'s openings to anyone else', async () => {
    for (const reader of [karl, staff('MANAGER')]) {
      const result = await subgraph.request(reader, OPENINGS, { r: [{ __typename: 'Person', id: SIGNE_ID }] });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
