import { AccessLogEntry, type Actor } from '@omsorg/platform';
import { startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_CONTENT_TYPES } from './domain/case-reads.ts';
import { isoWeekOf, todayInStockholm } from './domain/stockholm-time.ts';
import { seedApplications } from './seed/seed.ts';
import { applicationsService } from './service.ts';
import { citizen, knownStaff, staff, versionOf } from './testing/casework-fixtures.ts';
import { fullCase, type FullCase } from './testing/full-case.ts';
import { contentEntryFields, rootFieldsReaching } from './testing/schema-paths.ts';

/*
 * Every path in the applications subgraph's schema that reaches case content, walked from Query
 * and Mutation, must log a staff read where the citizen sees it (Application.openedBy). A new
 * path added without an entry here fails the first test; one that does not log fails its own.
 */

let subgraph: TestSubgraph;
const today = todayInStockholm();
const quarter = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;

type Staff = Extract<Actor, { kind: 'staff' }>;
type Run = (actor: Staff, found: FullCase) => Promise<GraphQLResponse>;
/** A staff path: run as a manager of the case's unit, it must return the case and log the read. */
type StaffPath = { kind: 'staff'; run: Run; /** When the path makes a new case: its id, from the result. */ opens?: (result: GraphQLResponse) => string };
/** A citizen's own path: staff are refused and nothing is read. */
type CitizenPath = { kind: 'citizen'; run: Run };

const ask = (query: string, variables?: Record<string, unknown>): Run => (actor) => subgraph.request(actor, query, variables);
const change =
  (name: string, type: string, selection: string, input: (found: FullCase, version: number, actor: Staff) => Record<string, unknown>): Run =>
  async (actor, found) =>
    subgraph.request(actor, `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} } }`, {
      input: input(found, await versionOf(subgraph.orm, found.application.id), actor),
    });
const success = (name: string, fields: string) =>
  `__typename ... on Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success { data { ${fields} } } ... on Error { message }`;
const decideInput = (serviceId: string, version: number, found: FullCase) => ({
  requestedServiceId: serviceId,
  applicationVersion: version,
  outcome: 'GRANTED',
  validFrom: today,
  legalProvisionId: found.provision.id,
  motivation: 'Beviljas.',
});

