// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anApplication, anInvestigation } from '../../testing/fixtures.ts';
import { openCasePage, sessionEndsOnNextSave } from '../../testing/mount-case-form.ts';

const PAGE = '/arenden/app-1/utredning';
const ASSESSMENT = 'Signe behöver hjälp med personlig omvårdnad morgon och kväll.';
const value = (wrapper: Awaited<ReturnType<typeof openCasePage>>, id: string) => (wrapper.get(`#${id}`).element as HTMLTextAreaElement).value;

const form = () => import('./InvestigationFormSection.vue');

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('the investigation form when the sign-in ends', () => {
  it('keeps the assessment over "Logga in igen", puts it back once on the same page, and takes the newest text elsewhere', async () => {
    sessionEndsOnNextSave();
    const wrapper = await openCasePage(form, anApplication(), PAGE);
    await wrapper.get('#investigation-assessment').setValue(ASSESSMENT);
    await wrapper.get('form').trigger('submit');
    // The form checks its values before it sends (asynchronously): wait for the answer, with a deadline.
    const notice = await vi.waitFor(() => wrapper.get('[data-testid="session-ended"]'));
    expect(notice.text()).toContain('Din inloggning har avslutats');
    // Only the page-wide notice: retrying the save cannot help, so it does not say "try again".
    expect(wrapper.text()).not.toContain('Försök igen om en stund');
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    await notice.get('a').trigger('click');
    expect(assign).toHaveBeenCalledWith(`/auth/login?returnTo=${encodeURIComponent(PAGE)}`);
    // Leaving for the sign-in does not ask "leave with unsaved changes?": the text is kept.
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(false);
    wrapper.unmount();

    // Back on the same page; meanwhile a colleague wrote the personal-care needs.
    const newer = anApplication({
      version: 8,
      investigation: anInvestigation({ lifeAreas: [{ area: 'PERSONAL_CARE', needs: 'Behöver hjälp att duscha.', wishes: '', resources: '' }] }),
    });
    const returned = await openCasePage(form, newer, PAGE);
    expect(value(returned, 'investigation-assessment')).toBe(ASSESSMENT);
    expect(value(returned, 'investigation-PERSONAL_CARE-needs')).toBe('Behöver hjälp att duscha.');
    expect(returned.text()).toContain('Du har ändringar som inte är sparade.');
    expect(returned.get('[data-testid="kept-not-saved"]').text()).toBe('Du är inloggad igen. Det du hade skrivit finns kvar på sidan, men det är inte sparat än.');
    returned.unmount();

    const later = await openCasePage(form, anApplication(), PAGE);
    expect(value(later, 'investigation-assessment')).toBe('');
    expect(later.find('[data-testid="kept-not-saved"]').exists()).toBe(false);
    later.unmount();
  });

  it('keeps nothing from an untouched form, so no old text comes back', async () => {
    sessionEndsOnNextSave();
    const wrapper = await openCasePage(form, anApplication(), PAGE);
    vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    await wrapper.get('form').trigger('submit');
    await (await vi.waitFor(() => wrapper.get('[data-testid="session-ended"] a'))).trigger('click');
    expect(Object.keys(sessionStorage)).toEqual([]);
    wrapper.unmount();
  });
});
