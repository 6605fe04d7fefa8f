import type { LetterHead, LetterRecipient } from '@omsorg/letters';

/**
 * Who sends outreach letters and answers the phone about them: the district's outreach team
 * ("Uppsökande verksamhet"). The caller passes it per letter (a campaign belongs to a district);
 * DEFAULT_OUTREACH_SENDER is the team letters come from when nothing else is known.
 */
export type OutreachSender = {
  organisation: string;
  unit: string;
  postalAddress: readonly string[];
  /** The number printed for those who would rather phone than use the web. */
  phone: string;
};

export const DEFAULT_OUTREACH_SENDER: OutreachSender = {
  organisation: 'Stockholms stad',
  unit: 'Uppsökande verksamhet för äldre, Hägersten-Älvsjö',
  postalAddress: ['Box 4', '129 21 Hägersten'],
  phone: '08-508 22 000',
};

/** The citizen portal's page where an invitation is answered with code and birth date. */
export const INVITATION_PATH = '/inbjudan';

/**
 * The web address printed on letters and in mails: `CITIZEN_PORTAL_URL` (the gateway's setting
 * for the citizen portal; http://localhost:8080 in development) plus /inbjudan. Printed without
 * "https://" and a trailing slash, which a person need not type.
 */
export function invitationWebAddress(env: Record<string, string | undefined> = process.env): string {
  const base = (env.CITIZEN_PORTAL_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
  return `${base}${INVITATION_PATH}`.replace(/^https?:\/\//, '');
}

/** A phone number inside running text, with no-break spaces so it never splits over two lines. */
export function unbroken(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}

/** The words of the frame in one language: the head's labels, the missing address, page, closing. */
export type FrameWords = {
  lang: string;
  date: string;
  phone: string;
  addressMissing: string;
  page: (page: number) => string;
  formatDate: (isoDay: string) => string;
  closing: (unit: string) => string;
};

/**
 * The head of an outreach letter: the team's letterhead, the recipient in the window ("Postadress
 * saknas" under the name when no address is known), the date and the phone beside it. A page that
 * comes loose says whose it is: "Birgitta Ek, sida 2".
 */
export function outreachHead(sender: OutreachSender, recipient: LetterRecipient, words: FrameWords, date: string): LetterHead {
  return {
    letterhead: { organisation: sender.organisation, unit: sender.unit, postalAddress: sender.postalAddress, phone: sender.phone, phoneLabel: words.phone },
    recipient,
    addressMissing: recipient.addressLines.length === 0 ? words.addressMissing : null,
    copyNote: null,
    header: [
      { label: words.date, value: words.formatDate(date) },
      { label: words.phone, value: sender.phone },
    ],
    continuation: (page) => `${recipient.name}, ${words.page(page)}`,
  };
}
