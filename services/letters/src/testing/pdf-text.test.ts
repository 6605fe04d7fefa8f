import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.ts';

/** A one-stream PDF body, as pdfkit writes it: a deflated content stream with its exact /Length. */
function pdfWithStream(content: string): Buffer {
  const data = deflateSync(Buffer.from(content, 'latin1'));
  const head = Buffer.from(`%PDF-1.3\n1 0 obj\n<<\n/Length ${data.length}\n/Filter /FlateDecode\n>>\nstream\n`, 'latin1');
  return Buffer.concat([head, data, Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1')]);
}

describe('pdfText', () => {
  it('reads a deflated stream whose last byte is a carriage return (found by the stream length, not by trimming)', () => {
    // The trailing comment was chosen so that the deflated stream ends in 0x0d.
    const content = 'BT (Postadress saknas) Tj ET % aez';
    expect(deflateSync(Buffer.from(content, 'latin1')).at(-1)).toBe(0x0d);
    expect(pdfText(pdfWithStream(content))).toBe('Postadress saknas');
  });

  it('reads text shown with TJ arrays and escaped parentheses', () => {
    expect(pdfText(pdfWithStream('BT [(Kopia ) -20 (till \\(Erik\\))] TJ ET'))).toBe('Kopia till (Erik)');
  });
});
