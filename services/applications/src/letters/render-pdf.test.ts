import { describe, expect, it } from 'vitest';
import { pdfText, pdfTextLines } from '../testing/pdf-text.ts';
import { buildHomeVisitLetter } from './home-visit-letter.ts';
import { buildDecisionLetterContent, type DecisionLetterFacts } from './letter-content.ts';
import { renderDocumentPdf, renderLetterPdf } from './render-pdf.ts';
import { letterTemplate } from './templates.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';

const facts: DecisionLetterFacts = {
  reference: 'ANS-2026-000042',
  unit: UNIT,
  recipient: { name: 'Signe Andersson', addressLines: ['Hägerstensvägen 110', '126 49 Hägersten'] },
  copy: false,
  concerning: null,
  caseworker: { name: 'Hanna Lind', phone: '08-508 22 141' },
  decisions: [
    {
      serviceType: 'SAFETY_ALARM',
      outcome: 'GRANTED',
      hoursPerMonth: null,
      validFrom: '2026-11-02',
      validTo: null,
      legalCitation: '4 kap. 1 § socialtjänstlagen (2025:400)',
      motivation: 'Du har fallit flera gånger och bor ensam.',
      decidedAt: new Date('2026-10-30T10:00:00Z'),
      notifiedOn: '2026-11-02',
      decidedBy: { name: 'Maria Berg', title: 'Biträdande enhetschef' },
    },
  ],
  pendingServices: [],
};
const content = buildDecisionLetterContent(facts, letterTemplate('sv'));
const copy = buildDecisionLetterContent(
  { ...facts, recipient: { name: 'Erik Andersson', addressLines: ['Älvsjövägen 12', '125 30 Älvsjö'] }, copy: true, concerning: 'Signe Andersson' },
  letterTemplate('sv'),
);
const finnish = buildDecisionLetterContent(
  { ...facts, recipient: { name: 'Aino Virtanen', addressLines: ['Lillåvägen 3', '125 52 Älvsjö'] } },
  letterTemplate('fi'),
);

