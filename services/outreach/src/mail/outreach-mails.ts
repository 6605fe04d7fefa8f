import { composeMail, type OutgoingMail } from '@omsorg/letters';
import { formatInvitationCode } from '../domain/invitation-code.ts';
import { bookingLines, bookingNotes } from '../letters/booking-text.ts';
import type { InvitationLetterFacts } from '../letters/invitation-letter.ts';
import type { OutreachSender } from '../letters/sender.ts';
import { outreachWords, type BookingChange, type BookingFacts, type OutreachWords } from '../letters/words.ts';

/*
 * Outreach's mails, in the person's language (Swedish when mails do not exist in it), with the
 * language's tag for the Content-Language header. They say what the letters say, in the same
 * words (letters/words), and nothing about the person's health: mail is not a safe channel.
 * They are OutgoingMail, ready for a mail queue (deliverMail in @omsorg/letters).
 */

/** Whom a mail goes to and how it is signed. */
export type MailAddressing = {
  to: string;
  /** The person's name, as identity has it. */
  name: string;
  /** ISO 639-1, from identity. */
  language: string | null;
  sender: OutreachSender;
  /** Where one answers, changes or cancels: invitationWebAddress(). */
  web: string;
};

function mail(addressing: MailAddressing, write: (words: OutreachWords) => { subject: string; lines: string[] }): OutgoingMail {
  const words = outreachWords(addressing.language);
  return composeMail(addressing.to, words.frame.lang, write(words));
}

const labelled = (lines: Array<{ label: string; value: string }>) => lines.map((line) => `${line.label}: ${line.value}`);

/** The invitation (or the reminder) by mail, where an address is known: the code, the web address, the phone. */
export function invitationMail(addressing: MailAddressing, facts: Pick<InvitationLetterFacts, 'kind' | 'code' | 'age'>): OutgoingMail {
  return mail(addressing, (words) => {
    const { invitation } = words;
    const reminder = facts.kind === 'REMINDER';
    return {
      subject: reminder ? words.mail.reminderSubject : words.mail.invitationSubject,
      lines: [
        invitation.greeting(addressing.name),
        '',
        reminder ? invitation.reminderIntroduction : invitation.introduction(facts.age),
        '',
        `${invitation.codeLabel}: ${formatInvitationCode(facts.code)}`,
        `${invitation.web}: ${addressing.web}`,
        `${invitation.phone}: ${addressing.sender.phone}`,
        '',
        ...invitation.how,
        invitation.decline,
        ...(reminder ? [invitation.alreadyAnswered] : []),
        '',
        invitation.whatHeading,
        ...invitation.what,
        ...words.mail.signed(addressing.sender.unit),
      ],
    };
  });
}

/** A booking confirmed, moved or cancelled, by mail: the time written out in Stockholm time, the place, how to change. */
export function bookingMail(addressing: MailAddressing, facts: { change: BookingChange; booking: BookingFacts; previousAt?: Date | null }): OutgoingMail {
  return mail(addressing, (words) => {
    const { booking } = words;
    const cancelled = facts.change === 'CANCELLED';
    const contact = { web: addressing.web, phone: addressing.sender.phone };
    return {
      subject: words.mail.bookingSubjects[facts.change],
      lines: [
        words.invitation.greeting(addressing.name),
        '',
        booking.introductions[facts.change],
        '',
        ...labelled(bookingLines(words, facts.booking, facts.change === 'RESCHEDULED' ? (facts.previousAt ?? null) : null)),
        ...spaced(bookingNotes(words, facts.booking, facts.change)),
        '',
        cancelled ? booking.newTimeHeading : booking.changeHeading,
        ...(cancelled ? booking.newTime(contact) : booking.change(contact)),
        ...words.mail.signed(addressing.sender.unit),
      ],
    };
  });
}

/** The reminder the day before: when, how, where, and how to change or cancel. */
export function dayBeforeReminderMail(addressing: MailAddressing, booking: BookingFacts): OutgoingMail {
  return mail(addressing, (words) => ({
    subject: words.mail.dayBeforeSubject,
    lines: [
      words.invitation.greeting(addressing.name),
      '',
      words.mail.dayBeforeIntroduction,
      '',
      ...labelled(bookingLines(words, booking)),
      ...spaced(bookingNotes(words, booking, 'CONFIRMED')),
      '',
      words.booking.changeHeading,
      ...words.booking.change({ web: addressing.web, phone: addressing.sender.phone }),
      ...words.mail.signed(addressing.sender.unit),
    ],
  }));
}

function spaced(lines: string[]): string[] {
  return lines.length ? ['', ...lines] : [];
}
