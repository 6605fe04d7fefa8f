// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitizenAppealDecisionDocument, CitizenCaseDocument, CitizenRespondToInvestigationDocument, type CitizenCaseQuery } from '../../generated/graphql.ts';
import { mountPage, sentWith, stubGateway } from '../testing/page.ts';
import AppealPage from './AppealPage.vue';
import InvestigationPage from './InvestigationPage.vue';

type Case = NonNullable<CitizenCaseQuery['application']>;

/** Signe's case, decided (the default) or still waiting for the decision with the investigation out for comment. */
function theCase(response: string | null = null, decided = true): Case {
  return {
    id: 'app-1',
    reference: 'ANS-2026-000001',
    status: decided ? 'DECIDED' : 'COMMUNICATED',
    createdAt: '2026-11-01T08:00:00Z',
    submittedAt: '2026-11-01T09:00:00Z',
    draftStep: null,
    applicant: { id: 'signe', fullName: 'Signe Andersson' },
    submittedBy: { id: 'erik', fullName: 'Erik Andersson' },
    answers: { email: 'erik@exempel.se' },
    requestedServices: [
      {
        id: 'rs-1',
        serviceType: 'NURSING_HOME',
        needs: 'Glömmer att äta.',
        decision: !decided
          ? null
          : {
          id: 'd-1',
          status: 'DECIDED',
          outcome: 'DENIED',
          hoursPerMonth: null,
          validFrom: '2026-12-01',
          validTo: null,
          motivation: 'Behoven kan mötas hemma.',
          decidedAt: '2026-12-01T10:00:00Z',
          notifiedOn: '2026-12-01',
          appealDeadline: '2099-12-22',
          canAppeal: true,
          appeals: [],
          providerChoice: null,
          order: null,
          providerOptions: { totalCount: 0 },
        },
        decisions: [],
      },
    ],
    timeline: [],
    communicatedInvestigation: {
      communicatedAt: '2026-11-20T08:00:00Z',
      responseDueOn: '2099-12-04',
      lifeAreas: [],
      serviceDescriptions: [],
      response,
      respondedAt: response ? '2026-11-21T08:00:00Z' : null,
      canRespond: response === null,
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('the response to the investigation', () => {
  it('asks for some text before sending, then sends it as stored and says thank you', async () => {
    let responded: string | null = null;
    const sent = stubGateway([
      [CitizenCaseDocument, () => ({ application: theCase(responded, false) })],
      [
        CitizenRespondToInvestigationDocument,
        (variables) => {
          responded = (variables.input as { response: string }).response;
          return { respondToInvestigation: { __typename: 'MutationRespondToInvestigationSuccess', data: { id: 'app-1', communicatedInvestigation: { response: responded, respondedAt: '2026-11-21T08:00:00Z', canRespond: false } } } };
        },
      ],
    ]);
    const { page } = await mountPage(InvestigationPage, '/mina-arenden/app-1/utredning');
    await flushPromises();
    expect(page.text()).toContain('Du kan lämna synpunkter på utredningen till och med fredag 4 december 2099. Handläggaren läser dem innan beslutet fattas.');
    await page.get('form').trigger('submit');
    expect((await vi.waitFor(() => page.get('.ui-error-summary a'))).text()).toBe('Skriv dina synpunkter');
    expect(sentWith(sent, CitizenRespondToInvestigationDocument)).toEqual([]);

    await page.get('#investigation-response').setValue('  Före nio på morgonen.\r\n');
    await page.get('form').trigger('submit');
    await vi.waitFor(() => page.get('#investigation-sent'));
    expect(sentWith(sent, CitizenRespondToInvestigationDocument)[0]?.variables).toEqual({ input: { applicationId: 'app-1', response: 'Före nio på morgonen.' } });
    expect(page.text()).toContain('Före nio på morgonen.');
    expect(page.text()).toContain('Handläggaren läser dem innan beslutet fattas.');
  });

  it('no longer asks for a response once the case is decided, nor speaks of a decision still to come', async () => {
    stubGateway([[CitizenCaseDocument, () => ({ application: theCase(null, true) })]]);
    const { page } = await mountPage(InvestigationPage, '/mina-arenden/app-1/utredning');
    await flushPromises();
    expect(page.find('form').exists()).toBe(false);
    expect(page.text()).toContain('Beslut är fattat. Utredningen finns kvar här så att du kan läsa den.');
    expect(page.text()).toContain('Om du inte är nöjd med ett beslut kan du överklaga det.');
    expect(page.text()).not.toMatch(/innan beslutet fattas|till och med/);
  });
});

describe('the appeal', () => {
  it('takes the only decision there is, asks for the text, and confirms an appeal in time', async () => {
    const sent = stubGateway([
      [CitizenCaseDocument, () => ({ application: theCase() })],
      [
        CitizenAppealDecisionDocument,
        () => ({ appealDecision: { __typename: 'MutationAppealDecisionSuccess', data: { id: 'ap-1', receivedOn: '2026-12-05', inTime: true, status: 'RECEIVED', forwardedOn: null, courtDecidedOn: null } } }),
      ],
    ]);
    const { page } = await mountPage(AppealPage, '/mina-arenden/app-1/overklaga');
    await flushPromises();
    await page.get('form').trigger('submit');
    const summary = () => page.findAll('.ui-error-summary a').map((link) => [link.attributes('href'), link.text()]);
    await vi.waitFor(() => expect(summary()).toEqual([['#appeal-text', 'Skriv vad du vill ändra och varför']]));

    await page.get('#appeal-text').setValue('Mamma vill flytta till ett boende.');
    await page.get('form').trigger('submit');
    await vi.waitFor(() => expect(page.text()).toContain('Överklagandet kom in i tid.'));
    expect(sentWith(sent, CitizenAppealDecisionDocument)[0]?.variables).toEqual({ input: { decisionId: 'd-1', text: 'Mamma vill flytta till ett boende.' } });
  });

  it('shows what the service refuses, with its own words, and keeps the text', async () => {
    stubGateway([
      [CitizenCaseDocument, () => ({ application: theCase() })],
      [CitizenAppealDecisionDocument, () => ({ appealDecision: { __typename: 'NotFoundError', message: 'Beslutet finns inte längre.' } })],
    ]);
    const { page } = await mountPage(AppealPage, '/mina-arenden/app-1/overklaga');
    await flushPromises();
    await page.get('#appeal-text').setValue('Jag vill flytta.');
    await page.get('form').trigger('submit');
    await vi.waitFor(() => expect(page.text()).toContain('Beslutet finns inte längre.'));
    expect((page.get('#appeal-text').element as HTMLTextAreaElement).value).toBe('Jag vill flytta.');
  });
});
