import { AccessLogEntry, type Actor } from '@omsorg/platform';
import { countStatements, startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackEvent } from './entities/feedback-event.ts';
import { Feedback } from './entities/feedback.ts';
import { insertItem, OTHER_UNIT, staff, UNIT } from './handling/handling-fixtures.ts';
import { feedbackService } from './service.ts';

const LENA = staff('QUALITY_COUNCIL');
const MARIA = staff('MANAGER');
const HANNA = staff('CASEWORKER');
const OMAR = staff('OUTREACH');
const OTHER_MANAGER = staff('MANAGER', crypto.randomUUID(), OTHER_UNIT);
const signe: Actor = { kind: 'person', personId: crypto.randomUUID(), actingFor: [] };
const anonymous: Actor = { kind: 'anonymous' };

const RESULT = `__typename ... on Error { message } ... on ValidationError { issues { field message } } ... on ConflictError { currentVersion }`;
const mutation = (name: string, input: string, fields = 'id version status classifiedAt actionTakenAt closedAt unit handler { id } application { id }') =>
  `mutation($input: ${input}!) { ${name}(input: $input) { ${RESULT} ... on Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success { data { ${fields} } } } }`;

const REGISTER = mutation('registerFeedback', 'RegisterFeedbackInput', 'id referenceNumber channel status unit text contactName contactAddress answerBy registeredBy { id } events { kind staff { id } }');
const CLASSIFY = mutation('classifyFeedback', 'ClassifyFeedbackInput');
const ASSIGN = mutation('assignFeedback', 'AssignFeedbackInput');
const NOTE = mutation('addFeedbackNote', 'AddFeedbackNoteInput');
const ACTION = mutation('recordFeedbackAction', 'RecordFeedbackActionInput');
const LINK = mutation('linkFeedbackToCase', 'LinkFeedbackToCaseInput');
const CLOSE = mutation('closeFeedback', 'CloseFeedbackInput');
const REOPEN = mutation('reopenFeedback', 'ReopenFeedbackInput');
const LIST = `query($filter: FeedbackListFilter, $offset: Int, $limit: Int) { feedbackList(filter: $filter, offset: $offset, limit: $limit) { totalCount hasNextPage nodes { id referenceNumber handler { id } } } }`;
const ITEM = `query($id: ID!) { feedback(id: $id) { id text textHasSensitiveDetails mayRevealText version events { kind note staff { id } handler { id } unit } } }`;
const REVEAL = `query($id: ID!) { feedbackText(id: $id) }`;

const postcard = {
  channel: 'POSTCARD',
  receivedOn: '2026-12-01',
  type: 'COMPLAINT',
  subject: 'MISSED_OR_DELAYED_SERVICE',
  target: 'HOME_CARE_PROVIDER',
  targetName: 'Omsorgshemtjänst AB',
  text: 'Hemtjänsten kom två timmar sent i tisdags.',
  anonymous: false,
  contactName: 'Greta Ek',
  contactAddress: 'Storgatan 1\n123 45 Stockholm',
  senderGender: 'WOMAN',
  answerBy: 'LETTER',
};

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(feedbackService);
});
afterAll(() => subgraph?.close());

const eventsOf = async (id: string) => (await subgraph.orm.em.fork().find(FeedbackEvent, { feedback: id }, { orderBy: { at: 'asc' } })).map((event) => event.kind);
const stored = (id: string) => subgraph.orm.em.fork().findOneOrFail(Feedback, { id });

