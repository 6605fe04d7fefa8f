import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import type { LetterDocument, LetterHead, LetterLine } from './document.ts';

export type RenderOptions = {
  /** Compressed streams in production; tests turn it off to read the text. */
  compress?: boolean;
};

export type BatchOptions = RenderOptions & {
  /** Called after each letter (and at most every `progressEvery` letters): letters done, letters in all. */
  onProgress?: (done: number, total: number) => void;
  /** How many letters between progress calls and pauses for the output to drain; 200 unless set. */
  progressEvery?: number;
  /** Structure tags (headings, paragraphs, language) for screen readers; a print file leaves them out, which makes it smaller and faster. */
  tagged?: boolean;
  /** The file's metadata: its title, its author (the sending unit), its language and date ("YYYY-MM-DD"). */
  info: { title: string; author: string; lang: string; date: string };
};

/** The standard fonts every document is set in (never embedded; they cover Swedish and Finnish). */
export const FONT = 'Helvetica';
export const BOLD = 'Helvetica-Bold';
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

type Doc = PDFKit.PDFDocument;
/** A document's metadata: language (BCP 47), title, author (the unit), subject and date ("YYYY-MM-DD"). */
export type DocumentMeta = { lang: string; title: string; author: string; subject: string; date: string };

/**
 * The sheet of a document that is not a letter (a printed programme): its size and margins, and
 * `bufferPages` to write on every page at the end (a footer "Sida 2 av 5").
 */
export type PageSetup = { size: string | [number, number]; margins: { top: number; bottom: number; left: number; right: number }; bufferPages?: boolean };

/**
 * A document with fixed dates (the same content gives the same file) and its metadata: A4 with the
 * letters' margins, or the `page` given.
 */
export function newDocument(meta: DocumentMeta, options: RenderOptions & { tagged: boolean }, page?: PageSetup): Doc {
  const date = new Date(`${meta.date}T12:00:00Z`);
  return new PDFDocument({
    size: page?.size ?? 'A4',
    margins: page?.margins ?? { top: LAYOUT.top, bottom: LAYOUT.bottom, left: LAYOUT.left, right: LAYOUT.right },
    bufferPages: page?.bufferPages ?? false,
    compress: options.compress ?? true,
    pdfVersion: '1.7',
    tagged: options.tagged,
    lang: meta.lang,
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author, Subject: meta.subject, CreationDate: date, ModDate: date },
  });
}

/** The two methods of a pdfkit standard font that lay out text: both depend only on the text (widths per 1,000 units of size). */
type MeasuredFont = {
  widthOfString: (text: string, size: number, features?: unknown) => number;
  encode: (text: string, features?: unknown) => [string[], unknown[]];
};

/**
 * How many distinct words (widths: a number each) and lines (encodings: an object a glyph) a font
 * remembers before it starts over: a few MB at most. The lines of a letter's fixed text repeat;
 * the names, addresses and codes that do not are soon forgotten.
 */
const WIDTH_MEMO_LIMIT = 50_000;
const ENCODING_MEMO_LIMIT = 2_000;

/**
 * Remembers the width and encoding of every word and line a font has measured. pdfkit measures
 * each word glyph by glyph with kerning on every call; a cohort's letters repeat the same words,
 * so a print file of 20,000 letters spends most of its time on the same few hundred words.
 * pdfkit does not change what encode returns (it copies before it adds spacing).
 */
export function memoizeFont(doc: Doc, name: string): void {
  doc.font(name);
  const font = (doc as unknown as { _font: MeasuredFont & { memoized?: true } })._font;
  if (font.memoized) return;
  font.memoized = true;
  const widths = new Map<string, number>();
  const encodings = new Map<string, [string[], unknown[]]>();
  const width = font.widthOfString.bind(font);
  const encode = font.encode.bind(font);
  font.widthOfString = (text, size, features) => {
    let units = widths.get(text);
    if (units === undefined) {
      if (widths.size >= WIDTH_MEMO_LIMIT) widths.clear();
      units = width(text, 1000, features);
      widths.set(text, units);
    }
    return (units * size) / 1000;
  };
  font.encode = (text, features) => {
    let encoded = encodings.get(text);
    if (!encoded) {
      if (encodings.size >= ENCODING_MEMO_LIMIT) encodings.clear();
      encoded = encode(text, features);
      encodings.set(text, encoded);
    }
    return encoded;
  };
}

