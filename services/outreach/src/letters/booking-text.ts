import type { LetterLine } from '@omsorg/letters';
import type { BookingChange, BookingFacts, OutreachWords } from './words.ts';

/** When, how, where and with whom: the same lines in the letter and the mail. */
export function bookingLines(words: OutreachWords, booking: BookingFacts, previousAt: Date | null = null): LetterLine[] {
  const { labels } = words.booking;
  const place = booking.kind === 'MEETING_PLACE' || booking.kind === 'HEALTH_CENTRE';
  return [
    { label: labels.when, value: words.when(booking.at) },
    { label: labels.kind, value: words.meetingKinds[booking.kind] },
    ...(place && booking.placeName ? [{ label: labels.place, value: booking.placeName }] : []),
    ...(booking.placeAddress && booking.kind !== 'PHONE' && booking.kind !== 'VIDEO' ? [{ label: labels.address, value: booking.placeAddress }] : []),
    ...(booking.workerName ? [{ label: labels.worker, value: booking.workerName }] : []),
    // Last, and said to be void, so no one takes the old time for the new one.
    ...(previousAt ? [{ label: labels.previous, value: words.when(previousAt) }] : []),
  ];
}

/** What to know beside the time: who comes to whom, the interpreter, a relative. Nothing for a cancelled booking. */
export function bookingNotes(words: OutreachWords, booking: BookingFacts, change: BookingChange): string[] {
  if (change === 'CANCELLED') return [];
  const { booking: text } = words;
  return [
    ...(booking.kind === 'HOME' ? [text.atHome] : []),
    ...(booking.kind === 'PHONE' ? [text.byPhone] : []),
    ...(booking.interpreter ? [text.interpreter(booking.interpreter)] : []),
    text.relative,
  ];
}
