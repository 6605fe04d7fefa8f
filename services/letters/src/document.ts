/* What a letter for the post is made of, in any service: the renderer (render-pdf.ts) lays it out. */

/** A name and postal address, as printed in the envelope's window. */
export type LetterRecipient = { name: string; addressLines: string[] };

/** A label and its value: "Datum: 4 december 2026". */
export type LetterLine = { label: string; value: string };

/** What the renderer puts above the title: letterhead, window address and the reference column. */
export type LetterHead = {
  letterhead: { organisation: string; unit: string; postalAddress: readonly string[]; phone: string; phoneLabel: string };
  recipient: LetterRecipient | null;
  /** "Postadress saknas", under the recipient's name when no postal address is known: not fit for the post as it is. */
  addressMissing: string | null;
  /** "Kopia till Erik Andersson", printed above the reference column of a representative's copy. */
  copyNote: string | null;
  /** The column beside the window: date, reference, whose case, caseworker and phone. */
  header: LetterLine[];
  /** The line atop every later page, so a page that comes loose is known: "ANS-2026-000042, sida 2". */
  continuation: (page: number) => string;
};

/**
 * A section of a letter: a heading, then label–value lines, then paragraphs. `callout` is one
 * value printed large in a frame before the lines (an invitation code a person must copy).
 */
export type LetterSection = {
  heading: string;
  callout?: LetterLine;
  lines?: LetterLine[];
  paragraphs?: Array<{ label?: string; text: string }>;
};

/** Any letter: a head (letterhead, window address, reference column), a title, an introduction, sections, a closing. */
export type LetterDocument = {
  /** BCP 47 tag, the PDF's /Lang. */
  lang: string;
  title: string;
  documentTitle: string;
  head: LetterHead;
  introduction: string;
  sections: LetterSection[];
  closing: string;
  /** The letter's date, "YYYY-MM-DD". */
  date: string;
  /** The running text's size in points: 12 unless the letter asks for larger type. */
  textSize?: number;
};
