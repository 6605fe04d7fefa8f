// @vitest-environment happy-dom
import { documentHash } from '@omsorg/ui';
import { testPlugins } from '@omsorg/ui/testing';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import attachmentsSv from '../locales/attachments/sv.json';
import { CaseAttachmentsDocument, RemoveAttachmentDocument, SendAttachmentsDocument, type AttachmentFieldsFragment } from '../generated/graphql.ts';
import AttachmentsField from './AttachmentsField.vue';

const file = (id: string, fileName: string, extra: Partial<AttachmentFieldsFragment> = {}): AttachmentFieldsFragment => ({
  id,
  fileName,
  contentType: 'application/pdf',
  sizeBytes: 120 * 1024,
  purpose: 'RESPONSE',
  uploadedAt: '2026-12-05T08:00:00Z',
  byStaff: false,
  sent: false,
  removable: true,
  downloadPath: `/attachments/${id}`,
  ...extra,
});

type Sent = { url: string; hash?: string; variables?: Record<string, unknown>; headers?: Record<string, string> };

/** The gateway: /graphql by document hash, /attachments by the answer the test gives. */
const TEN_MB = { maxBytes: 10 * 1024 * 1024, acceptedContentTypes: ['application/pdf', 'image/jpeg', 'image/png'], acceptedExtensions: ['pdf', 'jpg', 'jpeg', 'png'] };

function stubGateway(files: AttachmentFieldsFragment[], upload: () => { status: number; body: unknown }, attachmentRules = TEN_MB): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      if (url.startsWith('/attachments')) {
        sent.push({ url, headers: init.headers as Record<string, string> });
        const { status, body } = upload();
        return new Response(JSON.stringify(body), { status });
      }
      const request = JSON.parse(String(init.body)) as { variables: Record<string, unknown>; extensions: { persistedQuery: { sha256Hash: string } } };
      const hash = request.extensions.persistedQuery.sha256Hash;
      sent.push({ url, hash, variables: request.variables });
      let data: unknown;
      if (hash === documentHash(CaseAttachmentsDocument)) data = { application: { id: 'app-1', attachments: files }, attachmentRules };
      else if (hash === documentHash(RemoveAttachmentDocument)) {
        const id = (request.variables.input as { id: string }).id;
        files.splice(files.findIndex((f) => f.id === id), 1);
        data = { removeAttachment: { __typename: 'MutationRemoveAttachmentSuccess', data: { id } } };
      } else if (hash === documentHash(SendAttachmentsDocument)) {
        for (const f of files) f.sent = true;
        data = { sendAttachments: { __typename: 'MutationSendAttachmentsSuccess', data: files } };
      } else throw new Error(`unknown document ${hash}`);
      return new Response(JSON.stringify({ data }), { status: 200 });
    }),
  );
  return sent;
}

