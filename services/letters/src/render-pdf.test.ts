import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { LetterDocument } from './document.ts';
import { renderDocumentPdf, renderLettersPdf } from './render-pdf.ts';
import { pdfPageTexts, pdfText, pdfTextLines } from './testing/pdf-text.ts';

function letter(name: string, paragraphs: number): LetterDocument {
  return {
    lang: 'sv-SE',
    title: `Brev till ${name}`,
    documentTitle: `Brev till ${name}`,
    head: {
      letterhead: { organisation: 'Stockholms stad', unit: 'Enheten', postalAddress: ['Box 1', '100 00 Stockholm'], phone: '08-1', phoneLabel: 'Telefon' },
      recipient: { name, addressLines: ['Gatan 1', '111 11 Staden'] },
      addressMissing: null,
      copyNote: null,
      header: [{ label: 'Datum', value: '7 december 2026' }],
      continuation: (page) => `${name}, sida ${page}`,
    },
    introduction: 'Inledning.',
    sections: [{ heading: 'Avsnitt', callout: { label: 'Din kod', value: 'KBF7-9XTM-Q4RH' }, paragraphs: Array.from({ length: paragraphs }, (_, i) => ({ text: `Stycke ${i} som är lagom långt för att fylla en rad eller två i brevet.` })) }],
    closing: 'Med vänlig hälsning\nEnheten',
    date: '2026-12-07',
    textSize: 13,
  };
}

async function batch(letters: LetterDocument[], tagged = false): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await renderLettersPdf(output, letters, letters.length, { compress: false, tagged, info: { title: 'Brev', author: 'Enheten', lang: 'sv-SE', date: '2026-12-07' } });
  return Buffer.concat(chunks);
}

const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

describe('renderLettersPdf', () => {
  it('starts each letter on a new page and marks only a letter’s later pages with its continuation line', async () => {
    const pdf = await batch([letter('Anna Ek', 40), letter('Bo Ek', 2)]);
    expect(pages(pdf)).toBe(3);
    const text = pdfText(pdf);
    expect(text).toContain('Anna Ek, sida 2');
    expect(text).not.toContain('Bo Ek, sida');
    expect(text).not.toContain('sida 1');
    // Bo's letter starts with its letterhead on a page of its own, after Anna's continuation page.
    const lines = pdfTextLines(pdf);
    expect(lines.indexOf('Bo Ek')).toBeGreaterThan(lines.indexOf('Anna Ek, sida 2'));
  });

  it('reads each page of a print file on its own, compressed or not (pdfPageTexts)', async () => {
    for (const compress of [false, true]) {
      const output = new PassThrough();
      const chunks: Buffer[] = [];
      output.on('data', (chunk: Buffer) => chunks.push(chunk));
      await renderLettersPdf(output, [letter('Anna Ek', 1), letter('Bo Ek', 1)], 2, { compress, tagged: false, info: { title: 'Brev', author: 'Enheten', lang: 'sv-SE', date: '2026-12-07' } });
      const [anna, bo, ...rest] = pdfPageTexts(Buffer.concat(chunks));
      expect(rest).toEqual([]);
      expect(anna).toContain('Brev till Anna Ek');
      expect(anna).not.toContain('Bo Ek');
      expect(bo).toContain('Brev till Bo Ek');
      expect(bo).not.toContain('Anna Ek');
    }
  });

  it('prints a code callout in the text and, tagged, marks each letter as a section in its language', async () => {
    const pdf = await batch([letter('Anna Ek', 1), { ...letter('Aino Virtanen', 1), lang: 'fi-FI' }], true);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/S /Sect');
    expect(raw).toContain('/Lang (fi-FI)');
    expect(pdfText(pdf)).toContain('Din kod: KBF7-9XTM-Q4RH');
  });

  it('gives the same text alone as in a batch', async () => {
    const alone = pdfTextLines(await renderDocumentPdf(letter('Anna Ek', 3), { compress: false }));
    const inBatch = pdfTextLines(await batch([letter('Anna Ek', 3)]));
    expect(inBatch).toEqual(alone);
  });

  it('destroys the output when a letter cannot be drawn, so no half file passes for a whole one', async () => {
    const output = new PassThrough();
    output.resume();
    function* letters() {
      yield letter('Anna Ek', 1);
      throw new Error('no facts for the second letter');
    }
    await expect(renderLettersPdf(output, letters(), 2, { info: { title: 'Brev', author: 'Enheten', lang: 'sv-SE', date: '2026-12-07' } })).rejects.toThrow(/no facts/);
    expect(output.destroyed).toBe(true);
  });
});
