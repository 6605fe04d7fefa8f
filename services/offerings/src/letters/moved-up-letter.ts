import { dayInStockholm, renderDocumentPdf, writeDay, type LetterDocument } from '@omsorg/letters';
import type { SessionNoticeFacts } from '../mail/session-facts.ts';

/** The organiser's letterhead: the unit, at the city's address. */
export const OFFERINGS_LETTER_SENDER = { organisation: 'Stockholms stad', postalAddress: ['Box 4', '129 21 Hägersten'], phone: '08-508 22 000' } as const;

function addressLines(address: string | null | undefined): string[] {
  return (address ?? '')
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The letter to a person moved up from the waiting list who asked to be told by letter: in
 * Swedish, large type (people over 65 read it), printed by the organiser from the attendance page.
 */
export function movedUpLetter(facts: SessionNoticeFacts, printedAt: Date): LetterDocument {
  const date = dayInStockholm(printedAt);
  const lines = addressLines(facts.registration.postalAddress);
  const phone = facts.venuePhone ?? OFFERINGS_LETTER_SENDER.phone;
  const title = 'Du har fått en plats';
  return {
    lang: 'sv-SE',
    title,
    documentTitle: `${title}: ${facts.title}`,
    head: {
      letterhead: { organisation: OFFERINGS_LETTER_SENDER.organisation, unit: facts.organiserUnit, postalAddress: OFFERINGS_LETTER_SENDER.postalAddress, phone, phoneLabel: 'Telefon' },
      recipient: { name: facts.registration.name, addressLines: lines },
      addressMissing: lines.length === 0 ? 'Postadress saknas' : null,
      copyNote: null,
      header: [
        { label: 'Datum', value: writeDay(date) },
        { label: 'Telefon', value: phone },
      ],
      continuation: (page) => `${facts.title}, sida ${page}`,
    },
    introduction: `Du stod i kö till ${facts.title}. En plats blev ledig, och nu är du anmäld.`,
    sections: [
      {
        heading: 'Välkommen',
        lines: [
          { label: 'Vad', value: facts.title },
          { label: 'När', value: facts.when },
          { label: 'Var', value: facts.place },
        ],
      },
    ],
    closing: `Kan du inte komma? Ring ${phone.replace(/ /g, '\u00a0')}, så får någon annan platsen.`,
    date,
    textSize: 14,
  };
}

export function renderMovedUpLetter(facts: SessionNoticeFacts, printedAt: Date = new Date()): Promise<Buffer> {
  return renderDocumentPdf(movedUpLetter(facts, printedAt));
}