async function mountField(props: Record<string, unknown> = {}) {
  const { i18n } = testPlugins();
  i18n.global.mergeLocaleMessage('sv', attachmentsSv);
  const wrapper = mount(AttachmentsField, {
    props: { applicationId: 'app-1', purpose: 'RESPONSE', heading: 'Bifoga dokument till ditt svar', hint: 'PDF, JPEG eller PNG.', ...props },
    global: { plugins: [i18n] },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

async function choose(wrapper: Awaited<ReturnType<typeof mountField>>, name: string) {
  const input = wrapper.get('input[type=file]');
  Object.defineProperty(input.element, 'files', { value: [new File(['%PDF-'], name, { type: 'application/pdf' })], configurable: true });
  await input.trigger('change');
  await flushPromises();
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('AttachmentsField', () => {
  it('lists this purpose’s files with type and size, and a labelled file input', async () => {
    const files = [file('a1', 'yttrande.pdf'), file('a2', 'intyg.pdf', { purpose: 'APPLICATION', sent: true, removable: false })];
    stubGateway(files, () => ({ status: 500, body: {} }));
    const wrapper = await mountField();
    const items = wrapper.findAll('li');
    expect(items).toHaveLength(1);
    expect(items[0]!.get('a').text()).toBe('yttrande.pdf');
    expect(items[0]!.text()).toContain('PDF, 120 kB · Skickas när du skickar');
    expect(items[0]!.get('button').element.textContent?.replace(/\s+/g, ' ').trim()).toBe('Ta bort yttrande.pdf');
    expect(wrapper.get('a').attributes()).toMatchObject({ href: '/attachments/a1', download: '' });
    const input = wrapper.get('input[type=file]');
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Välj fil att bifoga');
  });

  it('says the limit the service gives, in Swedish after the page’s hint, and offers only the types it takes', async () => {
    stubGateway([], () => ({ status: 500, body: {} }));
    const wrapper = await mountField({ hint: 'Bifoga ett läkarintyg om du vill.' });
    const input = wrapper.get('input[type=file]');
    const hint = wrapper.get(`#${input.attributes('aria-describedby')}`);
    expect(hint.text().replace(/\s+/g, ' ')).toBe('Bifoga ett läkarintyg om du vill. PDF, JPEG eller PNG, högst 10 MB per fil.');
    expect(input.attributes('accept')).toBe('.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png');
  });

  it('follows a changed limit: 2.5 MB and PDF only', async () => {
    stubGateway([], () => ({ status: 500, body: {} }), { maxBytes: 2.5 * 1024 * 1024, acceptedContentTypes: ['application/pdf'], acceptedExtensions: ['pdf'] });
    const wrapper = await mountField({ hint: 'Bifoga ett läkarintyg om du vill.' });
    expect(wrapper.get('p.ui-muted').text().replace(/\s+/g, ' ')).toBe('Bifoga ett läkarintyg om du vill. PDF, högst 2,5 MB per fil.');
    expect(wrapper.get('input[type=file]').attributes('accept')).toBe('.pdf,application/pdf');
  });

  it('shows every file of the case to staff, with what it came with', async () => {
    stubGateway([file('a2', 'intyg.pdf', { purpose: 'APPLICATION', sent: true, removable: false })], () => ({ status: 500, body: {} }));
    const wrapper = await mountField({ purpose: 'CASE_DOCUMENT', showAll: true });
    expect(wrapper.get('li').text()).toContain('Med ansökan');
    expect(wrapper.find('button').exists()).toBe(false);
  });

  it('shows the service’s refusal in an alert and keeps the list as it was', async () => {
    const sent = stubGateway([], () => ({ status: 415, body: { error: { code: 'NAME_MISMATCH', message: 'Filens innehåll stämmer inte med filnamnet.' } } }));
    const wrapper = await mountField();
    await choose(wrapper, 'intyg.pdf');
    expect(wrapper.get('[role=alert]').text()).toBe('Filens innehåll stämmer inte med filnamnet.');
    expect(document.activeElement?.getAttribute('role')).toBe('alert');
    expect(sent.find((s) => s.url.startsWith('/attachments'))?.url).toBe('/attachments?applicationId=app-1&purpose=RESPONSE');
    expect(wrapper.text()).toContain('Inga filer är bifogade.');
  });

  it('lists an uploaded file, removes it on request, and sends only the unsent ones of its purpose', async () => {
    const files: AttachmentFieldsFragment[] = [];
    const sent = stubGateway(files, () => {
      files.push(file('a3', 'fullmakt.pdf'));
      return { status: 201, body: { attachment: { id: 'a3' } } };
    });
    const wrapper = await mountField();
    await choose(wrapper, 'fullmakt.pdf');
    expect(wrapper.get('li').text()).toContain('fullmakt.pdf');

    const exposed = wrapper.vm as unknown as { send: () => Promise<boolean> };
    expect(await exposed.send()).toBe(true);
    expect(sent.filter((s) => s.hash === documentHash(SendAttachmentsDocument)).map((s) => s.variables)).toEqual([
      { input: { applicationId: 'app-1', purpose: 'RESPONSE', attachmentIds: ['a3'] } },
    ]);
    await flushPromises();
    expect(wrapper.find('button').exists()).toBe(true);

    files[0]!.sent = false;
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(sent.filter((s) => s.hash === documentHash(RemoveAttachmentDocument)).map((s) => s.variables)).toEqual([{ input: { id: 'a3' } }]);
    expect(wrapper.text()).toContain('Inga filer är bifogade.');
  });
});
