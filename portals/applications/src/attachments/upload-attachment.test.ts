import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatFileSize, uploadAttachment } from './upload-attachment.ts';

const file = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], 'läkarintyg.pdf', { type: 'application/pdf' });

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('uploadAttachment', () => {
  it('sends the raw file with its name in a header, never in the address, and the CSRF header', async () => {
    const fetchMock = answer(201, { attachment: { id: 'a1' } });
    expect(await uploadAttachment('c0ffee00-0000-4000-8000-000000000000', 'APPLICATION', file)).toEqual({ kind: 'uploaded', id: 'a1' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit & { headers: Record<string, string> }];
    expect(url).toBe('/attachments?applicationId=c0ffee00-0000-4000-8000-000000000000&purpose=APPLICATION');
    expect(url).not.toContain('intyg');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(file);
    expect(init.headers).toMatchObject({ 'content-type': 'application/octet-stream', 'x-omsorg-upload': '1', 'x-file-name': 'l%C3%A4karintyg.pdf' });
  });

  it('passes on the service’s refusal in its own words', async () => {
    answer(415, { error: { code: 'NAME_MISMATCH', message: 'Filens innehåll stämmer inte med filnamnet.' } });
    expect(await uploadAttachment('c', 'APPLICATION', file)).toEqual({ kind: 'refused', message: 'Filens innehåll stämmer inte med filnamnet.' });
  });

  it('tells an ended session and a failure apart', async () => {
    answer(401, { errors: [{ message: 'Din inloggning har avslutats.', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' } }] });
    expect(await uploadAttachment('c', 'APPLICATION', file)).toEqual({ kind: 'sessionEnded' });
    answer(502, { error: { message: 'down' } });
    expect(await uploadAttachment('c', 'APPLICATION', file)).toEqual({ kind: 'failed' });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    expect(await uploadAttachment('c', 'APPLICATION', file)).toEqual({ kind: 'failed' });
  });
});

describe('formatFileSize', () => {
  it('says kilobytes below a megabyte and megabytes above, in the reader’s language', () => {
    expect(formatFileSize(120 * 1024, 'sv')).toBe('120 kB');
    expect(formatFileSize(10, 'sv')).toBe('1 kB');
    expect(formatFileSize(2.4 * 1024 * 1024, 'sv')).toBe('2,4 MB');
    expect(formatFileSize(2.4 * 1024 * 1024, 'en')).toBe('2.4 MB');
  });
});
