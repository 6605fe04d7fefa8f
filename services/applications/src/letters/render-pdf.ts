import PDFDocument from 'pdfkit';
import type { LetterContent, LetterLine } from './letter-content.ts';

/** Any letter: a header of labelled lines, a title, an introduction, sections, a closing. */
export type LetterDocument = {
  lang: string;
  title: string;
  documentTitle: string;
  header: LetterLine[];
  introduction: string;
  sections: Array<{ heading: string; lines?: LetterLine[]; paragraphs?: Array<{ label?: string; text: string }> }>;
  closing: string;
  /** The letter's date, "YYYY-MM-DD". */
  date: string;
};

/** The decision letter as a letter document: one section per service, then pending, then how to appeal. */
export function decisionLetterDocument(content: LetterContent): LetterDocument {
  return {
    lang: content.lang,
    title: content.title,
    documentTitle: content.documentTitle,
    header: content.header,
    introduction: content.introduction,
    sections: [
      ...content.services.map((service) => ({
        heading: service.heading,
        lines: service.lines,
        paragraphs: [{ label: service.motivation.label, text: service.motivation.value }],
      })),
      ...(content.pending ? [{ heading: content.pending.heading, paragraphs: [{ text: content.pending.text }] }] : []),
      { heading: content.appeal.heading, paragraphs: content.appeal.paragraphs.map((text) => ({ text })) },
    ],
    closing: content.closing,
    date: content.date,
  };
}

export type RenderOptions = {
  /** Compressed streams in production; tests turn it off to read the text. */
  compress?: boolean;
};

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const TEXT_SIZE = 12;
const LABEL_WIDTH = 190;

/**
 * Renders the letter as a tagged PDF (headings, paragraphs and language marked, so screen
 * readers can read it) on A4 with the standard fonts, which cover Swedish.
 */
export function renderLetterPdf(content: LetterContent, options: RenderOptions = {}): Promise<Buffer> {
  return renderDocumentPdf(decisionLetterDocument(content), options);
}

/** Renders any letter document as a tagged PDF on A4. */
export function renderDocumentPdf(content: LetterDocument, options: RenderOptions = {}): Promise<Buffer> {
  const date = new Date(`${content.date}T12:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    compress: options.compress ?? true,
    pdfVersion: '1.7',
    tagged: true,
    lang: content.lang,
    displayTitle: true,
    info: { Title: content.documentTitle, Author: content.header[0]?.value ?? '', Subject: content.title, CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const root = doc.struct('Document');
  doc.addStructure(root);

  const heading = (type: 'H1' | 'H2', text: string) => {
    if (type === 'H2') doc.moveDown(0.6);
    root.add(
      doc.struct(type, {}, () => {
        doc.font(BOLD).fontSize(type === 'H1' ? 20 : 14).text(text, { width });
      }),
    );
    doc.moveDown(0.4);
  };

  const paragraph = (text: string) => {
    root.add(
      doc.struct('P', {}, () => {
        doc.font(FONT).fontSize(TEXT_SIZE).text(text, { width });
      }),
    );
    doc.moveDown(0.6);
  };

  const lines = (entries: LetterLine[]) => {
    for (const entry of entries) {
      root.add(
        doc.struct('P', {}, () => {
          const y = doc.y;
          doc.font(BOLD).fontSize(TEXT_SIZE).text(`${entry.label}:`, doc.page.margins.left, y, { width: LABEL_WIDTH });
          const labelBottom = doc.y;
          doc.font(FONT).fontSize(TEXT_SIZE).text(entry.value, doc.page.margins.left + LABEL_WIDTH, y, { width: width - LABEL_WIDTH });
          doc.x = doc.page.margins.left;
          doc.y = Math.max(doc.y, labelBottom);
        }),
      );
      doc.moveDown(0.2);
    }
    doc.moveDown(0.6);
  };

  lines(content.header);
  heading('H1', content.title);
  paragraph(content.introduction);

  for (const section of content.sections) {
    heading('H2', section.heading);
    if (section.lines) lines(section.lines);
    for (const entry of section.paragraphs ?? []) {
      if (entry.label) {
        const label = entry.label;
        root.add(
          doc.struct('P', {}, () => {
            doc.font(BOLD).fontSize(TEXT_SIZE).text(`${label}:`, { width });
          }),
        );
      }
      paragraph(entry.text);
    }
  }

  paragraph(content.closing);
  root.end();
  doc.end();
  return done;
}
