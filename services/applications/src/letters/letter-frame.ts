import type { LetterHead, LetterLine, LetterRecipient } from '@omsorg/letters';
import { unitContact } from '../domain/unit-contacts.ts';
import type { LetterFrame } from './templates.ts';

/** The head's and the recipient's shapes are shared with the other services' letters (@omsorg/letters). */
export type { LetterHead, LetterRecipient };

/** Who sends a letter, to whom, and who answers questions about it: the same for every letter of a case. */
export type LetterAddressing = {
  unit: string;
  reference: string | null;
  /** Null when the letter is read on screen by the person themself and no address is known. */
  recipient: LetterRecipient | null;
  /** A representative's copy: it says "Kopia till <recipient>" and, when the case knows it, whose case it is. */
  copy: boolean;
  /** On a copy: the name of the person whose case it is, as the case has it (never the caller's text); null when unknown. */
  concerning: string | null;
  /** The case's caseworker (the assignee), with their direct phone when identity has one. */
  caseworker: { name: string; phone: string | null } | null;
};

/** The head of a letter dated `date` ("YYYY-MM-DD") in the frame's language. */
function letterHead(addressing: LetterAddressing, frame: LetterFrame, date: string): LetterHead {
  const { labels } = frame;
  const contact = unitContact(addressing.unit);
  const copy = addressing.copy && addressing.recipient !== null;
  const header: LetterLine[] = [
    { label: labels.date, value: frame.formatDate(date) },
    ...(addressing.reference ? [{ label: labels.reference, value: addressing.reference }] : []),
    ...(copy && addressing.concerning ? [{ label: labels.concerning, value: addressing.concerning }] : []),
    ...(addressing.caseworker ? [{ label: labels.caseworker, value: addressing.caseworker.name }] : []),
    ...(addressing.caseworker?.phone ? [{ label: labels.directPhone, value: addressing.caseworker.phone }] : []),
  ];
  return {
    letterhead: { organisation: contact.organisation, unit: addressing.unit, postalAddress: contact.postalAddress, phone: contact.phone, phoneLabel: labels.phone },
    recipient: addressing.recipient,
    addressMissing: addressing.recipient && addressing.recipient.addressLines.length === 0 ? frame.addressMissing : null,
    copyNote: copy ? frame.copyTo(addressing.recipient!.name) : null,
    header,
    continuation: (page) => [addressing.reference, frame.page(page)].filter(Boolean).join(', '),
  };
}

/**
 * What every letter document takes from its frame and addressing: language, title, the PDF's
 * title with the reference ("Beslut om bistånd, ANS-2026-000123"), head, closing and date.
 */
export function framedLetter(addressing: LetterAddressing, frame: LetterFrame, title: string, date: string) {
  return {
    lang: frame.lang,
    title,
    documentTitle: addressing.reference ? `${title}, ${addressing.reference}` : title,
    head: letterHead(addressing, frame, date),
    closing: frame.closing(addressing.unit),
    date,
  };
}

/** The number a letter's running text gives for questions: the caseworker's direct phone, else the unit's. */
export function answeringPhone(addressing: LetterAddressing): string {
  return unbroken(addressing.caseworker?.phone ?? unitContact(addressing.unit).phone);
}

/** A phone number inside running text, with no-break spaces so it never splits over two lines. */
function unbroken(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}