describe('renderLetterPdf', () => {
  it('writes a compressed PDF whose text says the decision, the appeal deadline and who to ask', async () => {
    const pdf = await renderLetterPdf(content);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Beslut om bistånd');
    expect(text).toContain('Trygghetslarm');
    expect(text).toContain('Beviljas');
    expect(text).toContain('Sista dag att överklaga: 23 november 2026');
    expect(text).toContain('Så överklagar du');
    expect(text).toContain('Lagrum: 4 kap. 1 § socialtjänstlagen (2025:400)');
    expect(text).toContain('Beslutet fattades av: Maria Berg, biträdande enhetschef');
    expect(text).toContain('Handläggare: Hanna Lind');
    expect(text).toContain('Direkttelefon: 08-508 22 141');
  });

  it('has the letterhead and the recipient’s name and address for the window envelope', async () => {
    const lines = pdfTextLines(await renderLetterPdf(content, { compress: false }));
    expect(lines.slice(0, 5)).toEqual(['Stockholms stad', UNIT, 'Box 4, 129 21 Hägersten', 'Telefon 08-508 22 000', `${UNIT}, Box 4, 129 21 Hägersten`]);
    expect(lines.slice(5, 8)).toEqual(['Signe Andersson', 'Hägerstensvägen 110', '126 49 Hägersten']);
    expect(lines.join(' ')).not.toContain('Kopia till');
  });

  it("says on a representative's copy whom it goes to and whose case it is", async () => {
    const pdf = await renderLetterPdf(copy, { compress: false });
    const lines = pdfTextLines(pdf);
    expect(lines.slice(5, 8)).toEqual(['Erik Andersson', 'Älvsjövägen 12', '125 30 Älvsjö']);
    const text = pdfText(pdf);
    expect(text).toContain('Kopia till Erik Andersson');
    expect(text).toContain('Ärendet gäller: Signe Andersson');
  });

  it("says in the window that the address is missing on a copy to a representative with no postal address, in the letter's language", async () => {
    const noAddress = { ...facts, recipient: { name: 'Erik Andersson', addressLines: [] }, copy: true, concerning: 'Signe Andersson' };
    const lines = pdfTextLines(await renderLetterPdf(buildDecisionLetterContent(noAddress, letterTemplate('sv')), { compress: false }));
    expect(lines.slice(5, 7)).toEqual(['Erik Andersson', 'Postadress saknas']);
    expect(lines.join(' ')).toContain('Kopia till Erik Andersson');
    const finnishLines = pdfTextLines(await renderLetterPdf(buildDecisionLetterContent(noAddress, letterTemplate('fi')), { compress: false }));
    expect(finnishLines.slice(5, 7)).toEqual(['Erik Andersson', 'Postiosoite puuttuu']);
  });

  it('is a tagged PDF in Swedish, titled with the reference number', async () => {
    const raw = (await renderLetterPdf(content, { compress: false })).toString('latin1');
    expect(raw).toContain('/Lang (sv-SE)');
    expect(raw).toContain('/MarkInfo');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toMatch(/\/Title \d+ 0 R/);
  });

  it('is a tagged PDF in Finnish when the letter is Finnish, with the Finnish text', async () => {
    const pdf = await renderLetterPdf(finnish, { compress: false });
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (fi-FI)');
    expect(raw).not.toContain('/Lang (sv-SE)');
    expect(raw).toContain('/MarkInfo');
    const text = pdfText(pdf);
    expect(text).toContain('Päätös avustuksesta');
    expect(text).toContain('Turvahälytin');
    expect(text).toContain('Myönnetään');
    expect(text).toContain('Viimeinen valituspäivä: 23. marraskuuta 2026');
    expect(text).toContain('Käsittelijä: Hanna Lind');
    expect(text).toContain('Näin valitat päätöksestä');
  });

  it('puts the reference and page number atop a second page, as an artifact screen readers skip', async () => {
    const long = 'En motivering som är lång nog att fylla sidan. '.repeat(80);
    const pdf = await renderLetterPdf(buildDecisionLetterContent({ ...facts, decisions: [{ ...facts.decisions[0]!, motivation: long }] }, letterTemplate('sv')), { compress: false });
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Type /Pagination');
    expect(pdfText(pdf)).toContain('ANS-2026-000042, sida 2');
    expect(pdfText(pdf)).not.toContain('sida 1');
  });

  it('gives the same letter for the same decisions', async () => {
    const [first, second] = await Promise.all([renderLetterPdf(content, { compress: false }), renderLetterPdf(content, { compress: false })]);
    expect(pdfText(first)).toBe(pdfText(second));
  });
});

describe('the home-visit invitation', () => {
  const visit = {
    reference: 'ANS-2026-000042',
    unit: UNIT,
    recipient: { name: 'Aino Virtanen', addressLines: ['Lillåvägen 3', '125 52 Älvsjö'] },
    copy: false,
    concerning: null,
    caseworker: { name: 'Hanna Lind', phone: '08-508 22 141' },
    invitedOn: '2026-11-20',
    // 09:30 UTC is 10:30 in Stockholm in winter.
    at: new Date('2026-12-01T09:30:00Z'),
    place: 'Lillåvägen 3, Älvsjö',
    interpreterNeeded: true,
  };

  it('says when in Stockholm time, where, and that an interpreter is booked, in Finnish', async () => {
    const pdf = await renderDocumentPdf(buildHomeVisitLetter(visit, 'fi'), { compress: false });
    expect(pdf.toString('latin1')).toContain('/Lang (fi-FI)');
    const text = pdfText(pdf);
    expect(text).toContain('Kutsu kotikäynnille');
    expect(text).toContain('Aika: tiistaina 1. joulukuuta 2026 klo 10.30');
    expect(text).toContain('Varaamme käynnille tulkin.');
  });

  it('in Swedish, without an interpreter when none is needed', async () => {
    const text = pdfText(await renderDocumentPdf(buildHomeVisitLetter({ ...visit, interpreterNeeded: false }, 'sv'), { compress: false }));
    expect(text).toContain('Kallelse till hembesök');
    expect(text).toContain('När: tisdag 1 december 2026 kl. 10:30');
    expect(text).not.toContain('tolk');
  });
});