const PATHS: Record<string, StaffPath | CitizenPath> = {
  'Query.application': { kind: 'staff', run: (actor, found) => subgraph.request(actor, `query($id: ID!) { application(id: $id) { id answers { __typename } } }`, { id: found.application.id }) },
  'Query.inbox': { kind: 'staff', run: ask(`{ inbox { nodes { application { id requestedServices { needs } } } } }`) },
  'Query.decisionQueue': { kind: 'staff', run: ask(`{ decisionQueue { id motivation } }`) },
  'Query.caseReviewAgenda': { kind: 'staff', run: ask(`{ caseReviewAgenda { id reason application { id } } }`) },
  'Query.followUpsDue': { kind: 'staff', run: ask(`{ followUpsDue { nodes { id application { id } } } }`) },
  'Query.notStartedReport': { kind: 'staff', run: ask(`query($q: String!) { notStartedReport(quarter: $q) { application { id } decision { motivation } } }`, { q: quarter }) },
  'Query.callbackRequests': { kind: 'staff', run: ask(`{ callbackRequests { nodes { id person { applications { nodes { id answers { __typename } } } } } } }`) },
  'Query._entities': {
    kind: 'staff',
    run: (actor, found) =>
      subgraph.request(actor, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { applications { nodes { id answers { __typename } } } } } }`, {
        r: [{ __typename: 'Person', id: found.application.applicantId }],
      }),
  },
  // Application is a federation entity (outreach adds outreachConversation): a reference resolves
  // as application(id) does, logged.
  'Query._entities (Application)': {
    kind: 'staff',
    run: (actor, found) =>
      subgraph.request(actor, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Application { id answers { __typename } } } }`, {
        r: [{ __typename: 'Application', id: found.application.id }],
      }),
  },
  'Mutation.takeApplication': { kind: 'staff', run: change('takeApplication', 'TakeApplicationInput', success('takeApplication', 'id'), (f, version) => ({ id: f.application.id, version })) },
  'Mutation.assignApplication': {
    kind: 'staff',
    run: change('assignApplication', 'AssignApplicationInput', success('assignApplication', 'id'), (f, version, actor) => ({ id: f.application.id, version, assigneeId: actor.staffId })),
  },
  'Mutation.setUrgent': { kind: 'staff', run: change('setUrgent', 'SetUrgentInput', success('setUrgent', 'id'), (f, version) => ({ id: f.application.id, version, urgent: true })) },
  'Mutation.saveInvestigation': {
    kind: 'staff',
    run: change('saveInvestigation', 'SaveInvestigationInput', success('saveInvestigation', 'id'), (f, version) => ({ applicationId: f.application.id, version, assessment: 'Ny.' })),
  },
  'Mutation.saveViolenceScreening': {
    kind: 'staff',
    run: change('saveViolenceScreening', 'SaveViolenceScreeningInput', success('saveViolenceScreening', 'id'), (f, version) => ({ applicationId: f.application.id, version, method: 'FREDA', answers: '{"q1":"Nej"}' })),
  },
  'Mutation.bookHomeVisit': {
    kind: 'staff',
    run: change('bookHomeVisit', 'BookHomeVisitInput', success('bookHomeVisit', 'id'), (f, version) => ({
      applicationId: f.application.id,
      version,
      at: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      place: 'Hemma',
      sendInvitation: false,
    })),
  },
  'Mutation.communicateInvestigation': {
    kind: 'staff',
    run: change('communicateInvestigation', 'CommunicateInvestigationInput', success('communicateInvestigation', 'id'), (f, version) => ({ applicationId: f.application.id, version })),
  },
  'Mutation.recordInvestigationResponse': {
    kind: 'staff',
    run: change('recordInvestigationResponse', 'RecordInvestigationResponseInput', success('recordInvestigationResponse', 'id'), (f, version) => ({ applicationId: f.application.id, version, response: 'Instämmer.', receivedOn: today })),
  },
  'Mutation.flagForCaseReview': {
    kind: 'staff',
    run: change('flagForCaseReview', 'FlagForCaseReviewInput', success('flagForCaseReview', 'id'), (f) => ({ applicationId: f.application.id, week: isoWeekOf(today), reason: 'Principfråga.' })),
  },
  'Mutation.recordCaseReviewOutcome': { kind: 'staff', run: change('recordCaseReviewOutcome', 'RecordCaseReviewOutcomeInput', success('recordCaseReviewOutcome', 'id'), (f) => ({ itemId: f.reviewItem.id, outcome: 'Bifall.' })) },
  'Mutation.decide': { kind: 'staff', run: change('decide', 'DecideInput', success('decide', 'id'), (f, version) => decideInput(f.services.meals.id, version, f)) },
  'Mutation.proposeDecision': { kind: 'staff', run: change('proposeDecision', 'DecideInput', success('proposeDecision', 'id'), (f, version) => decideInput(f.services.meals.id, version, f)) },
  'Mutation.registerApplication': {
    kind: 'staff',
    run: (actor, found) =>
      subgraph.request(actor, `mutation($input: RegisterApplicationInput!) { registerApplication(input: $input) { ${success('registerApplication', 'id answers { phone }')} } }`, {
        input: {
          applicantId: found.application.applicantId,
          channel: 'PHONE',
          receivedOn: today,
          receivedTime: '00:00',
          answers: { services: [{ serviceType: 'SAFETY_ALARM', needs: 'Faller ofta.' }], contactMethod: 'PHONE', phone: '070-123 45 67' },
          registrationKey: crypto.randomUUID(),
        },
      }),
    opens: (result) => (result.data as any).registerApplication.data.id,
  },
  'Mutation.registerAppeal': {
    kind: 'staff',
    run: change('registerAppeal', 'RegisterAppealInput', success('registerAppeal', 'id'), (f) => ({ decisionId: f.decisions.escort.id, receivedOn: today, text: 'Jag överklagar.', channel: 'PAPER' })),
  },
  'Mutation.reconsiderAppeal': {
    kind: 'staff',
    run: change('reconsiderAppeal', 'ReconsiderAppealInput', success('reconsiderAppeal', 'id'), (f, version) => ({ appealId: f.appeals.alarm.id, change: decideInput(f.services.alarm.id, version, f) })),
  },
  'Mutation.forwardAppeal': { kind: 'staff', run: change('forwardAppeal', 'ForwardAppealInput', success('forwardAppeal', 'id'), (f) => ({ appealId: f.appeals.alarm.id, forwardedOn: today })) },
  'Mutation.recordCourtOutcome': {
    kind: 'staff',
    run: change('recordCourtOutcome', 'RecordCourtOutcomeInput', success('recordCourtOutcome', 'id courtNote'), (f) => ({ appealId: f.appeals.home.id, status: 'COURT_UPHELD', decidedOn: today, note: 'Avslag.' })),
  },
  'Mutation.orderService': {
    kind: 'staff',
    run: change('orderService', 'OrderServiceInput', success('orderService', 'id'), (f) => ({ decisionId: f.decisions.home.id, providerId: f.provider.id, goals: 'Dusch.', startOn: today })),
  },
  'Mutation.recordImplementationPlan': { kind: 'staff', run: change('recordImplementationPlan', 'RecordImplementationPlanInput', success('recordImplementationPlan', 'id'), (f) => ({ orderId: f.order.id, receivedOn: today })) },
  'Mutation.recordServiceStart': { kind: 'staff', run: change('recordServiceStart', 'RecordServiceStartInput', success('recordServiceStart', 'id'), (f) => ({ decisionId: f.decisions.home.id, startedOn: today })) },
  'Mutation.completeFollowUp': { kind: 'staff', run: change('completeFollowUp', 'CompleteFollowUpInput', success('completeFollowUp', 'id'), (f) => ({ followUpId: f.followUp.id, outcome: 'END', note: 'Klart.' })) },
  'Mutation.completeCallback': {
    kind: 'staff',
    run: change('completeCallback', 'CompleteCallbackInput', success('completeCallback', 'id person { applications { nodes { id } } }'), (f) => ({ id: f.callback.id, note: 'Ringt.' })),
  },
  // The citizen's own paths: staff are refused before anything is read.
  'Query.myApplications': { kind: 'citizen', run: ask(`{ myApplications { nodes { id } } }`) },
  'Query.myCallbackRequests': { kind: 'citizen', run: ask(`{ myCallbackRequests { id person { applications { nodes { id } } } } }`) },
  'Mutation.startApplication': { kind: 'citizen', run: change('startApplication', 'StartApplicationInput', success('startApplication', 'id'), (f) => ({ applicantId: f.application.applicantId })) },
  'Mutation.saveApplicationDraft': {
    kind: 'citizen',
    run: change('saveApplicationDraft', 'SaveApplicationDraftInput', '__typename', (f, version) => ({ id: f.application.id, version, answers: {} })),
  },
  'Mutation.submitApplication': {
    kind: 'citizen',
    run: change('submitApplication', 'SubmitApplicationInput', '__typename', (f) => ({ id: f.application.id, submissionKey: crypto.randomUUID() })),
  },
  'Mutation.respondToInvestigation': {
    kind: 'citizen',
    run: change('respondToInvestigation', 'RespondToInvestigationInput', '__typename', (f) => ({ applicationId: f.application.id, response: 'Svar.' })),
  },
  'Mutation.appealDecision': { kind: 'citizen', run: change('appealDecision', 'AppealDecisionInput', '__typename', (f) => ({ decisionId: f.decisions.escort.id, text: 'Överklagar.' })) },
  'Mutation.sendAttachments': {
    kind: 'citizen',
    run: change('sendAttachments', 'SendAttachmentsInput', '__typename', (f) => ({ applicationId: f.application.id, purpose: 'RESPONSE', attachmentIds: [] })),
  },
  'Mutation.requestCallback': {
    kind: 'citizen',
    run: change('requestCallback', 'RequestCallbackInput', '__typename', (f) => ({ personId: f.application.applicantId, phone: '070-123 45 67' })),
  },
};

