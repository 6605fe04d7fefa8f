import { dayInStockholm, renderDocumentPdf, writeDay, type LetterDocument } from '@omsorg/letters';
import { DEFAULT_ANSWER_UNIT } from '../domain/answer-templates.ts';

/** Who answers feedback by letter and takes calls about it: the unit, at the city's address. */
export const FEEDBACK_LETTER_SENDER = {
  organisation: 'Stockholms stad',
  postalAddress: ['Box 4', '129 21 Hägersten'],
  phone: '08-508 22 000',
} as const;

export type AnswerLetterFacts = {
  referenceNumber: string;
  unit?: string | null;
  contactName?: string | null;
  /** The postal address as the sender wrote it: lines split at line breaks or commas. */
  contactAddress?: string | null;
  text: string;
  sentAt: Date;
};

/** The window's address lines from an address written on one line ("Storgatan 1, 123 45 Stad") or several. */
export function addressLines(address: string | null | undefined): string[] {
  return (address ?? '')
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The answer to the sender as a letter: the unit's letterhead, the sender's address in the window, the date in Stockholm time and the reference number beside it, the text as staff wrote it. */
export function answerLetter(facts: AnswerLetterFacts): LetterDocument {
  const unit = facts.unit ?? DEFAULT_ANSWER_UNIT;
  const date = dayInStockholm(facts.sentAt);
  const name = facts.contactName ?? '';
  const lines = addressLines(facts.contactAddress);
  const title = 'Svar på din synpunkt';
  return {
    lang: 'sv-SE',
    title,
    documentTitle: `${title} ${facts.referenceNumber}`,
    head: {
      letterhead: { organisation: FEEDBACK_LETTER_SENDER.organisation, unit, postalAddress: FEEDBACK_LETTER_SENDER.postalAddress, phone: FEEDBACK_LETTER_SENDER.phone, phoneLabel: 'Telefon' },
      recipient: { name, addressLines: lines },
      addressMissing: lines.length === 0 ? 'Postadress saknas' : null,
      copyNote: null,
      header: [
        { label: 'Datum', value: writeDay(date) },
        { label: 'Diarienummer', value: facts.referenceNumber },
        { label: 'Telefon', value: FEEDBACK_LETTER_SENDER.phone },
      ],
      continuation: (page) => `${facts.referenceNumber}, sida ${page}`,
    },
    introduction: facts.text,
    sections: [],
    closing: `Har du frågor? Ring ${FEEDBACK_LETTER_SENDER.phone.replace(/ /g, '\u00a0')} och uppge diarienummer ${facts.referenceNumber}.`,
    date,
  };
}

export function renderAnswerLetter(facts: AnswerLetterFacts, options: { compress?: boolean } = {}): Promise<Buffer> {
  return renderDocumentPdf(answerLetter(facts), options);
}
