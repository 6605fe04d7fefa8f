import { unitContact } from '../domain/unit-contacts.ts';
import type { LetterLine } from './letter-content.ts';
import type { LetterFrame } from './templates.ts';

/** A name and postal address, as printed in the envelope's window. */
export type LetterRecipient = { name: string; addressLines: string[] };

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

/** What the renderer puts above the title: letterhead, window address and the reference column. */
export type LetterHead = {
  letterhead: { organisation: string; unit: string; postalAddress: readonly string[]; phone: string; phoneLabel: string };
  recipient: LetterRecipient | null;
  /** "Postadress saknas", under the recipient's name when no postal address is known: not fit for the post as it is. */
  addressMissing: string | null;
  /** "Kopia till Erik Andersson", printed above the title of a representative's copy. */
  copyNote: string | null;
  /** The column beside the window: date, reference, whose case, caseworker and phone. */
  header: LetterLine[];
  /** The line atop every later page, so a page that comes loose is known: "ANS-2026-000042, sida 2". */
  continuation: (page: number) => string;
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
