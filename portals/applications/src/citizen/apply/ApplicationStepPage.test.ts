// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CitizenApplicationDraftDocument, CitizenSaveApplicationDraftDocument, type CitizenDraftFragment } from '../../generated/graphql.ts';
import { mountPage, sentWith, stubGateway, type Sent } from '../testing/page.ts';
import ApplicationStepPage from './ApplicationStepPage.vue';

function draft(version: number, answers: Partial<CitizenDraftFragment['answers']> = {}): CitizenDraftFragment {
  return {
    id: 'app-1',
    reference: null,
    status: 'DRAFT',
    version,
    draftStep: 'kontaktuppgifter',
    submittedAt: null,
    applicant: { id: 'erik', fullName: 'Erik Andersson', preferredLanguage: 'sv', interpreterNeeded: false },
    answers: {
      services: [{ serviceType: 'SAFETY_ALARM', needs: 'Jag har ramlat.' }],
      livesAlone: true,
      helpFromRelatives: '',
      recentHospitalStay: false,
      contactMethod: 'PHONE',
      contactWhom: null,
      phone: '',
      email: '',
      bestTime: '',
      language: 'sv',
      interpreterNeeded: null,
      consentToContactHealthCare: null,
      ...answers,
    },
  };
}

let sent: Sent[] = [];
let answerSave: (variables: Record<string, unknown>) => unknown;

async function openContactPage() {
  const opened = await mountPage(ApplicationStepPage, '/ansokan/app-1/kontaktuppgifter', { stepPath: 'kontaktuppgifter' });
  await flushPromises();
  return opened;
}

/** Presses "Fortsätt"; the page checks (and maybe saves) on its own time: assert with vi.waitFor. */
async function submitted(page: { get: (selector: string) => { trigger: (event: string) => Promise<unknown> } }): Promise<void> {
  await page.get('form').trigger('submit');
}

const saves = () => sentWith(sent, CitizenSaveApplicationDraftDocument);

describe('a page of the application', () => {
  beforeEach(() => {
    sent = stubGateway([
      [CitizenApplicationDraftDocument, () => ({ application: draft(3) })],
      [CitizenSaveApplicationDraftDocument, (variables) => answerSave(variables)],
    ]);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
    document.body.innerHTML = '';
  });

  it('says what is missing in the error summary, linked to the field, and saves nothing', async () => {
    answerSave = () => {
      throw new Error('not expected');
    };
    const { page } = await openContactPage();
    await submitted(page);
    const link = await vi.waitFor(() => page.get('.ui-error-summary a'));
    expect(link.text()).toBe('Skriv ett telefonnummer som vi kan ringa.');
    expect(link.attributes('href')).toBe('#application-phone');
    expect(page.get('#application-phone-error').text()).toContain('Skriv ett telefonnummer som vi kan ringa.');
    expect(saves()).toEqual([]);
  });

  it('saves the whole draft with the next page as its step, then goes there', async () => {
    answerSave = (variables) => ({
      saveApplicationDraft: { __typename: 'MutationSaveApplicationDraftSuccess', data: draft(4, { phone: String((variables.input as { answers: { phone: string } }).answers.phone) }) },
    });
    const { page, router } = await openContactPage();
    await page.get('#application-phone').setValue(' 070-123 45 67 ');
    await submitted(page);
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/ansokan/app-1/basta-tid'));
    expect(saves()).toHaveLength(1);
    const input = saves()[0]!.variables.input as { id: string; version: number; draftStep: string; answers: Record<string, unknown> };
    expect(input).toMatchObject({ id: 'app-1', version: 3, draftStep: 'basta-tid' });
    expect(input.answers).toMatchObject({ services: [{ serviceType: 'SAFETY_ALARM', needs: 'Jag har ramlat.' }], contactMethod: 'PHONE', phone: '070-123 45 67', livesAlone: true });
  });

  it('shows the service’s refusal at the field it names, and stays', async () => {
    answerSave = () => ({ saveApplicationDraft: { __typename: 'ValidationError', message: 'Rätta', issues: [{ field: 'answers.email', message: 'Adressen finns inte.' }] } });
    const { page, router } = await openContactPage();
    await page.get('#application-phone').setValue('070-123 45 67');
    await page.get('#application-email').setValue('signe@exempel.se');
    await submitted(page);
    expect((await vi.waitFor(() => page.get('.ui-error-summary a'))).attributes('href')).toBe('#application-email');
    expect(page.get('#application-email-error').text()).toContain('Adressen finns inte.');
    expect(router.currentRoute.value.path).toBe('/ansokan/app-1/kontaktuppgifter');
  });

  it('reads the draft again after a change elsewhere, keeping what was typed on this page', async () => {
    answerSave = () => ({ saveApplicationDraft: { __typename: 'ConflictError', message: 'Ändrad', currentVersion: 5 } });
    const { page } = await openContactPage();
    await page.get('#application-phone').setValue('070-123 45 67');
    await submitted(page);
    expect((await vi.waitFor(() => page.get('#application-conflict'))).text()).toContain('ändrats');
    expect((page.get('#application-phone').element as HTMLInputElement).value).toBe('070-123 45 67');
  });
});
