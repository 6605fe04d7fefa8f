import { describe, expect, it } from 'vitest';
import { attachmentMaxBytes, detectContentType, extensionOf, isSafeFileName, judgeAttachment } from './attachment-content.ts';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const LIMIT = 10 * 1024 * 1024;

describe('detectContentType', () => {
  it('knows PDF, PNG and JPEG by their first bytes', () => {
    expect(detectContentType(PDF)).toBe('application/pdf');
    expect(detectContentType(PNG)).toBe('image/png');
    expect(detectContentType(JPEG)).toBe('image/jpeg');
  });

  it('knows nothing else, nor a truncated signature', () => {
    expect(detectContentType(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(detectContentType(Buffer.from('PK\u0003\u0004word/document.xml'))).toBeNull();
    expect(detectContentType(Buffer.from('GIF89a'))).toBeNull();
    expect(detectContentType(Buffer.from('%PDF'))).toBeNull();
    expect(detectContentType(PNG.subarray(0, 7))).toBeNull();
    expect(detectContentType(Buffer.alloc(0))).toBeNull();
    // "%PDF-" further in, as a polyglot would have it, is not a PDF.
    expect(detectContentType(Buffer.from(' %PDF-1.4'))).toBeNull();
  });
});

describe('judgeAttachment', () => {
  it('accepts a file whose content is what its name says, whatever the case of the extension', () => {
    expect(judgeAttachment('läkarintyg.pdf', PDF.length, PDF, LIMIT)).toEqual({ refusal: null, contentType: 'application/pdf' });
    expect(judgeAttachment('Fullmakt.JPEG', JPEG.length, JPEG, LIMIT)).toEqual({ refusal: null, contentType: 'image/jpeg' });
    expect(judgeAttachment('skanning.jpg', JPEG.length, JPEG, LIMIT)).toMatchObject({ refusal: null });
    expect(judgeAttachment('brev.png', PNG.length, PNG, LIMIT)).toEqual({ refusal: null, contentType: 'image/png' });
  });

  it('refuses content that is not what the name says', () => {
    expect(judgeAttachment('intyg.pdf', PNG.length, PNG, LIMIT)).toEqual({ refusal: 'NAME_MISMATCH' });
    expect(judgeAttachment('intyg', PDF.length, PDF, LIMIT)).toEqual({ refusal: 'NAME_MISMATCH' });
    expect(judgeAttachment('intyg.pdf.exe', PDF.length, PDF, LIMIT)).toEqual({ refusal: 'NAME_MISMATCH' });
  });

  it('refuses anything but PDF, JPEG and PNG, whatever its name', () => {
    const html = Buffer.from('<!doctype html><script>fetch("/graphql")</script>');
    expect(judgeAttachment('intyg.pdf', html.length, html, LIMIT)).toEqual({ refusal: 'UNSUPPORTED_TYPE' });
    expect(judgeAttachment('sida.html', html.length, html, LIMIT)).toEqual({ refusal: 'UNSUPPORTED_TYPE' });
  });

  it('refuses a file over the limit before looking at it, and an empty one', () => {
    expect(judgeAttachment('intyg.pdf', LIMIT + 1, PDF, LIMIT)).toEqual({ refusal: 'TOO_LARGE' });
    expect(judgeAttachment('intyg.pdf', LIMIT, PDF, LIMIT)).toMatchObject({ refusal: null });
    expect(judgeAttachment('intyg.pdf', 0, Buffer.alloc(0), LIMIT)).toEqual({ refusal: 'EMPTY' });
  });

  it('refuses names that cannot be shown safely', () => {
    for (const name of ['', '   ', '../../etc/passwd.pdf', 'a\\b.pdf', 'in\u0000tyg.pdf', 'intyg\u202Efdp.exe', `${'a'.repeat(197)}.pdf`]) {
      expect(judgeAttachment(name, PDF.length, PDF, LIMIT)).toEqual({ refusal: 'BAD_NAME' });
    }
    expect(isSafeFileName(`${'a'.repeat(196)}.pdf`)).toBe(true);
  });
});

describe('extensionOf', () => {
  it('is the part after the last dot, lower case, and nothing for a dot file', () => {
    expect(extensionOf('A.B.PDF')).toBe('pdf');
    expect(extensionOf('.pdf')).toBe('');
    expect(extensionOf('intyg')).toBe('');
  });
});

describe('attachmentMaxBytes', () => {
  it('is 10 MB unless ATTACHMENT_MAX_BYTES says otherwise, and refuses nonsense', () => {
    expect(attachmentMaxBytes({})).toBe(10 * 1024 * 1024);
    expect(attachmentMaxBytes({ ATTACHMENT_MAX_BYTES: '2048' })).toBe(2048);
    expect(() => attachmentMaxBytes({ ATTACHMENT_MAX_BYTES: '10MB' })).toThrow(/ATTACHMENT_MAX_BYTES/);
    expect(() => attachmentMaxBytes({ ATTACHMENT_MAX_BYTES: '0' })).toThrow(/ATTACHMENT_MAX_BYTES/);
  });
});