describe('registering feedback from a postcard, a call, a letter or a visit', () => {
  it('registers it for the quality council member\'s unit with a REGISTERED step by her', async () => {
    const result = await subgraph.request(LENA, REGISTER, { input: postcard });
    const data = result.data.registerFeedback.data;
    expect(data).toMatchObject({ channel: 'POSTCARD', status: 'RECEIVED', unit: UNIT, contactName: 'Greta Ek', contactAddress: 'Storgatan 1\n123 45 Stockholm', answerBy: 'LETTER', registeredBy: { id: LENA.staffId } });
    expect(data.referenceNumber).toMatch(/^SYN-2026-\d{6}$/);
    expect(data.events).toEqual([{ kind: 'REGISTERED', staff: { id: LENA.staffId } }]);
    expect((await stored(data.id)).receivedAt.toISOString()).toBe('2026-12-01T11:00:00.000Z');
  });

  it('lets a manager register, but no caseworker, outreach worker, citizen or anonymous visitor', async () => {
    expect((await subgraph.request(MARIA, REGISTER, { input: postcard })).data.registerFeedback.__typename).toBe('MutationRegisterFeedbackSuccess');
    const before = await subgraph.orm.em.fork().count(Feedback, {});
    for (const actor of [HANNA, OMAR, signe, anonymous]) {
      const result = await subgraph.request(actor, REGISTER, { input: postcard });
      expect(result.errors?.[0]?.extensions?.code).toBe(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
    expect(await subgraph.orm.em.fork().count(Feedback, {})).toBe(before);
  });

  it('refuses a day after today, an answer by letter without an address and an anonymous sender who wants an answer, storing nothing', async () => {
    const before = await subgraph.orm.em.fork().count(Feedback, {});
    const future = await subgraph.request(LENA, REGISTER, { input: { ...postcard, receivedOn: '2099-01-01' } });
    expect(future.data.registerFeedback.issues).toEqual([{ field: 'receivedOn', message: 'Datumet kan inte vara senare än i dag.' }]);
    const noAddress = await subgraph.request(LENA, REGISTER, { input: { ...postcard, contactAddress: '' } });
    expect(noAddress.data.registerFeedback.issues[0]).toMatchObject({ field: 'contactAddress' });
    const anonymousAnswer = await subgraph.request(LENA, REGISTER, { input: { ...postcard, anonymous: true, answerBy: 'PHONE' } });
    expect(anonymousAnswer.data.registerFeedback.issues[0]).toMatchObject({ field: 'answerBy' });
    const web = await subgraph.request(LENA, REGISTER, { input: { ...postcard, channel: 'WEB' } });
    expect(web.data.registerFeedback.__typename).toBe('ValidationError');
    const empty = await subgraph.request(LENA, REGISTER, { input: { ...postcard, text: '   ' } });
    expect(empty.data.registerFeedback.issues[0]).toMatchObject({ field: 'text' });
    const control = await subgraph.request(LENA, REGISTER, { input: { ...postcard, text: 'Hej\u0007' } });
    expect(control.errors?.[0]?.extensions?.code ?? control.data?.registerFeedback?.__typename).toMatch(/BAD_USER_INPUT|ValidationError/);
    expect(await subgraph.orm.em.fork().count(Feedback, {})).toBe(before);
  });

  it('keeps no contact details of an anonymous sender', async () => {
    const result = await subgraph.request(LENA, REGISTER, { input: { ...postcard, anonymous: true, answerBy: 'NONE' } });
    expect(result.data.registerFeedback.data).toMatchObject({ contactName: null, contactAddress: null, answerBy: 'NONE' });
  });
});

describe('handling an item, step by step', () => {
  it('classifies, assigns, notes, records an action, links a case, closes and reopens, each with its event and the version moved on', async () => {
    const item = await insertItem(subgraph, { unit: null });
    const hanna = HANNA.staffId;
    const classify = await subgraph.request(LENA, CLASSIFY, {
      input: { id: item.id, version: 1, type: 'COMPLAINT', subject: 'TREATMENT', source: 'RELATIVE', target: 'NURSING_HOME', targetName: 'Solgården', senderGender: 'MAN', unit: UNIT },
    });
    expect(classify.data.classifyFeedback.data).toMatchObject({ version: 2, status: 'IN_PROGRESS', unit: UNIT });
    const classifiedAt = classify.data.classifyFeedback.data.classifiedAt;
    expect(classifiedAt).not.toBeNull();

    const assign = await subgraph.request(LENA, ASSIGN, { input: { id: item.id, version: 2, handlerId: hanna } });
    expect(assign.data.assignFeedback.data).toMatchObject({ version: 3, handler: { id: hanna } });

    // The handler, a caseworker, may now handle it.
    expect((await subgraph.request(HANNA, NOTE, { input: { id: item.id, version: 3, note: 'Ringde sonen.' } })).data.addFeedbackNote.data.version).toBe(4);
    const action = await subgraph.request(HANNA, ACTION, { input: { id: item.id, version: 4, note: 'Personalen har fått utbildning i bemötande.' } });
    const firstAction = action.data.recordFeedbackAction.data.actionTakenAt;
    expect(firstAction).not.toBeNull();
    const again = await subgraph.request(HANNA, ACTION, { input: { id: item.id, version: 5, note: 'Uppföljning efter en månad.' } });
    expect(again.data.recordFeedbackAction.data).toMatchObject({ version: 6, actionTakenAt: firstAction });

    const caseId = crypto.randomUUID();
    expect((await subgraph.request(LENA, LINK, { input: { id: item.id, version: 6, applicationId: caseId } })).data.linkFeedbackToCase.data.application).toEqual({ id: caseId });
    const close = await subgraph.request(LENA, CLOSE, { input: { id: item.id, version: 7, note: 'Utrett och åtgärdat.' } });
    expect(close.data.closeFeedback.data).toMatchObject({ version: 8, status: 'CLOSED' });
    expect(close.data.closeFeedback.data.closedAt).not.toBeNull();

    const noteWhenClosed = await subgraph.request(LENA, NOTE, { input: { id: item.id, version: 8, note: 'Sent.' } });
    expect(noteWhenClosed.data.addFeedbackNote.__typename).toBe('ValidationError');

    const reopen = await subgraph.request(LENA, REOPEN, { input: { id: item.id, version: 8, note: 'Sonen hörde av sig igen.' } });
    expect(reopen.data.reopenFeedback.data).toMatchObject({ version: 9, status: 'IN_PROGRESS', closedAt: null, classifiedAt });

    expect(await eventsOf(item.id)).toEqual(['CLASSIFIED', 'ASSIGNED', 'INVESTIGATION_NOTE', 'ACTION_RECORDED', 'ACTION_RECORDED', 'LINKED_TO_CASE', 'CLOSED', 'REOPENED']);
    const read = await subgraph.request(LENA, ITEM, { id: item.id });
    expect(read.data.feedback.events[1]).toMatchObject({ kind: 'ASSIGNED', handler: { id: hanna }, staff: { id: LENA.staffId } });
    expect(read.data.feedback.events[2]).toMatchObject({ kind: 'INVESTIGATION_NOTE', note: 'Ringde sonen.', staff: { id: hanna } });
  });

  it('answers ConflictError with the current version for a stale version, and saves nothing', async () => {
    const item = await insertItem(subgraph);
    await subgraph.request(MARIA, NOTE, { input: { id: item.id, version: 1, note: 'Först.' } });
    const stale = await subgraph.request(LENA, NOTE, { input: { id: item.id, version: 1, note: 'Sent.' } });
    expect(stale.data.addFeedbackNote).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    expect(stale.data.addFeedbackNote.message).toMatch(/Någon annan har ändrat/);
    expect(await eventsOf(item.id)).toEqual(['INVESTIGATION_NOTE']);
  });

  it('lets only one of two concurrent steps from the same version through', async () => {
    const item = await insertItem(subgraph);
    const results = await Promise.all([1, 2, 3].map((n) => subgraph.request(LENA, NOTE, { input: { id: item.id, version: 1, note: `Samtidigt ${n}` } })));
    const kinds = results.map((result) => result.data.addFeedbackNote.__typename).sort();
    expect(kinds).toEqual(['ConflictError', 'ConflictError', 'MutationAddFeedbackNoteSuccess']);
    expect(await eventsOf(item.id)).toEqual(['INVESTIGATION_NOTE']);
  });

  it('closes only a classified item, and reopens only a closed one', async () => {
    const item = await insertItem(subgraph);
    const close = await subgraph.request(LENA, CLOSE, { input: { id: item.id, version: 1, note: 'Klart.' } });
    expect(close.data.closeFeedback.issues).toEqual([{ field: 'id', message: 'Klassificera synpunkten innan du avslutar den.' }]);
    expect((await subgraph.request(LENA, REOPEN, { input: { id: item.id, version: 1 } })).data.reopenFeedback.__typename).toBe('ValidationError');
    expect((await stored(item.id)).version).toBe(1);
  });

  it('refuses an empty or over-long note, a malformed case id and an assignment to nobody', async () => {
    const item = await insertItem(subgraph);
    expect((await subgraph.request(LENA, NOTE, { input: { id: item.id, version: 1, note: '  ' } })).data.addFeedbackNote.issues[0].field).toBe('note');
    const long = await subgraph.request(LENA, NOTE, { input: { id: item.id, version: 1, note: 'x'.repeat(4001) } });
    expect(long.data?.addFeedbackNote?.issues?.[0]?.field ?? long.errors?.[0]?.extensions?.code).toMatch(/note|BAD_USER_INPUT/);
    expect((await subgraph.request(LENA, LINK, { input: { id: item.id, version: 1, applicationId: 'ANS-1' } })).data.linkFeedbackToCase.issues[0].field).toBe('applicationId');
    expect((await subgraph.request(LENA, ASSIGN, { input: { id: item.id, version: 1 } })).data.assignFeedback.__typename).toBe('ValidationError');
    expect((await stored(item.id)).version).toBe(1);
  });
});

describe('who may handle an item, on every path', () => {
  const steps = (id: string) => [
    [CLASSIFY, 'classifyFeedback', { id, version: 1, type: 'PRAISE', subject: 'OTHER', source: 'USER', target: 'UNIT', senderGender: 'UNKNOWN' }],
    [ASSIGN, 'assignFeedback', { id, version: 1, handlerId: HANNA.staffId }],
    [NOTE, 'addFeedbackNote', { id, version: 1, note: 'x' }],
    [ACTION, 'recordFeedbackAction', { id, version: 1, note: 'x' }],
    [LINK, 'linkFeedbackToCase', { id, version: 1, applicationId: crypto.randomUUID() }],
    [CLOSE, 'closeFeedback', { id, version: 1, note: 'x' }],
    [REOPEN, 'reopenFeedback', { id, version: 1 }],
  ] as const;

  it('refuses a caseworker or outreach worker who is not the handler, another unit\'s manager and a citizen: NotFound on every step, nothing saved', async () => {
    const item = await insertItem(subgraph, { handlerId: crypto.randomUUID() });
    for (const actor of [HANNA, OMAR, OTHER_MANAGER, signe]) {
      for (const [query, field, input] of steps(item.id)) {
        const result = await subgraph.request(actor, query, { input });
        expect(result.data?.[field]?.__typename ?? result.errors?.[0]?.extensions?.code, `${field} by ${JSON.stringify(actor)}`).toMatch(/NotFoundError|FORBIDDEN/);
      }
      expect((await subgraph.request(actor, ITEM, { id: item.id })).data?.feedback ?? null).toBeNull();
    }
    for (const [query, field, input] of steps(item.id)) {
      expect((await subgraph.request(anonymous, query, { input })).data?.[field]?.__typename ?? 'refused').not.toMatch(/Success/);
    }
    expect((await stored(item.id)).version).toBe(1);
    expect(await eventsOf(item.id)).toEqual([]);
  });

  it('answers the staff member who assigns an item to another unit, who then no longer sees it', async () => {
    const item = await insertItem(subgraph);
    const moved = await subgraph.request(LENA, ASSIGN, { input: { id: item.id, version: 1, unit: OTHER_UNIT } });
    expect(moved.data.assignFeedback.data).toMatchObject({ version: 2, unit: OTHER_UNIT, handler: null });
    expect((await subgraph.request(LENA, ITEM, { id: item.id })).data.feedback).toBeNull();
    expect((await subgraph.request(OTHER_MANAGER, ITEM, { id: item.id })).data.feedback.version).toBe(2);
  });

  it('lets another unit\'s manager handle an item that has no unit yet', async () => {
    const item = await insertItem(subgraph, { unit: null });
    expect((await subgraph.request(OTHER_MANAGER, NOTE, { input: { id: item.id, version: 1, note: 'Vår?' } })).data.addFeedbackNote.__typename).toBe('MutationAddFeedbackNoteSuccess');
  });
});

describe('the text and its sensitive details', () => {
  it('masks a personnummer for everyone, and reveals it to the handler and the quality council only, logged for the signed-in sender', async () => {
    const item = await insertItem(subgraph, { text: 'Min mamma 19450312-1234 fick ingen hjälp.', handlerId: HANNA.staffId, personId: signe.kind === 'person' ? signe.personId : null });
    const asManager = await subgraph.request(MARIA, ITEM, { id: item.id });
    expect(asManager.data.feedback).toMatchObject({ textHasSensitiveDetails: true, mayRevealText: false });
    expect(asManager.data.feedback.text).not.toContain('1234');
    expect((await subgraph.request(MARIA, REVEAL, { id: item.id })).data.feedbackText).toBeNull();
    expect((await subgraph.request(OMAR, REVEAL, { id: item.id })).data.feedbackText).toBeNull();
    expect((await subgraph.request(OTHER_MANAGER, REVEAL, { id: item.id })).data.feedbackText).toBeNull();
    expect((await subgraph.request(signe, REVEAL, { id: item.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const logged = async () => subgraph.orm.em.fork().count(AccessLogEntry, { resourceId: item.id, staffId: LENA.staffId });
    const before = await logged();
    for (const reader of [LENA, HANNA]) {
      expect((await subgraph.request(reader, ITEM, { id: item.id })).data.feedback.mayRevealText).toBe(true);
      expect((await subgraph.request(reader, REVEAL, { id: item.id })).data.feedbackText).toBe('Min mamma 19450312-1234 fick ingen hjälp.');
    }
    // The item read and the reveal: two entries for the council member.
    expect(await logged()).toBe(before + 2);
  });
});

describe('the staff list', () => {
  let listed: { unit: string; ids: Record<string, string> };

  beforeAll(async () => {
    const unit = `Listenheten ${crypto.randomUUID().slice(0, 8)}`;
    const day = (d: string) => new Date(`${d}T10:00:00Z`);
    const ids: Record<string, string> = {};
    ids.old = (await insertItem(subgraph, { unit, receivedAt: day('2026-10-01'), type: 'PRAISE', channel: 'LETTER' })).id;
    ids.mine = (await insertItem(subgraph, { unit, receivedAt: day('2026-11-15'), handlerId: HANNA.staffId, status: 'IN_PROGRESS' })).id;
    ids.closed = (await insertItem(subgraph, { unit, receivedAt: day('2026-11-20'), status: 'CLOSED', target: 'TRANSPORT' })).id;
    ids.newest = (await insertItem(subgraph, { unit, receivedAt: day('2026-12-02'), channel: 'POSTCARD' })).id;
    await insertItem(subgraph, { unit: OTHER_UNIT, receivedAt: day('2026-12-03') });
    listed = { unit, ids };
  });

  const list = async (actor: Actor, filter: Record<string, unknown>, page: { offset?: number; limit?: number } = {}) =>
    (await subgraph.request(actor, LIST, { filter: { unit: listed.unit, ...filter }, limit: 50, ...page })).data.feedbackList;
  const idsOf = (page: { nodes: Array<{ id: string }> }) => page.nodes.map((node) => node.id);

  it('lists the unit\'s items newest first, and filters by status, type, target, channel, handler, days and reference number', async () => {
    const lenaHere = staff('QUALITY_COUNCIL', LENA.staffId, listed.unit);
    const { ids } = listed;
    expect(idsOf(await list(lenaHere, {}))).toEqual([ids.newest, ids.closed, ids.mine, ids.old]);
    expect(idsOf(await list(lenaHere, { status: 'CLOSED' }))).toEqual([ids.closed]);
    expect(idsOf(await list(lenaHere, { type: 'PRAISE' }))).toEqual([ids.old]);
    expect(idsOf(await list(lenaHere, { target: 'TRANSPORT' }))).toEqual([ids.closed]);
    expect(idsOf(await list(lenaHere, { channel: 'POSTCARD' }))).toEqual([ids.newest]);
    expect(idsOf(await list(lenaHere, { unassigned: true }))).toEqual([ids.newest, ids.closed, ids.old]);
    expect(idsOf(await list(staff('QUALITY_COUNCIL', HANNA.staffId, listed.unit), { mine: true }))).toEqual([ids.mine]);
    expect(idsOf(await list(lenaHere, { receivedFrom: '2026-11-15', receivedTo: '2026-11-20' }))).toEqual([ids.closed, ids.mine]);
    const reference = (await stored(ids.old!)).referenceNumber;
    expect(idsOf(await list(lenaHere, { referenceNumber: reference.toLowerCase() }))).toEqual([ids.old]);
    expect((await subgraph.request(lenaHere, LIST, { filter: { receivedFrom: '2026-13-01' } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages: totalCount and hasNextPage', async () => {
    const lenaHere = staff('QUALITY_COUNCIL', LENA.staffId, listed.unit);
    const first = await list(lenaHere, {}, { limit: 3 });
    expect(first).toMatchObject({ totalCount: 4, hasNextPage: true });
    const second = await list(lenaHere, {}, { offset: 3, limit: 3 });
    expect(second).toMatchObject({ totalCount: 4, hasNextPage: false });
    expect(idsOf(second)).toEqual([listed.ids.old]);
    expect((await subgraph.request(lenaHere, LIST, { limit: 101 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows a caseworker only what is assigned to her, another unit\'s manager none of the unit\'s, and a citizen nothing', async () => {
    expect(idsOf(await list(HANNA, {}))).toEqual([listed.ids.mine]);
    expect(idsOf(await list(OMAR, {}))).toEqual([]);
    expect(idsOf(await list(OTHER_MANAGER, {}))).toEqual([]);
    for (const actor of [signe, anonymous]) expect((await subgraph.request(actor, LIST, {})).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });

  it('costs the same number of SQL statements for a page of 2 and of 50, handler names included', async () => {
    const unit = `Mätenheten ${crypto.randomUUID().slice(0, 8)}`;
    for (let n = 0; n < 60; n++) await insertItem(subgraph, { unit, handlerId: crypto.randomUUID(), personId: crypto.randomUUID() });
    const reader = staff('MANAGER', crypto.randomUUID(), unit);
    const counter = countStatements(subgraph.orm);
    const statementsFor = async (limit: number) => {
      counter.reset();
      const page = (await subgraph.request(reader, LIST, { filter: { unit }, limit })).data.feedbackList;
      expect(page.nodes).toHaveLength(limit);
      return counter.count;
    };
    const small = await statementsFor(2);
    const large = await statementsFor(50);
    counter.stop();
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(4);
  });
});
