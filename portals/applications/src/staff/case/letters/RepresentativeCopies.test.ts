// @vitest-environment happy-dom
import { sentWith, stubGateway } from '@omsorg/ui/testing';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffRepresentativeLetterRecipientDocument } from '../../../generated/graphql.ts';
import { anApplication } from '../../testing/fixtures.ts';
import { openCasePage } from '../../testing/mount-case-form.ts';
import type { CaseApplication } from '../case-data.ts';
import type { LetterRead } from './letter-read.ts';

const ERIK = { id: 'rep-erik', kind: 'POWER_OF_ATTORNEY', validFrom: '2025-01-01', validTo: null, documentDate: null, representativeName: 'Erik Andersson' } as const;
const COMING = { ...ERIK, id: 'rep-later', validFrom: '2099-01-01', representativeName: 'Karin Berg' } as const;
const ERIKS_ADDRESS = { street: 'Älvsjövägen 12', postalCode: '125 30', town: 'Älvsjö' };
const PDF = { fileName: 'beslut-ANS-2026-000012.pdf', contentBase64: Buffer.from('%PDF-1.7').toString('base64') };

function withRepresentatives(...representatives: Array<typeof ERIK | typeof COMING>): CaseApplication {
  const application = anApplication();
  return { ...application, applicant: { ...application.applicant!, representatives: [...representatives] } } as CaseApplication;
}

function recipientAnswer(address: typeof ERIKS_ADDRESS | null) {
  return () => ({
    application: { id: 'app-1', applicant: { id: 'p-signe', fullName: 'Signe Andersson', representatives: [{ id: ERIK.id, representativeName: 'Erik Andersson', representativePostalAddress: address }] } },
  });
}

async function open(application: CaseApplication, read: LetterRead) {
  return openCasePage(() => import('./RepresentativeCopies.vue'), application, '/arenden/app-1/beslut', { read });
}

const saved = vi.fn();
beforeEach(() => {
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:letter', revokeObjectURL: () => {} }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved(this.download);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  saved.mockReset();
  document.body.innerHTML = '';
});

describe('"Kopia till ombud" on a case step with a letter', () => {
  it("offers a copy to each representative in force today, and reads no address until one is asked for", async () => {
    const sent = stubGateway([], () => ({ me: null }));
    const page = await open(withRepresentatives(ERIK, COMING), vi.fn());
    const buttons = page.findAll('[data-testid="representative-copies"] button').map((button) => button.text());
    expect(buttons).toEqual(['Ladda ner kopian till Erik Andersson (PDF)']);
    expect(sentWith(sent, StaffRepresentativeLetterRecipientDocument)).toHaveLength(0);
    page.unmount();
  });

  it("reads the representative's address for that one representation and saves the copy addressed to them, saying whose case it is", async () => {
    const sent = stubGateway([[StaffRepresentativeLetterRecipientDocument, recipientAnswer(ERIKS_ADDRESS)]], () => ({ me: null }));
    const read = vi.fn<LetterRead>(async () => PDF);
    const page = await open(withRepresentatives(ERIK), read);
    await page.get('[data-testid="representative-copies"] button').trigger('click');
    await vi.waitFor(() => expect(saved).toHaveBeenCalledWith(PDF.fileName));
    expect(sentWith(sent, StaffRepresentativeLetterRecipientDocument)[0]?.variables).toEqual({ id: 'app-1', representation: ERIK.id });
    expect(read).toHaveBeenCalledWith('app-1', { name: 'Erik Andersson', addressLines: ['Älvsjövägen 12', '125 30 Älvsjö'] }, 'Signe Andersson');
    page.unmount();
  });

  it('says on the page that no postal address is known before anything is saved, and then saves the copy without one', async () => {
    const sent = stubGateway([[StaffRepresentativeLetterRecipientDocument, recipientAnswer(null)]], () => ({ me: null }));
    const read = vi.fn<LetterRead>(async () => PDF);
    const page = await open(withRepresentatives(ERIK), read);
    await page.get('[data-testid="representative-copies"] button').trigger('click');
    await vi.waitFor(() => expect(page.find('[data-testid="copy-no-address"]').exists()).toBe(true));
    expect(page.get('[data-testid="copy-no-address"]').text()).toContain('Vi har ingen postadress till Erik Andersson.');
    expect(read).not.toHaveBeenCalled();
    expect(saved).not.toHaveBeenCalled();

    const button = page.get('[data-testid="representative-copies"] button');
    expect(button.text()).toBe('Ladda ner kopian till Erik Andersson utan adress (PDF)');
    await button.trigger('click');
    await vi.waitFor(() => expect(saved).toHaveBeenCalledWith(PDF.fileName));
    expect(read).toHaveBeenCalledWith('app-1', { name: 'Erik Andersson', addressLines: [] }, 'Signe Andersson');
    // The address was read once, not again for the second press.
    expect(sentWith(sent, StaffRepresentativeLetterRecipientDocument)).toHaveLength(1);
    page.unmount();
  });

  it('shows nothing when the person has no representative', async () => {
    stubGateway([], () => ({ me: null }));
    const page = await open(withRepresentatives(), vi.fn());
    await flushPromises();
    expect(page.find('[data-testid="representative-copies"]').exists()).toBe(false);
    page.unmount();
  });
});