/**
 * Draws letters into one pdfkit document, each from the top of a new page. Every later page of a
 * letter says whose letter it is and which page (its continuation line). With `tagged`, each
 * text is a structure element (H1, H2, P) and the continuation an artifact screen readers skip.
 */
class LetterWriter {
  private readonly doc: Doc;
  private readonly tagged: boolean;
  private readonly root: PDFKit.PDFStructureElement | null;
  private readonly width: number;
  /** The letter on the page being drawn, and its page number; null while a new letter's first page is added. */
  private current: { head: LetterHead; page: number } | null = null;
  private parent: PDFKit.PDFStructureElement | null = null;
  private textSize = TEXT_SIZE;
  private first = true;

  constructor(doc: Doc, tagged: boolean) {
    this.doc = doc;
    this.tagged = tagged;
    this.width = doc.page.width - LAYOUT.left - LAYOUT.right;
    memoizeFont(doc, BOLD);
    memoizeFont(doc, FONT);
    this.root = tagged ? doc.struct('Document') : null;
    if (this.root) doc.addStructure(this.root);
    // A new page has no open markings yet when 'pageAdded' fires; the running text's font and
    // place are put back afterwards.
    doc.on('pageAdded', () => {
      if (!this.current) return;
      this.current.page += 1;
      const state = doc as unknown as { _font: unknown; _fontSize: number };
      const [font, size, x, y] = [state._font, state._fontSize, doc.x, doc.y];
      if (tagged) doc.markContent('Artifact', { type: 'Pagination' });
      doc.font(FONT).fontSize(SMALL).text(this.current.head.continuation(this.current.page), LAYOUT.left, mm(10), { width: this.width, align: 'right', lineBreak: false });
      if (tagged) doc.endMarkedContent();
      Object.assign(state, { _font: font, _fontSize: size });
      doc.x = x;
      doc.y = y;
    });
  }

  /** One letter, on a new page (the document's first page for the first letter). `section`: a Sect of its own, in its language. */
  write(content: LetterDocument, section: boolean): void {
    if (!this.first) {
      this.current = null;
      this.doc.addPage();
    }
    this.first = false;
    this.current = { head: content.head, page: 1 };
    this.textSize = content.textSize ?? TEXT_SIZE;
    if (this.root && section) {
      this.parent = this.doc.struct('Sect', { lang: content.lang });
      this.root.add(this.parent);
    } else {
      this.parent = this.root;
    }
    this.drawHead(content.head);
    this.drawBody(content);
    if (this.parent && this.parent !== this.root) this.parent.end();
  }

  end(): void {
    this.root?.end();
    this.doc.end();
  }

  /** Draws `draw` as a structure element of `type` when tagged. */
  private tag(type: string, draw: () => void): void {
    if (this.parent) this.parent.add(this.doc.struct(type, {}, draw));
    else draw();
  }

  /** One paragraph at a fixed place (the head) or where the text flows (x, y undefined). */
  private placed(text: string, font: string, size: number, x?: number, y?: number, boxWidth = this.width): void {
    this.tag('P', () => {
      this.doc.font(font).fontSize(size).text(text, x, y, { width: boxWidth });
    });
  }

