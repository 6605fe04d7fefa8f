import type { Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Feedback } from './entities/feedback.ts';
import { feedbackService } from './service.ts';

const anonymous: Actor = { kind: 'anonymous' };

const SUBMIT = `mutation($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) {
    __typename
    ... on MutationSubmitFeedbackSuccess { data { id text } }
    ... on ValidationError { message issues { field message } }
    ... on RateLimitError { message retryAfterSeconds }
  }
}`;

const complaint = { type: 'COMPLAINT', subject: 'MISSED_OR_DELAYED_SERVICE', text: 'Hemtjänsten kom inte i tisdags.' };
const INVALID_CHARACTERS = 'Texten innehåller tecken som inte kan sparas, till exempel osynliga styrtecken. Skriv om texten utan dem och försök igen.';

// Two replicas of the service on one database, as in production behind a load balancer.
let first: TestSubgraph;
let second: TestSubgraph;

beforeAll(async () => {
  first = await startTestSubgraph(feedbackService);
  second = await startTestSubgraph(feedbackService, { databaseUrl: first.databaseUrl });
});

afterAll(async () => {
  await second?.close();
  await first?.close();
});

const storedCount = () => first.orm.em.fork().count(Feedback, {});
const submitFrom = (replica: TestSubgraph, client: string, input: Record<string, unknown> = complaint) =>
  replica.request(anonymous, SUBMIT, { input }, 'sv', client);

describe('feedback rate limit', () => {
  it('lets an address send 10 anonymous feedback an hour, even in a burst across replicas, then answers with a Swedish RateLimitError', async () => {
    const client = '203.0.113.7';
    const before = await storedCount();
    // A burst, all at once, on both replicas: exactly 10 get through.
    const burst = await Promise.all(Array.from({ length: 14 }, (_, i) => submitFrom(i % 2 === 0 ? first : second, client)));
    const kinds = burst.map((result) => result.data?.submitFeedback.__typename);
    expect(kinds.filter((kind) => kind === 'MutationSubmitFeedbackSuccess')).toHaveLength(10);
    expect(kinds.filter((kind) => kind === 'RateLimitError')).toHaveLength(4);
    expect(await storedCount()).toBe(before + 10);
    const refused = await submitFrom(second, client);
    expect(refused.data?.submitFeedback).toMatchObject({ __typename: 'RateLimitError' });
    expect(refused.data?.submitFeedback.message).toMatch(/^Du har skickat många synpunkter på kort tid\. Vänta (\d+ minuter|1 timme) och försök igen\.$/);
    expect(refused.data?.submitFeedback.retryAfterSeconds).toBeGreaterThan(3500);
    expect((await submitFrom(first, client)).data?.submitFeedback.__typename).toBe('RateLimitError');
    expect(await storedCount()).toBe(before + 10);
  });

  it('still lets another address send', async () => {
    for (let i = 0; i < 10; i++) await submitFrom(first, '198.51.100.1');
    expect((await submitFrom(second, '198.51.100.2')).data?.submitFeedback.__typename).toBe('MutationSubmitFeedbackSuccess');
  });

  it('stores a keyed hash, never the address', async () => {
    await submitFrom(first, '192.0.2.55');
    const rows = await first.orm.em.getConnection().execute<Array<{ key: string }>>('select "key" from "feedback"."rate_limit"');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.key).toMatch(/^[0-9a-f]{64}$/);
      expect(row.key).not.toContain('192.0.2.55');
    }
  });
  it('removes expired counters when a new window starts', async () => {
    const connection = first.orm.em.getConnection();
    await connection.execute(`insert into "feedback"."rate_limit" ("key", "hits", "expires_at") values (?, 3, now() - interval '1 minute')`, ['0'.repeat(64)]);
    await submitFrom(first, `cleanup-${crypto.randomUUID()}`);
    expect(await connection.execute(`select 1 from "feedback"."rate_limit" where "key" = ?`, ['0'.repeat(64)])).toEqual([]);
  });
});

describe('feedback text hygiene', () => {
  it.each([
    ['NUL', 'Bra\u0000 bemötande'],
    ['a lone surrogate', 'Bra \uD800 bemötande'],
    ['a right-to-left override', 'Bra \u202Etnadömeb'],
  ])('refuses %s in the text with a Swedish message on the field, and stores nothing', async (_name, text) => {
    const before = await storedCount();
    const result = await submitFrom(first, `hygiene-${crypto.randomUUID()}`, { ...complaint, text });
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitFeedback).toEqual({
      __typename: 'ValidationError',
      message: 'Uppgifterna behöver rättas innan de kan skickas.',
      issues: [{ field: 'text', message: INVALID_CHARACTERS }],
    });
    expect(await storedCount()).toBe(before);
  });

  it('refuses a right-to-left override in a contact name too', async () => {
    const result = await submitFrom(first, `hygiene-${crypto.randomUUID()}`, { ...complaint, contactName: 'Greta \u202EgreB' });
    expect(result.data?.submitFeedback.issues).toEqual([{ field: 'contactName', message: INVALID_CHARACTERS }]);
  });

  it('stores text in NFC', async () => {
    const result = await submitFrom(first, `hygiene-${crypto.randomUUID()}`, { ...complaint, text: 'Ma\u0308ngden' });
    expect(result.data?.submitFeedback.data.text).toBe('Mängden');
  });
});
