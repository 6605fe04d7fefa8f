import { composeMail, writeDayOf, type OutgoingMail } from '@omsorg/letters';
import { DEFAULT_ANSWER_UNIT } from '../domain/answer-templates.ts';

/*
 * Feedback's mails, in Swedish. The forward's mail says only what the provider needs to open the
 * link: no text of the feedback and nothing about the sender (mail is not a safe channel).
 */

/** The mail to a provider or organisation with the link to the answer page. */
export function forwardMail(facts: { to: string; recipientName: string; referenceNumber: string; unit?: string | null; link: string; expiresAt: Date }): OutgoingMail {
  const unit = facts.unit ?? DEFAULT_ANSWER_UNIT;
  return composeMail(facts.to, 'sv-SE', {
    subject: `Synpunkt att besvara (${facts.referenceNumber})`,
    lines: [
      `Hej ${facts.recipientName}!`,
      '',
      `${unit} har fått en synpunkt som gäller er och vill veta vad ni har gjort.`,
      `Diarienummer: ${facts.referenceNumber}`,
      '',
      'Öppna länken för att läsa synpunkten och svara. Ni kan svara en gång.',
      '',
      facts.link,
      '',
      `Länken fungerar till och med ${writeDayOf(facts.expiresAt)}. Skicka inte vidare länken.`,
      '',
      'Med vänliga hälsningar',
      unit,
      'Stockholms stad',
    ],
  });
}

/** The answer to the sender by e-mail: the text staff wrote, as it stands. */
export function answerMail(facts: { to: string; referenceNumber: string; text: string }): OutgoingMail {
  return composeMail(facts.to, 'sv-SE', { subject: `Svar på din synpunkt (${facts.referenceNumber})`, lines: [facts.text] });
}
