import PDFDocument from 'pdfkit';
import type { LetterContent, LetterLine } from './letter-content.ts';
import type { LetterHead } from './letter-frame.ts';

/** Any letter: a head (letterhead, window address, reference column), a title, an introduction, sections, a closing. */
export type LetterDocument = {
  lang: string;
  title: string;
  documentTitle: string;
  head: LetterHead;
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
    head: content.head,
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
const SMALL = 9;
const LABEL_WIDTH = 190;
const mm = (value: number) => (value * 72) / 25.4;

/*
 * Where things sit on the first page, in millimetres from the sheet's top left corner, so the
 * letter can be posted in a window envelope without an address label. The address field is the
 * one of DIN 5008 form B, which C5 and C4 envelopes with a left window (90 x 45 mm window, 20 mm
 * from the left edge) show when the A4 sheet is folded once (C5) or put in flat (C4):
 *   - address field: 20 to 105 mm from the left, 45 to 90 mm from the top; text starts 25 mm
 *     from the left, the return address (the unit, in small type) at 47 mm, the recipient's
 *     name at 55 mm, so nothing touches the window's edge;
 *   - letterhead (organisation, unit, postal address, phone): 25 mm from the left, 15 mm from
 *     the top, above the window;
 *   - reference column (date, case number, caseworker, direct phone): 120 mm from the left,
 *     beside the window, from 45 mm; a representative's copy says so at the top of it;
 *   - the text starts 100 mm from the top, below the window, between 25 and 190 mm.
 */
const LAYOUT = {
  left: mm(25),
  right: mm(20),
  top: mm(20),
  bottom: mm(20),
  letterheadTop: mm(15),
  returnAddressTop: mm(47),
  recipientTop: mm(55),
  addressWidth: mm(80),
  letterheadWidth: mm(92),
  columnLeft: mm(120),
  columnWidth: mm(70),
  columnTop: mm(45),
  bodyTop: mm(100),
};

/**
 * Renders the letter as a tagged PDF (headings, paragraphs and language marked, so screen
 * readers can read it) on A4 with the standard fonts, which cover Swedish and Finnish. Arabic
 * will need an embedded font.
 */
export function renderLetterPdf(content: LetterContent, options: RenderOptions = {}): Promise<Buffer> {
  return renderDocumentPdf(decisionLetterDocument(content), options);
}

/** Renders any letter document as a tagged PDF on A4, laid out for a window envelope. */
export function renderDocumentPdf(content: LetterDocument, options: RenderOptions = {}): Promise<Buffer> {
  const date = new Date(`${content.date}T12:00:00Z`);
  const { head } = content;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: LAYOUT.top, bottom: LAYOUT.bottom, left: LAYOUT.left, right: LAYOUT.right },
    compress: options.compress ?? true,
    pdfVersion: '1.7',
    tagged: true,
    lang: content.lang,
    displayTitle: true,
    info: { Title: content.documentTitle, Author: head.letterhead.unit, Subject: content.title, CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - LAYOUT.left - LAYOUT.right;
  const root = doc.struct('Document');
  doc.addStructure(root);

  // Every later page says whose letter it is and which page, as a pagination artifact (screen
  // readers skip it). A new page has no open markings yet when 'pageAdded' fires; the running
  // text's font and place are put back afterwards.
  let pageNumber = 1;
  doc.on('pageAdded', () => {
    pageNumber += 1;
    const state = doc as unknown as { _font: unknown; _fontSize: number };
    const [font, size, x, y] = [state._font, state._fontSize, doc.x, doc.y];
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font(FONT).fontSize(SMALL).text(head.continuation(pageNumber), LAYOUT.left, mm(10), { width, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    Object.assign(state, { _font: font, _fontSize: size });
    doc.x = x;
    doc.y = y;
  });

  /** One tagged paragraph at a fixed place (the head) or where the text flows (x, y undefined). */
  const placed = (text: string, font: string, size: number, x?: number, y?: number, boxWidth = width) => {
    root.add(
      doc.struct('P', {}, () => {
        doc.font(font).fontSize(size).text(text, x, y, { width: boxWidth });
      }),
    );
  };

  // Letterhead, above the window.
  const { letterhead } = head;
  placed(letterhead.organisation, FONT, 10, LAYOUT.left, LAYOUT.letterheadTop, LAYOUT.letterheadWidth);
  placed(letterhead.unit, BOLD, 12, LAYOUT.left, undefined, LAYOUT.letterheadWidth);
  placed(`${letterhead.postalAddress.join(', ')}\n${letterhead.phoneLabel} ${letterhead.phone}`, FONT, SMALL, LAYOUT.left, undefined, LAYOUT.letterheadWidth);

  // The window: the return address in small type, then the recipient.
  if (head.recipient) {
    placed(`${letterhead.unit}, ${letterhead.postalAddress.join(', ')}`, FONT, 6.5, LAYOUT.left, LAYOUT.returnAddressTop, LAYOUT.addressWidth);
    placed([head.recipient.name, ...head.recipient.addressLines].join('\n'), FONT, 11, LAYOUT.left, LAYOUT.recipientTop, LAYOUT.addressWidth);
    if (head.addressMissing) placed(head.addressMissing, BOLD, 11, LAYOUT.left, undefined, LAYOUT.addressWidth);
  }

  // Beside the window: a copy says so first, then date, case number, caseworker.
  if (head.copyNote) placed(head.copyNote, BOLD, 12, LAYOUT.columnLeft, LAYOUT.letterheadTop, LAYOUT.columnWidth);
  doc.y = LAYOUT.columnTop;
  for (const line of head.header) {
    root.add(
      doc.struct('P', {}, () => {
        doc.font(BOLD).fontSize(SMALL).text(`${line.label}: `, LAYOUT.columnLeft, undefined, { width: LAYOUT.columnWidth, continued: true });
        doc.font(FONT).text(line.value);
      }),
    );
    doc.moveDown(0.2);
  }

  doc.x = LAYOUT.left;
  doc.y = LAYOUT.bodyTop;

  /** Starts a new page unless `lines` lines of text still fit: a heading or label never ends a page. */
  const keepLines = (lines: number) => {
    if (doc.y + lines * TEXT_SIZE * 1.25 > doc.page.height - LAYOUT.bottom) doc.addPage();
  };

  const heading = (type: 'H1' | 'H2', text: string) => {
    if (type === 'H2') {
      doc.moveDown(0.6);
      keepLines(4);
    }
    root.add(
      doc.struct(type, {}, () => {
        doc.font(BOLD).fontSize(type === 'H1' ? 18 : 14).text(text, LAYOUT.left, undefined, { width });
      }),
    );
    doc.moveDown(0.4);
  };

  const paragraph = (text: string) => {
    placed(text, FONT, TEXT_SIZE, LAYOUT.left);
    doc.moveDown(0.6);
  };

  const lines = (entries: LetterLine[]) => {
    for (const entry of entries) {
      root.add(
        doc.struct('P', {}, () => {
          const y = doc.y;
          doc.font(BOLD).fontSize(TEXT_SIZE).text(`${entry.label}:`, LAYOUT.left, y, { width: LABEL_WIDTH });
          const labelBottom = doc.y;
          const labelPage = doc.page;
          doc.font(FONT).fontSize(TEXT_SIZE).text(entry.value, LAYOUT.left + LABEL_WIDTH, y, { width: width - LABEL_WIDTH });
          doc.x = LAYOUT.left;
          if (doc.page === labelPage) doc.y = Math.max(doc.y, labelBottom);
        }),
      );
      doc.moveDown(0.2);
    }
    doc.moveDown(0.6);
  };

  heading('H1', content.title);
  paragraph(content.introduction);

  for (const section of content.sections) {
    heading('H2', section.heading);
    if (section.lines) lines(section.lines);
    for (const entry of section.paragraphs ?? []) {
      if (entry.label) {
        keepLines(3);
        placed(`${entry.label}:`, BOLD, TEXT_SIZE, LAYOUT.left);
      }
      paragraph(entry.text);
    }
  }

  paragraph(content.closing);
  root.end();
  doc.end();
  return done;
}
