// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { anApplication } from '../../testing/fixtures.ts';
import { openCasePage, sessionEndsOnNextSave } from '../../testing/mount-case-form.ts';
import type { CaseService as RequestedService } from '../case-data.ts';

const PAGE = '/arenden/app-1/beslut';
const HOME_MOTIVATION = 'Signe klarar inte längre att duscha själv och har fallit två gånger.';
const ALARM_MOTIVATION = 'Ensam nattetid efter två fall i vinter.';
const application = anApplication();
const [home, alarm] = application.requestedServices as [RequestedService, RequestedService];
const formFor = (service: RequestedService) => ({ service, proposal: null, provisions: [], managerDecides: false });
/** The decision page as it is: one form per requested service, on one address. */
const decisionPage = async () => {
  const { default: DecisionForm } = await import('./DecisionForm.vue');
  return { default: defineComponent({ setup: () => () => [h(DecisionForm, formFor(home)), h(DecisionForm, formFor(alarm))] }) };
};
type Page = Awaited<ReturnType<typeof openCasePage>>;
const motivation = (page: Page, service: RequestedService) => page.get<HTMLTextAreaElement>(`#decision-${service.id}-motivation`);

async function signInAgainFrom(page: Page): Promise<void> {
  page.ui.markSessionEnded(); // what the shared GraphQL client does on SESSION_ENDED
  await flushPromises();
  vi.spyOn(window.location, 'assign').mockImplementation(() => {});
  await page.get('[data-testid="session-ended"] a').trigger('click');
  page.unmount();
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('the decision forms when the sign-in ends', () => {
  it("keeps each service's motivation apart over \"Logga in igen\" and puts it back once", async () => {
    sessionEndsOnNextSave();
    const page = await openCasePage(decisionPage, application, PAGE);
    await motivation(page, home).setValue(HOME_MOTIVATION);
    await motivation(page, alarm).setValue(ALARM_MOTIVATION);
    await signInAgainFrom(page);

    const returned = await openCasePage(decisionPage, application, PAGE);
    expect(motivation(returned, home).element.value).toBe(HOME_MOTIVATION);
    expect(motivation(returned, alarm).element.value).toBe(ALARM_MOTIVATION);
    expect(returned.find('[data-testid="kept-not-saved"]').exists()).toBe(true);
    returned.unmount();

    const later = await openCasePage(decisionPage, application, PAGE);
    expect(motivation(later, home).element.value).toBe('');
    expect(later.find('[data-testid="kept-not-saved"]').exists()).toBe(false);
    later.unmount();
  });

  it('puts nothing back on another case', async () => {
    sessionEndsOnNextSave();
    const page = await openCasePage(decisionPage, application, PAGE);
    await motivation(page, home).setValue(HOME_MOTIVATION);
    await signInAgainFrom(page);
    const elsewhere = await openCasePage(decisionPage, anApplication({ id: 'app-2' }), '/arenden/app-2/beslut');
    expect(motivation(elsewhere, home).element.value).toBe('');
    elsewhere.unmount();
  });
});
