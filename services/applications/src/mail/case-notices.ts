import { writeClockTime, writeDay, writeDayOf } from '../domain/stockholm-time.ts';
import type { OutgoingMail } from './mailer.ts';

function signed(unit: string): string[] {
  return ['', 'Med vänlig hälsning', unit, '', 'Det här mejlet går inte att svara på.'];
}

/**
 * The invitation to the home visit. Time and place only; what the visit is about stays in the
 * case, since mail is not a safe channel.
 */
export function homeVisitInvitationMail(facts: { to: string; reference: string; at: Date; place: string; unit: string }): OutgoingMail {
  return {
    to: facts.to,
    subject: `Kallelse till hembesök, ärende ${facts.reference}`,
    text: [
      'Hej!',
      '',
      `Biståndshandläggaren kommer på besök för att prata om ansökan med ärendenummer ${facts.reference}.`,
      '',
      `När: ${writeDayOf(facts.at, 'sv', { weekday: true })} klockan ${writeClockTime(facts.at)}`,
      `Var: ${facts.place}`,
      '',
      'Du får gärna ha med en anhörig. Om tiden inte passar, ring Stockholms stads kontaktcenter på 08-508 00 508 och uppge ärendenumret.',
      ...signed(facts.unit),
    ].join('\n'),
  };
}

/** Tells the applicant that the investigation is ready to read and respond to, and by when. */
export function investigationCommunicatedMail(facts: { to: string; reference: string; responseDueOn: string; unit: string }): OutgoingMail {
  const due = writeDay(facts.responseDueOn, 'sv', { weekday: true });
  return {
    to: facts.to,
    subject: `Utredningen är klar att läsa, ärende ${facts.reference}`,
    text: [
      'Hej!',
      '',
      `Utredningen i ärende ${facts.reference} är klar. Innan vi fattar beslut får du läsa den och säga vad du tycker.`,
      '',
      'Läs utredningen under Mina ärenden i e-tjänsten. Du får den också med brev.',
      `Lämna dina synpunkter senast ${due}.`,
      '',
      'Om du inte har några synpunkter behöver du inte göra något.',
      ...signed(facts.unit),
    ].join('\n'),
  };
}