  private drawHead(head: LetterHead): void {
    const { doc } = this;
    // Letterhead, above the window.
    const { letterhead } = head;
    this.placed(letterhead.organisation, FONT, 10, LAYOUT.left, LAYOUT.letterheadTop, LAYOUT.letterheadWidth);
    this.placed(letterhead.unit, BOLD, 12, LAYOUT.left, undefined, LAYOUT.letterheadWidth);
    this.placed(`${letterhead.postalAddress.join(', ')}\n${letterhead.phoneLabel} ${letterhead.phone}`, FONT, SMALL, LAYOUT.left, undefined, LAYOUT.letterheadWidth);

    // The window: the return address in small type, then the recipient.
    if (head.recipient) {
      this.placed(`${letterhead.unit}, ${letterhead.postalAddress.join(', ')}`, FONT, 6.5, LAYOUT.left, LAYOUT.returnAddressTop, LAYOUT.addressWidth);
      this.placed([head.recipient.name, ...head.recipient.addressLines].join('\n'), FONT, 11, LAYOUT.left, LAYOUT.recipientTop, LAYOUT.addressWidth);
      if (head.addressMissing) this.placed(head.addressMissing, BOLD, 11, LAYOUT.left, undefined, LAYOUT.addressWidth);
    }

    // Beside the window: a copy says so first, then date, case number, caseworker.
    if (head.copyNote) this.placed(head.copyNote, BOLD, 12, LAYOUT.columnLeft, LAYOUT.letterheadTop, LAYOUT.columnWidth);
    doc.y = LAYOUT.columnTop;
    for (const line of head.header) {
      this.tag('P', () => {
        doc.font(BOLD).fontSize(SMALL).text(`${line.label}: `, LAYOUT.columnLeft, undefined, { width: LAYOUT.columnWidth, continued: true });
        doc.font(FONT).text(line.value);
      });
      doc.moveDown(0.2);
    }
    doc.x = LAYOUT.left;
    doc.y = LAYOUT.bodyTop;
  }

  /** Starts a new page unless `lines` lines of text still fit: a heading or label never ends a page. */
  private keepLines(lines: number): void {
    const { doc } = this;
    if (doc.y + lines * this.textSize * 1.25 > doc.page.height - LAYOUT.bottom) doc.addPage();
  }

  private heading(type: 'H1' | 'H2', text: string): void {
    const { doc } = this;
    if (type === 'H2') {
      doc.moveDown(0.6);
      this.keepLines(4);
    }
    this.tag(type, () => {
      doc.font(BOLD).fontSize(type === 'H1' ? 18 : this.textSize + 2).text(text, LAYOUT.left, undefined, { width: this.width });
    });
    doc.moveDown(0.4);
  }

  private paragraph(text: string): void {
    this.placed(text, FONT, this.textSize, LAYOUT.left);
    this.doc.moveDown(0.6);
  }

  private lines(entries: LetterLine[]): void {
    const { doc, textSize, width } = this;
    for (const entry of entries) {
      this.tag('P', () => {
        const y = doc.y;
        doc.font(BOLD).fontSize(textSize).text(`${entry.label}:`, LAYOUT.left, y, { width: LABEL_WIDTH });
        const labelBottom = doc.y;
        const labelPage = doc.page;
        doc.font(FONT).fontSize(textSize).text(entry.value, LAYOUT.left + LABEL_WIDTH, y, { width: width - LABEL_WIDTH });
        doc.x = LAYOUT.left;
        if (doc.page === labelPage) doc.y = Math.max(doc.y, labelBottom);
      });
      doc.moveDown(0.2);
    }
    doc.moveDown(0.6);
  }

  /** A value a person must read off exactly (a code): its label, then the value in large bold type in a frame. */
  private callout(entry: LetterLine): void {
    const { doc } = this;
    const size = 22;
    this.keepLines(5);
    this.placed(`${entry.label}:`, BOLD, this.textSize, LAYOUT.left);
    doc.moveDown(0.2);
    const top = doc.y;
    const padding = 7;
    this.tag('P', () => {
      doc.font(BOLD).fontSize(size).text(entry.value, LAYOUT.left + padding, top + padding, { width: this.width - 2 * padding, characterSpacing: 2 });
    });
    const bottom = doc.y + padding / 2;
    if (this.tagged) doc.markContent('Artifact', { type: 'Layout' });
    doc.lineWidth(1.5).rect(LAYOUT.left, top, mm(90), bottom - top).stroke();
    if (this.tagged) doc.endMarkedContent();
    doc.x = LAYOUT.left;
    doc.y = bottom;
    doc.moveDown(0.6);
  }

