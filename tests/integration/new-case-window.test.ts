import { enqueueJob } from '@omsorg/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, signIn, startStack, type Stack } from './support/stack.ts';

/*
 * When a citizen submits, identity lets the unit's staff read the person only once its worker has
 * handled the `identity.case-unit-linked` job (seconds). Here each subgraph has its own database,
 * so that job never reaches identity: the window stays open, and the test sees what a caseworker
 * sees in it, through the gateway. Nothing fails as a whole: only the person is missing (null,
 * with a FORBIDDEN error at that path), and the policy stays strict.
 */
let stack: Stack;
let caseId: string;
let karlId: string;

const COMPLETE = { services: [{ serviceType: 'SAFETY_ALARM', needs: 'Jag har ramlat två gånger i vinter.' }], contactMethod: 'PHONE', phone: '070-123 45 67' };
const INBOX = '{ inbox { totalCount nodes { application { id reference applicant { id fullName age } } } } }';
const CASE = 'query($id: ID!) { application(id: $id) { id reference status applicant { id fullName } } }';

beforeAll(async () => {
  stack = await startStack();
  const karl = await signIn(stack.citizenUrl, 'personalIdentityNumber', '19450808-3195');
  karlId = (await graphql(stack.citizenUrl, '{ me { ... on Person { id } } }', karl)).body.data.me.id;
  const started = await graphql(
    stack.citizenUrl,
    'mutation($input: StartApplicationInput!) { startApplication(input: $input) { ... on MutationStartApplicationSuccess { data { id } } } }',
    karl,
    { input: { applicantId: karlId } },
  );
  caseId = started.body.data.startApplication.data.id;
  const saved = await graphql(stack.citizenUrl, 'mutation($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) { __typename } }', karl, { input: { id: caseId, version: 1, answers: COMPLETE } });
  expect(saved.body.data.saveApplicationDraft.__typename).toBe('MutationSaveApplicationDraftSuccess');
  const submitted = await graphql(stack.citizenUrl, 'mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { __typename } }', karl, { input: { id: caseId, submissionKey: crypto.randomUUID() } });
  expect(submitted.body.data.submitApplication.__typename).toBe('MutationSubmitApplicationSuccess');
}, 60_000);

afterAll(() => stack?.close());

const onlyPersonRefused = (errors: Array<{ path?: Array<string | number>; extensions?: { code?: string } }>, personField: string) => {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.path).toContain(personField);
  }
};

describe('a new case before identity lets the unit read its applicant', () => {
  it('still lists in the inbox, with only the applicant missing', async () => {
    const hanna = await signIn(stack.staffUrl, 'username', 'handlaggare1', '/');
    const inbox = await graphql(stack.staffUrl, INBOX, hanna);
    expect(inbox.body.data.inbox.totalCount).toBe(1);
    expect(inbox.body.data.inbox.nodes[0].application).toMatchObject({ id: caseId, applicant: null });
    expect(inbox.body.data.inbox.nodes[0].application.reference).toMatch(/\S/);
    onlyPersonRefused(inbox.body.errors, 'applicant');
  });

  it('opens in the case view with the applicant missing, not as a case that does not exist', async () => {
    const hanna = await signIn(stack.staffUrl, 'username', 'handlaggare1', '/');
    const found = await graphql(stack.staffUrl, CASE, hanna, { id: caseId });
    expect(found.body.data.application).toMatchObject({ id: caseId, status: 'SUBMITTED', applicant: null });
    onlyPersonRefused(found.body.errors, 'applicant');
  });

  it('lists a callback request just made, with only its person missing', async () => {
    const karl = await signIn(stack.citizenUrl, 'personalIdentityNumber', '19450808-3195');
    const asked = await graphql(stack.citizenUrl, 'mutation($input: RequestCallbackInput!) { requestCallback(input: $input) { __typename } }', karl, {
      input: { personId: karlId, phone: '070-123 45 67' },
    });
    expect(asked.body.errors).toBeUndefined();
    const hanna = await signIn(stack.staffUrl, 'username', 'handlaggare1', '/');
    const callbacks = await graphql(stack.staffUrl, '{ callbackRequests { totalCount nodes { phone person { id fullName } } } }', hanna);
    expect(callbacks.body.data.callbackRequests.nodes).toEqual([{ phone: '070-123 45 67', person: null }]);
    onlyPersonRefused(callbacks.body.errors, 'person');
  });

  it('shows the applicant once identity has handled the link', async () => {
    const identity = stack.subgraphs.get('identity')!;
    await identity.orm.em.fork().transactional((em) => enqueueJob(em, 'identity.case-unit-linked', { personIds: [karlId], unit: 'Beställarenheten äldre, Hägersten-Älvsjö' }));
    await identity.settleJobs();
    const hanna = await signIn(stack.staffUrl, 'username', 'handlaggare1', '/');
    const inbox = await graphql(stack.staffUrl, INBOX, hanna);
    expect(inbox.body.errors).toBeUndefined();
    expect(inbox.body.data.inbox.nodes[0].application.applicant).toMatchObject({ id: karlId, fullName: expect.stringMatching(/^Karl /) });
    const person = await graphql(stack.staffUrl, 'query($id: ID!) { person(id: $id) { fullName } }', hanna, { id: karlId });
    expect(person.body.data.person.fullName).toMatch(/^Karl /);
  });
});
