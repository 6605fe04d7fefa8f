import type { EntityManager } from '@mikro-orm/postgresql';
import { PDFDocument } from 'pdf-lib';
import { OutgoingLetter } from '../entities/outgoing-letter.ts';
import { letterContents } from './store.ts';

/** At most this many letters go into one print file; "Skriv ut alla" again prints the rest. */
export const MAX_LETTERS_PER_PRINT = 500;

/**
 * The unprinted letters of a unit made at or before `upTo`, oldest first, at most
 * MAX_LETTERS_PER_PRINT: the print route and the mutation that marks them printed pick the same.
 */
export function lettersToPrint(em: EntityManager, unit: string, upTo: Date): Promise<OutgoingLetter[]> {
  return em.find(
    OutgoingLetter,
    { unit, printedAt: null, createdAt: { $lte: upTo } },
    { orderBy: { createdAt: 'asc', id: 'asc' }, limit: MAX_LETTERS_PER_PRINT },
  );
}

/** The letters' PDFs one after another in one file, each letter starting on its own sheet as it was rendered. */
export async function combineLetters(em: EntityManager, letters: readonly OutgoingLetter[]): Promise<Buffer> {
  const contents = await letterContents(em, letters);
  const combined = await PDFDocument.create();
  combined.setTitle('Brev att skicka');
  combined.setLanguage('sv-SE');
  for (const letter of letters) {
    const content = contents.get(letter.id);
    if (!content) throw new Error(`outgoing letter ${letter.id} has no content`);
    const source = await PDFDocument.load(content);
    const pages = await combined.copyPages(source, source.getPageIndices());
    for (const page of pages) combined.addPage(page);
  }
  return Buffer.from(await combined.save());
}

/** Marks the letters printed now; returns how many were not yet. */
export async function markPrinted(em: EntityManager, unit: string, upTo: Date, now: Date = new Date()): Promise<number> {
  return em.transactional(async (tx) => {
    const letters = await lettersToPrint(tx, unit, upTo);
    if (!letters.length) return 0;
    return tx.nativeUpdate(OutgoingLetter, { id: { $in: letters.map((letter) => letter.id) }, printedAt: null }, { printedAt: now });
  });
}
