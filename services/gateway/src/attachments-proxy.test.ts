import { describe, expect, it } from 'vitest';
import { attachmentRequestRefusal } from './attachments-proxy.ts';

const origins = new Set(['http://localhost:8080', 'http://localhost:8081']);
const upload = (headers: Record<string, string>) => ({ method: 'POST', headers });
const good = { origin: 'http://localhost:8080', 'content-type': 'application/octet-stream', 'x-omsorg-upload': '1' };

describe('attachmentRequestRefusal', () => {
  it('lets a portal upload a file with the header, and anyone ask to download (the session decides)', () => {
    expect(attachmentRequestRefusal(upload(good), origins)).toBeNull();
    expect(attachmentRequestRefusal({ method: 'GET', headers: {} }, origins)).toBeNull();
  });

  it('refuses an upload from another site or with no origin', () => {
    expect(attachmentRequestRefusal(upload({ ...good, origin: 'https://evil.example' }), origins)).toBe('ORIGIN');
    const { origin: _origin, ...withoutOrigin } = good;
    expect(attachmentRequestRefusal(upload(withoutOrigin), origins)).toBe('ORIGIN');
  });

  it('refuses what a cross-site form could send: no header, or a form’s content type', () => {
    const { 'x-omsorg-upload': _header, ...withoutHeader } = good;
    expect(attachmentRequestRefusal(upload(withoutHeader), origins)).toBe('CSRF');
    expect(attachmentRequestRefusal(upload({ ...good, 'content-type': 'multipart/form-data; boundary=x' }), origins)).toBe('CSRF');
    expect(attachmentRequestRefusal(upload({ ...good, 'content-type': 'text/plain' }), origins)).toBe('CSRF');
  });

  it('allows no other method', () => {
    expect(attachmentRequestRefusal({ method: 'DELETE', headers: good }, origins)).toBe('METHOD');
    expect(attachmentRequestRefusal({ method: 'PUT', headers: good }, origins)).toBe('METHOD');
  });
});
