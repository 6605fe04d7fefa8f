import { renderDocumentPdf, type LetterDocument, type LetterRecipient, type RenderOptions } from '@omsorg/letters';
import { bookingLines, bookingNotes } from './booking-text.ts';
import { outreachHead, unbroken, type OutreachSender } from './sender.ts';
import { outreachWords, type BookingChange, type BookingFacts } from './words.ts';

/** A letter about a booked health conversation: confirmed, moved to a new time, or cancelled. */
export type BookingLetterFacts = {
  change: BookingChange;
  booking: BookingFacts;
  /** The time it had before, for a rescheduled booking. */
  previousAt?: Date | null;
  /** The person's language (ISO 639-1); Swedish when letters do not exist in it. */
  language: string | null;
  recipient: LetterRecipient;
  /** The letter's date, "YYYY-MM-DD" (Stockholm). */
  date: string;
  sender: OutreachSender;
  /** Where one changes or cancels, as printed: invitationWebAddress(). */
  web: string;
};

/** The letter as a document: the time and place, then how to change or cancel (code and birth date, or the phone). */
export function buildBookingLetter(facts: BookingLetterFacts): LetterDocument {
  const words = outreachWords(facts.language);
  const { booking } = words;
  const contact = { web: facts.web, phone: unbroken(facts.sender.phone) };
  const title = booking.titles[facts.change];
  const cancelled = facts.change === 'CANCELLED';
  return {
    lang: words.frame.lang,
    title,
    documentTitle: title,
    head: outreachHead(facts.sender, facts.recipient, words.frame, facts.date),
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
    closing: words.frame.closing(facts.sender.unit),
    date: facts.date,
    textSize: 13,
  };
}

/** The booking letter as a tagged PDF for the post or for download. */
export function renderBookingLetter(facts: BookingLetterFacts, options: RenderOptions = {}): Promise<Buffer> {
  return renderDocumentPdf(buildBookingLetter(facts), options);
}
