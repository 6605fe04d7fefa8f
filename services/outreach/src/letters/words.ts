import type { FrameWords } from './sender.ts';
import { englishWords } from './words/english.ts';
import { finnishWords } from './words/finnish.ts';
import { swedishWords } from './words/swedish.ts';

/** How a health conversation is held. */
export type MeetingKind = 'MEETING_PLACE' | 'HEALTH_CENTRE' | 'HOME' | 'PHONE' | 'VIDEO';
export const MEETING_KINDS: readonly MeetingKind[] = ['MEETING_PLACE', 'HEALTH_CENTRE', 'HOME', 'PHONE', 'VIDEO'];

/** What happened to a booking, which its letter or mail tells. */
export type BookingChange = 'CONFIRMED' | 'RESCHEDULED' | 'CANCELLED';

/** Where and when a conversation is, as letters and mails tell it. */
export type BookingFacts = {
  at: Date;
  kind: MeetingKind;
  /** "Träffpunkt Hägersten"; null at home or by phone. */
  placeName: string | null;
  /** "Hägerstensvägen 110, Hägersten"; null when the kind needs none. */
  placeAddress: string | null;
  /** The äldrelots's name, when known. */
  workerName: string | null;
  /** The language of the interpreter who is booked, in the letter's language ("finska"); null when none. */
  interpreter: string | null;
};

/** How to reach the page and the phone: every letter and mail says both. */
export type Contact = { web: string; phone: string };

/**
 * Every word of outreach's letters and mails in one language. Adding a language means adding
 * one object (see words/swedish.ts); the builders stay as they are. Plain language, short
 * sentences: the readers are 75 and older.
 */
export type OutreachWords = {
  frame: FrameWords;
  /** Day and time in Stockholm written out: "tisdag 12 januari 2027 klockan 10.00". */
  when: (at: Date) => string;
  meetingKinds: Record<MeetingKind, string>;
  invitation: {
    title: string;
    reminderTitle: string;
    greeting: (name: string) => string;
    introduction: (age: number | null) => string;
    reminderIntroduction: string;
    whatHeading: string;
    what: string[];
    howHeading: string;
    codeLabel: string;
    /** Labels of the two ways to answer, beside the web address and the phone number. */
    web: string;
    phone: string;
    how: string[];
    decline: string;
    alreadyAnswered: string;
  };
  booking: {
    titles: Record<BookingChange, string>;
    introductions: Record<BookingChange, string>;
    heading: Record<BookingChange, string>;
    labels: { when: string; kind: string; place: string; address: string; worker: string; previous: string };
    /** At home or by phone, said instead of a place. */
    atHome: string;
    byPhone: string;
    interpreter: (language: string) => string;
    relative: string;
    changeHeading: string;
    change: (contact: Contact) => string[];
    newTimeHeading: string;
    newTime: (contact: Contact) => string[];
  };
  /** The calendar file's title. */
  calendarSummary: string;
  mail: {
    signed: (unit: string) => string[];
    invitationSubject: string;
    reminderSubject: string;
    bookingSubjects: Record<BookingChange, string>;
    dayBeforeSubject: string;
    dayBeforeIntroduction: string;
  };
};

/** Letters and mails exist in these languages; Swedish first. Arabic (which needs an embedded font) falls back to Swedish. */
export const OUTREACH_WORDS = { sv: swedishWords, fi: finnishWords, en: englishWords } as const;
export type OutreachLanguage = keyof typeof OUTREACH_WORDS;

/** The letter's language for a person's language (ISO 639-1): theirs when letters exist in it, else Swedish. */
export function outreachLanguageOf(language: string | null | undefined): OutreachLanguage {
  return language && Object.hasOwn(OUTREACH_WORDS, language) ? (language as OutreachLanguage) : 'sv';
}

export function outreachWords(language: string | null | undefined): OutreachWords {
  return OUTREACH_WORDS[outreachLanguageOf(language)];
}
