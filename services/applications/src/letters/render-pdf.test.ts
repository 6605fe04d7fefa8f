import { describe, expect, it } from 'vitest';
import { pdfText } from '../testing/pdf-text.ts';
import { buildDecisionLetterContent } from './letter-content.ts';
import { renderLetterPdf } from './render-pdf.ts';
import { letterTemplate } from './templates.ts';

const content = buildDecisionLetterContent(
  {
    reference: 'ANS-2026-000042',
    unit: 'Beställarenheten äldre, Hägersten-Älvsjö',
    recipientName: 'Signe Andersson',
    decisions: [
      {
        serviceType: 'SAFETY_ALARM',
        outcome: 'GRANTED',
        hoursPerMonth: null,
        validFrom: '2026-11-02',
        validTo: null,
        legalCitation: '4 kap. 1 § socialtjänstlagen (2001:453)',
        motivation: 'Du har fallit flera gånger och bor ensam.',
        decidedAt: new Date('2026-10-30T10:00:00Z'),
        notifiedOn: '2026-11-02',
      },
    ],
    pendingServices: [],
  },
  letterTemplate('sv'),
);

describe('renderLetterPdf', () => {
  it('writes a compressed PDF whose text says the decision and the appeal deadline', async () => {
    const pdf = await renderLetterPdf(content);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Beslut om bistånd');
    expect(text).toContain('Trygghetslarm');
    expect(text).toContain('Beviljas');
    expect(text).toContain('Sista dag att överklaga: 23 november 2026');
    expect(text).toContain('Så överklagar du');
    expect(text).toContain('Signe Andersson');
  });

  it('is a tagged PDF in Swedish, titled with the reference number', async () => {
    const raw = (await renderLetterPdf(content, { compress: false })).toString('latin1');
    expect(raw).toContain('/Lang (sv-SE)');
    expect(raw).toContain('/MarkInfo');
    expect(pdfText(Buffer.from(raw, 'latin1'))).toContain('23 november 2026');
  });

  it('gives the same letter for the same decisions', async () => {
    const [first, second] = await Promise.all([renderLetterPdf(content, { compress: false }), renderLetterPdf(content, { compress: false })]);
    expect(pdfText(first)).toBe(pdfText(second));
  });
});