  private drawBody(content: LetterDocument): void {
    this.heading('H1', content.title);
    this.paragraph(content.introduction);
    for (const section of content.sections) {
      this.heading('H2', section.heading);
      if (section.callout) this.callout(section.callout);
      if (section.lines) this.lines(section.lines);
      for (const entry of section.paragraphs ?? []) {
        if (entry.label) {
          this.keepLines(3);
          this.placed(`${entry.label}:`, BOLD, this.textSize, LAYOUT.left);
        }
        this.paragraph(entry.text);
      }
    }
    this.paragraph(content.closing);
  }
}

/** Collects a document's bytes (start it before the document is ended). */
export function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * Renders one letter as a tagged PDF (headings, paragraphs and language marked, so screen
 * readers can read it) on A4 with the standard fonts, which cover Swedish and Finnish, laid out
 * for a window envelope. Arabic will need an embedded font.
 */
export function renderDocumentPdf(content: LetterDocument, options: RenderOptions = {}): Promise<Buffer> {
  const doc = newDocument({ lang: content.lang, title: content.documentTitle, author: content.head.letterhead.unit, subject: content.title, date: content.date }, { ...options, tagged: true });
  const done = collect(doc);
  const writer = new LetterWriter(doc, true);
  writer.write(content, false);
  writer.end();
  return done;
}

/**
 * Waits until `output` has taken what the document gave it (pdfkit pushes without waiting, and
 * the pipe holds what the output cannot take yet), so a large file is never held in memory.
 */
async function drained(doc: Doc, output: Writable): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  while (output.writableNeedDrain || doc.readableLength > 0) await drainOf(output);
}

function drainOf(output: Writable): Promise<void> {
  if (!output.writableNeedDrain) return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      output.off('drain', onDrain);
      output.off('error', onError);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    output.once('drain', onDrain);
    output.once('error', onError);
  });
}

/**
 * Renders many letters into ONE PDF for the printer, streamed to `output`: each letter starts on
 * a new page, its address in the window position. `letters` may be any iterable (a generator
 * builds each letter's content only when it is drawn). The standard fonts are never embedded,
 * so a letter costs only its text. Resolves when the whole file is written to `output`.
 */
export async function renderLettersPdf(output: Writable, letters: Iterable<LetterDocument>, total: number, options: BatchOptions): Promise<void> {
  if (total < 1) throw new Error('A print file needs at least one letter');
  const tagged = options.tagged ?? false;
  const doc = newDocument({ ...options.info, subject: options.info.title }, { ...options, tagged });
  const finished = new Promise<void>((resolve, reject) => {
    output.once('finish', resolve);
    output.once('error', reject);
    doc.once('error', reject);
  });
  // Awaited below; until then a failure must not count as unhandled.
  finished.catch(() => undefined);
  doc.pipe(output);
  const writer = new LetterWriter(doc, tagged);
  const every = Math.max(1, options.progressEvery ?? 200);
  let done = 0;
  try {
    for (const letter of letters) {
      writer.write(letter, true);
      done += 1;
      if (done % every === 0) {
        options.onProgress?.(done, total);
        await drained(doc, output);
      }
    }
  } catch (error) {
    // A half-written file must not pass for a whole one: the output is destroyed with the error.
    doc.unpipe(output);
    output.destroy(error as Error);
    throw error;
  }
  writer.end();
  await finished;
  if (done % every !== 0) options.onProgress?.(done, total);
}