/**
 * Every field through which a query enters case content, with the path tests above that cover it
 * (where the read is logged). A new entry (say a case field on a callback request) fails the walk
 * until it logs and is covered here.
 */
const ENTRY_FIELDS: Record<string, string[]> = {
  'Query._entities': ['Query._entities (Application)'],
  'ApplicationPage.nodes': ['Query._entities', 'Query.callbackRequests', 'Mutation.completeCallback', 'Query.myApplications'],
  'FollowUpPage.nodes': ['Query.followUpsDue'],
  'InboxItem.application': ['Query.inbox'],
  'NotStartedItem.application': ['Query.notStartedReport'],
  'NotStartedItem.decision': ['Query.notStartedReport'],
  'Query.application': ['Query.application'],
  'Query.caseReviewAgenda': ['Query.caseReviewAgenda'],
  'Query.decisionQueue': ['Query.decisionQueue'],
  'MutationCompleteFollowUpSuccess.data': ['Mutation.completeFollowUp'],
  'MutationFlagForCaseReviewSuccess.data': ['Mutation.flagForCaseReview'],
  'MutationForwardAppealSuccess.data': ['Mutation.forwardAppeal'],
  'MutationRecordCaseReviewOutcomeSuccess.data': ['Mutation.recordCaseReviewOutcome'],
  'MutationRecordCourtOutcomeSuccess.data': ['Mutation.recordCourtOutcome'],
  'MutationRecordImplementationPlanSuccess.data': ['Mutation.recordImplementationPlan'],
  'MutationRecordInvestigationResponseSuccess.data': ['Mutation.recordInvestigationResponse'],
  'MutationRecordServiceStartSuccess.data': ['Mutation.recordServiceStart'],
  'MutationSaveViolenceScreeningSuccess.data': ['Mutation.saveViolenceScreening'],
  'MutationStartApplicationSuccess.data': ['Mutation.startApplication'],
  'MutationAppealDecisionSuccess.data': ['Mutation.appealDecision'],
  'MutationSendAttachmentsSuccess.data': ['Mutation.sendAttachments'],
  'MutationAssignApplicationSuccess.data': ['Mutation.assignApplication'],
  'MutationBookHomeVisitSuccess.data': ['Mutation.bookHomeVisit'],
  'MutationCommunicateInvestigationSuccess.data': ['Mutation.communicateInvestigation'],
  'MutationDecideSuccess.data': ['Mutation.decide'],
  'MutationOrderServiceSuccess.data': ['Mutation.orderService'],
  'MutationProposeDecisionSuccess.data': ['Mutation.proposeDecision'],
  'MutationReconsiderAppealSuccess.data': ['Mutation.reconsiderAppeal'],
  'MutationRegisterAppealSuccess.data': ['Mutation.registerAppeal'],
  'MutationRegisterApplicationSuccess.data': ['Mutation.registerApplication'],
  'MutationRespondToInvestigationSuccess.data': ['Mutation.respondToInvestigation'],
  'MutationSaveApplicationDraftSuccess.data': ['Mutation.saveApplicationDraft'],
  'MutationSaveInvestigationSuccess.data': ['Mutation.saveInvestigation'],
  'MutationSetUrgentSuccess.data': ['Mutation.setUrgent'],
  'MutationSubmitApplicationSuccess.data': ['Mutation.submitApplication'],
  'MutationTakeApplicationSuccess.data': ['Mutation.takeApplication'],
};

