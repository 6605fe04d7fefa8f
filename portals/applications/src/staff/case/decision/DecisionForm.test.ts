// @vitest-environment happy-dom
import { markSessionEnded } from '@omsorg/ui';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anApplication } from '../../testing/fixtures.ts';
import { mountCaseForm, sessionEndsOnNextSave } from '../../testing/mount-case-form.ts';
import type { RequestedService } from '../../types.ts';
import DecisionForm from './DecisionForm.vue';

const PAGE = '/arenden/app-1/beslut';
const MOTIVATION = 'Signe klarar inte längre att duscha själv och har fallit två gånger.';
const application = anApplication();
const [home, alarm] = application.requestedServices as [RequestedService, RequestedService];
const formFor = (service: RequestedService) => ({ service, proposal: null, provisions: [], managerDecides: false });
const motivation = (wrapper: Awaited<ReturnType<typeof mountCaseForm>>, service: RequestedService) =>
  (wrapper.get(`#decision-${service.id}-motivation`).element as HTMLTextAreaElement).value;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('the decision form when the sign-in ends', () => {
  it("keeps each service's motivation apart over \"Logga in igen\" and puts it back once", async () => {
    sessionEndsOnNextSave();
    const first = await mountCaseForm(DecisionForm, application, PAGE, formFor(home));
    const second = await mountCaseForm(DecisionForm, application, PAGE, formFor(alarm));
    await first.get(`#decision-${home.id}-motivation`).setValue(MOTIVATION);
    markSessionEnded(); // what the shared GraphQL client does on SESSION_ENDED
    await flushPromises();
    vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    await first.get('[data-testid="session-ended"] a').trigger('click');
    first.unmount();
    second.unmount();

    const homeAgain = await mountCaseForm(DecisionForm, application, PAGE, formFor(home));
    const alarmAgain = await mountCaseForm(DecisionForm, application, PAGE, formFor(alarm));
    expect(motivation(homeAgain, home)).toBe(MOTIVATION);
    expect(motivation(alarmAgain, alarm)).toBe('');
    homeAgain.unmount();
    alarmAgain.unmount();

    const later = await mountCaseForm(DecisionForm, application, PAGE, formFor(home));
    expect(motivation(later, home)).toBe('');
    later.unmount();
  });

  it('puts nothing back on another page', async () => {
    sessionEndsOnNextSave();
    const wrapper = await mountCaseForm(DecisionForm, application, PAGE, formFor(home));
    await wrapper.get(`#decision-${home.id}-motivation`).setValue(MOTIVATION);
    markSessionEnded();
    await flushPromises();
    vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    await wrapper.get('[data-testid="session-ended"] a').trigger('click');
    wrapper.unmount();
    const elsewhere = await mountCaseForm(DecisionForm, anApplication({ id: 'app-2' }), '/arenden/app-2/beslut', formFor(home));
    expect(motivation(elsewhere, home)).toBe('');
    elsewhere.unmount();
  });
});
