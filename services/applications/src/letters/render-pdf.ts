import { renderDocumentPdf, type LetterDocument, type RenderOptions } from '@omsorg/letters';
import type { LetterContent } from './letter-content.ts';

/** The renderer and its document shape are shared with the other services' letters (@omsorg/letters). */
export { renderDocumentPdf, type LetterDocument, type RenderOptions };

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

/**
 * Renders the decision letter as a tagged PDF (headings, paragraphs and language marked, so
 * screen readers can read it) on A4 with the standard fonts, laid out for a window envelope.
 */
export function renderLetterPdf(content: LetterContent, options: RenderOptions = {}): Promise<Buffer> {
  return renderDocumentPdf(decisionLetterDocument(content), options);
}
