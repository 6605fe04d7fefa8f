import type { Writable } from 'node:stream';
import { renderLettersPdf, type LetterDocument, type RenderOptions } from '@omsorg/letters';
import { formatInvitationCode } from '../domain/invitation-code.ts';
import { outreachFrame, type OutreachLetterAddressing } from './frame.ts';
import { unbroken } from './sender.ts';
import { outreachWords } from './words.ts';

/** One person's invitation (or reminder) letter: everything it says comes from here. */
export type InvitationLetterFacts = OutreachLetterAddressing & {
  /** The first letter, or the reminder to those who have not answered. */
  kind: 'INVITATION' | 'REMINDER';
  /** The invitation code in canonical form (12 signs); printed in groups of four. */
  code: string;
  /** The age the person reaches this year, when the campaign is about it ("Du fyller 75 år i år"). */
  age: number | null;
};

/** The letter as a document for the renderer: body type 13 pt, the code large in a frame. */
export function buildInvitationLetter(facts: InvitationLetterFacts): LetterDocument {
  const words = outreachWords(facts.language);
  const { invitation } = words;
  const reminder = facts.kind === 'REMINDER';
  const phone = unbroken(facts.sender.phone);
  const title = reminder ? invitation.reminderTitle : invitation.title;
  return {
    ...outreachFrame(facts, words, title),
    introduction: `${invitation.greeting(facts.recipient.name)} ${reminder ? invitation.reminderIntroduction : invitation.introduction(facts.age)}`,
    sections: [
      {
        heading: invitation.howHeading,
        callout: { label: invitation.codeLabel, value: formatInvitationCode(facts.code) },
        lines: [
          { label: invitation.web, value: facts.web },
          { label: invitation.phone, value: phone },
        ],
        paragraphs: [...invitation.how, invitation.decline, ...(reminder ? [invitation.alreadyAnswered] : [])].map((text) => ({ text })),
      },
      { heading: invitation.whatHeading, paragraphs: invitation.what.map((text) => ({ text })) },
    ],
  };
}

export type InvitationBatchOptions = RenderOptions & {
  /** Called every 200 letters and at the end: letters rendered, letters in all. */
  onProgress?: (done: number, total: number) => void;
};

/**
 * Writes ONE print-ready PDF for a whole cohort to `output`: each letter from the top of a new
 * page, the address in the window position, in the person's language. Each letter's content is
 * built only when it is drawn, and the file streams out as it grows. Resolves when the file is
 * written.
 */
export async function renderInvitationLetters(output: Writable, letters: readonly InvitationLetterFacts[], options: InvitationBatchOptions = {}): Promise<void> {
  const first = letters[0];
  if (!first) throw new Error('A print file needs at least one letter');
  const words = outreachWords(first.language);
  const title = first.kind === 'REMINDER' ? words.invitation.reminderTitle : words.invitation.title;
  function* documents() {
    for (const facts of letters) yield buildInvitationLetter(facts);
  }
  await renderLettersPdf(output, documents(), letters.length, {
    ...options,
    info: { title, author: first.sender.unit, lang: words.frame.lang, date: first.date },
  });
}

