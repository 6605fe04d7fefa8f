import { renderDocumentPdf, type LetterDocument, type RenderOptions } from '@omsorg/letters';
import { bookingLines, bookingNotes } from './booking-text.ts';
import { outreachFrame, type OutreachLetterAddressing } from './frame.ts';
import { unbroken } from './sender.ts';
import { outreachWords, type BookingChange, type BookingFacts } from './words.ts';

/** A letter about a booked health conversation: confirmed, moved to a new time, or cancelled. */
export type BookingLetterFacts = OutreachLetterAddressing & {
  change: BookingChange;
  booking: BookingFacts;
  /** The time it had before, for a rescheduled booking. */
  previousAt?: Date | null;
};

/** The letter as a document: the time and place, then how to change or cancel (code and birth date, or the phone). */
export function buildBookingLetter(facts: BookingLetterFacts): LetterDocument {
  const words = outreachWords(facts.language);
  const { booking } = words;
  const contact = { web: facts.web, phone: unbroken(facts.sender.phone) };
  const title = booking.titles[facts.change];
  const cancelled = facts.change === 'CANCELLED';
  return {
    ...outreachFrame(facts, words, title),
    introduction: `${words.invitation.greeting(facts.recipient.name)} ${booking.introductions[facts.change]}`,
    sections: [
      {
        heading: booking.heading[facts.change],
        lines: bookingLines(words, facts.booking, facts.change === 'RESCHEDULED' ? (facts.previousAt ?? null) : null),
        paragraphs: bookingNotes(words, facts.booking, facts.change).map((text) => ({ text })),
      },
      {
        heading: cancelled ? booking.newTimeHeading : booking.changeHeading,
        paragraphs: (cancelled ? booking.newTime(contact) : booking.change(contact)).map((text) => ({ text })),
      },
    ],
  };
}

/** The booking letter as a tagged PDF for the post or for download. */
export function renderBookingLetter(facts: BookingLetterFacts, options: RenderOptions = {}): Promise<Buffer> {
  return renderDocumentPdf(buildBookingLetter(facts), options);
}