const OPENED = `query($id: ID!) { application(id: $id) { openedBy(limit: 50) { nodes { staff { id } } } } }`;

async function openedBy(found: FullCase): Promise<string[]> {
  const result = await subgraph.request(citizen(found.application.applicantId), OPENED, { id: found.application.id });
  return result.data.application.openedBy.nodes.map((node: any) => node.staff.id);
}

let serial = 0;
async function caseInOwnUnit(): Promise<{ actor: Staff; found: FullCase }> {
  serial += 1;
  const unit = `Beställarenheten äldre, provenhet ${serial} ${crypto.randomUUID().slice(0, 6)}`;
  const actor = staff(['MANAGER'], unit);
  await knownStaff(subgraph.orm, actor);
  return { actor, found: await fullCase(subgraph.orm, { unit }) };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
});

afterAll(() => subgraph?.close());

describe('every path to case content', () => {
  it('is listed here: the schema walk from Query and Mutation finds no path without a test', () => {
    const reaching = rootFieldsReaching(applicationsService.buildSchema(), CASE_CONTENT_TYPES);
    // Sanity: the walk does find the paths through federation and through nested types.
    // _entities reaches a case directly (Application is an entity), and through Person too (its PATHS entry).
    expect(reaching.get('Query._entities')).toContain('Application');
    expect(reaching.get('Query.callbackRequests')).toContain('Person.applications');
    expect([...reaching.keys()].filter((path) => !(path in PATHS)).sort()).toEqual([]);
  });

  it('is listed here at every field where a query enters case content, nested ones included', () => {
    const entries = contentEntryFields(applicationsService.buildSchema(), CASE_CONTENT_TYPES);
    expect(entries).toContain('InboxItem.application');
    expect(entries.filter((entry) => !(entry in ENTRY_FIELDS))).toEqual([]);
    for (const covering of Object.values(ENTRY_FIELDS)) for (const path of covering) expect(PATHS).toHaveProperty([path]);
  });

  for (const [path, entry] of Object.entries(PATHS)) {
    if (entry.kind === 'staff') {
      it(`${path}: a staff read is an opening the citizen sees`, async () => {
        const { actor, found } = await caseInOwnUnit();
        expect(await openedBy(found)).not.toContain(actor.staffId);
        const result = await entry.run(actor, found);
        expect(result.errors).toBeUndefined();
        expect(JSON.stringify(result.data)).not.toMatch(/"message"/);
        const opened = entry.opens ? { ...found, application: { ...found.application, id: entry.opens(result) } } : found;
        expect(await openedBy(opened)).toContain(actor.staffId);
      });
    } else {
      it(`${path}: refuses staff, reading nothing`, async () => {
        const { actor, found } = await caseInOwnUnit();
        const result = await entry.run(actor, found);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(await subgraph.orm.em.fork().count(AccessLogEntry, { staffId: actor.staffId })).toBe(0);
      });
    }
  }

  it('Query.notStartedReportCsv (a string, outside the type walk): the IVO report as CSV is an opening too', async () => {
    const { actor, found } = await caseInOwnUnit();
    const result = await subgraph.request(actor, `query($q: String!) { notStartedReportCsv(quarter: $q) }`, { q: quarter });
    expect(result.data.notStartedReportCsv).toContain(found.application.reference);
    expect(await openedBy(found)).toContain(actor.staffId);
  });

  it('logs a list read as one row per case per request', async () => {
    const { actor, found } = await caseInOwnUnit();
    await subgraph.request(actor, `{ inbox { nodes { application { id investigation { id } timeline { type } } } } }`);
    expect(await subgraph.orm.em.fork().count(AccessLogEntry, { staffId: actor.staffId, resourceId: found.application.id })).toBe(1);
  });
});
