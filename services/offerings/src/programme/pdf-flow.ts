import { BOLD, collect, FONT, memoizeFont, newDocument, type DocumentMeta, type PageSetup } from '@omsorg/letters';

type Doc = PDFKit.PDFDocument;
export type Run = { text: string; bold?: boolean };
export type BlockType = 'H1' | 'H2' | 'H3' | 'P';

/**
 * Text flowing down one or more columns and over pages, for the printed programme: each block is
 * measured before it is drawn, so a heading is never the last line of a column and a session's
 * lines stay together. Tagged (H1–H3, P, the language) so a screen reader can read the file; the
 * footer ("Sida 1 av 3") is an artifact written on every page at the end.
 */
export class PdfFlow {
  readonly doc: Doc;
  private readonly root: PDFKit.PDFStructureElement;
  private readonly columns: number;
  private readonly gap: number;
  private column = 0;
  private columnTop: number;
  private readonly done: Promise<Buffer>;
  private breaking = false;
  /** Drawn at the top of each new column or page while set: the venue or day that goes on ("Träffpunkt Fruängen, forts."). */
  continuation: (() => void) | null = null;

  constructor(meta: DocumentMeta, page: PageSetup, options: { columns: number; gap: number; compress?: boolean }) {
    this.doc = newDocument(meta, { compress: options.compress, tagged: true }, { ...page, bufferPages: true });
    this.done = collect(this.doc);
    memoizeFont(this.doc, BOLD);
    memoizeFont(this.doc, FONT);
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.columns = options.columns;
    this.gap = options.gap;
    this.columnTop = this.doc.page.margins.top;
  }

  get pageWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get columnWidth(): number {
    return (this.pageWidth - (this.columns - 1) * this.gap) / this.columns;
  }

  private get left(): number {
    return this.doc.page.margins.left + this.column * (this.columnWidth + this.gap);
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** How tall `runs` are in a column at `size` (bold throughout: never less than drawn). */
  height(runs: Run[], size: number, lineGap = 0, width = this.columnWidth): number {
    return this.doc.font(BOLD).fontSize(size).heightOfString(runs.map((run) => run.text).join(''), { width, lineGap });
  }

  /** Moves to the next column, or the next page's first, unless `needed` points fit where we are. */
  ensure(needed: number): void {
    if (this.doc.y + needed <= this.bottom) return;
    if (this.column + 1 < this.columns) {
      this.column += 1;
    } else {
      this.doc.addPage();
      this.column = 0;
      this.columnTop = this.doc.page.margins.top;
    }
    this.doc.y = this.columnTop;
    if (this.continuation && !this.breaking) {
      this.breaking = true;
      try {
        this.continuation();
      } finally {
        this.breaking = false;
      }
    }
  }

  /**
   * One block (a heading or paragraph) of runs of normal and bold text. `keepWith`: points of what
   * follows that must fit in the same column (a heading with its first lines).
   */
  block(type: BlockType, runs: Run[], size: number, options: { lineGap?: number; keepWith?: number; spaceBefore?: number; spaceAfter?: number; lang?: string } = {}): void {
    const lineGap = options.lineGap ?? 1;
    const before = options.spaceBefore ?? 0;
    // Space above a block is left out at the top of a column.
    const atTop = this.doc.y <= this.columnTop + 0.5;
    this.ensure((atTop ? 0 : before) + this.height(runs, size, lineGap) + (options.keepWith ?? 0));
    if (!atTop && this.doc.y > this.columnTop + 0.5) this.doc.y += before;
    const { doc } = this;
    const x = this.left;
    const y = doc.y;
    this.root.add(
      doc.struct(type, options.lang ? { lang: options.lang } : {}, () => {
        runs.forEach((run, index) => {
          const continued = index < runs.length - 1;
          doc.font(run.bold ? BOLD : FONT).fontSize(size);
          if (index === 0) doc.text(run.text, x, y, { width: this.columnWidth, lineGap, continued });
          else doc.text(run.text, { width: this.columnWidth, lineGap, continued });
        });
      }),
    );
    doc.x = this.left;
    doc.y += options.spaceAfter ?? 0;
  }

  /** A block across the whole page width (the title), before the columns start; the columns begin under it. */
  spanning(type: BlockType, runs: Run[], size: number, spaceAfter = 0): void {
    const { doc } = this;
    const x = doc.page.margins.left;
    const y = doc.y;
    this.root.add(
      doc.struct(type, {}, () => {
        runs.forEach((run, index) => {
          doc.font(run.bold ? BOLD : FONT).fontSize(size);
          if (index === 0) doc.text(run.text, x, y, { width: this.pageWidth, continued: index < runs.length - 1 });
          else doc.text(run.text, { width: this.pageWidth, continued: index < runs.length - 1 });
        });
      }),
    );
    doc.y += spaceAfter;
    this.columnTop = doc.y;
  }

  /** A line across the column (under a heading, between days): drawn, not read. */
  rule(weight: number, spaceAfter = 2): void {
    const { doc } = this;
    this.ensure(weight + spaceAfter + 20);
    doc.markContent('Artifact', { type: 'Layout' });
    doc.save().lineWidth(weight).strokeColor('#000000').moveTo(this.left, doc.y).lineTo(this.left + this.columnWidth, doc.y).stroke().restore();
    doc.endMarkedContent();
    doc.y += weight + spaceAfter;
  }

  /** A line across the page under the title. */
  spanningRule(weight: number, spaceAfter = 2): void {
    const { doc } = this;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.save().lineWidth(weight).strokeColor('#000000').moveTo(doc.page.margins.left, doc.y).lineTo(doc.page.margins.left + this.pageWidth, doc.y).stroke().restore();
    doc.endMarkedContent();
    doc.y += weight + spaceAfter;
    this.columnTop = doc.y;
  }

  /** Writes the footer on every page (left text and "page n of m" at the right), ends the file and gives its bytes. */
  async end(footer: { left: string; page: (page: number, pages: number) => string; size: number }): Promise<Buffer> {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      doc.switchToPage(index);
      const bottom = doc.page.margins.bottom;
      // Below the bottom margin: without this pdfkit would start a new page for the footer.
      doc.page.margins.bottom = 0;
      const y = doc.page.height - bottom + footer.size * 0.8;
      doc.markContent('Artifact', { type: 'Pagination' });
      doc.font(FONT).fontSize(footer.size);
      doc.text(footer.left, doc.page.margins.left, y, { width: this.pageWidth * 0.7, lineBreak: false });
      doc.text(footer.page(index - range.start + 1, range.count), doc.page.margins.left, y, { width: this.pageWidth, align: 'right', lineBreak: false });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
    doc.flushPages();
    this.root.end();
    doc.end();
    return this.done;
  }
}
