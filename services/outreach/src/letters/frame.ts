import type { LetterDocument, LetterRecipient } from '@omsorg/letters';
import { outreachHead, type OutreachSender } from './sender.ts';
import type { OutreachWords } from './words.ts';

/** To whom, from whom, on what day, and where to answer: what every outreach letter is given. */
export type OutreachLetterAddressing = {
  /** The person's language (ISO 639-1, from identity); letters exist in Swedish and Finnish, else Swedish. */
  language: string | null;
  /** Name and postal address lines from identity; no lines prints "Postadress saknas" in the window. */
  recipient: LetterRecipient;
  /** The letter's date, "YYYY-MM-DD" (Stockholm). */
  date: string;
  sender: OutreachSender;
  /** Where one answers, changes or cancels, as printed: invitationWebAddress(). */
  web: string;
};

/** Body type for outreach letters: larger than the 12 pt minimum, for readers of 75 and older. */
const TEXT_SIZE = 13;

/** Everything of an outreach letter but its introduction and sections: language, title, head, closing, date, type size. */
export function outreachFrame(facts: OutreachLetterAddressing, words: OutreachWords, title: string): Omit<LetterDocument, 'introduction' | 'sections'> {
  return {
    lang: words.frame.lang,
    title,
    documentTitle: title,
    head: outreachHead(facts.sender, facts.recipient, words.frame, facts.date),
    closing: words.frame.closing(facts.sender.unit),
    date: facts.date,
    textSize: TEXT_SIZE,
  };
}
