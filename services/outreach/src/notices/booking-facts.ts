import type { LetterRecipient } from '@omsorg/letters';
import { residentName } from '../domain/resident-name.ts';
import type { Booking } from '../entities/booking.ts';
import type { Resident } from '../entities/resident.ts';
import type { Slot } from '../entities/slot.ts';
import type { MailAddressing } from '../mail/outreach-mails.ts';
import { DEFAULT_OUTREACH_SENDER, invitationWebAddress, type OutreachSender } from '../letters/sender.ts';
import { outreachLanguageOf, type BookingFacts } from '../letters/words.ts';

/**
 * The unit whose staff print a letter about a booking made outside a campaign (the development
 * district's outreach unit); a booking of a campaign goes to the campaign's unit.
 */
export const FALLBACK_LETTER_UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';

const languageNames = new Map<string, Intl.DisplayNames>();

/** "finska" for "fi" in a Swedish letter, "suomi" in a Finnish one; the code itself when unknown. */
export function interpreterLanguageName(code: string, letterLanguage: string): string {
  let names = languageNames.get(letterLanguage);
  if (!names) languageNames.set(letterLanguage, (names = new Intl.DisplayNames([letterLanguage], { type: 'language' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Where and when, as the letters, mails and calendar files tell it. */
export function bookingFactsOf(booking: Booking, slot: Slot, resident: Resident | null): BookingFacts {
  const language = outreachLanguageOf(resident?.preferredLanguage);
  return {
    at: slot.startsAt,
    kind: slot.kind,
    placeName: slot.placeName ?? null,
    // At home the address is the person's own.
    placeAddress: slot.kind === 'HOME' && resident ? (homeAddress(resident) ?? slot.placeAddress ?? null) : (slot.placeAddress ?? null),
    workerName: null,
    interpreter: booking.interpreterLanguage ? interpreterLanguageName(booking.interpreterLanguage, language) : null,
  };
}

function homeAddress(resident: Resident): string | null {
  if (!resident.streetAddress) return null;
  return [resident.streetAddress, [resident.postalCode, resident.postalTown].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}


/** The window envelope's lines: street, then postal code and town; none when identity has no address. */
export function recipientOf(resident: Resident): LetterRecipient {
  const town = [resident.postalCode, resident.postalTown].filter(Boolean).join(' ');
  const lines = resident.streetAddress && town ? [resident.streetAddress, town] : [];
  return { name: residentName(resident), addressLines: lines };
}

export function mailAddressing(resident: Resident & { email: string }, sender: OutreachSender = DEFAULT_OUTREACH_SENDER): MailAddressing {
  return { to: resident.email, name: residentName(resident), language: resident.preferredLanguage, sender, web: invitationWebAddress() };
}
