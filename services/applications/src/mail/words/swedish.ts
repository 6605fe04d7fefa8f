import { CONTACT_CENTRE_PHONE } from '../../domain/unit-contacts.ts';
import { writeClockTime, writeDay, writeDayOf } from '../../domain/stockholm-time.ts';
import type { Addressee } from '../addressee.ts';
import type { AppealOutcome, MailWords } from './mail-words.ts';

/* The case mails in Swedish. Plain words; nothing about what the person needs (mail is not a safe channel). */

const day = (isoDay: string) => writeDay(isoDay, 'sv', { weekday: true });

/** The end of every Swedish mail, the provider's order too: greeting, unit, and that no one reads replies. */
export function signed(unit: string): string[] {
  return ['', 'Med vänlig hälsning', unit, '', 'Det här mejlet går inte att svara på.'];
}

/** "din ansökan", or for a representative "ansökan för Signe Andersson". */
function applicationOf(addressee: Addressee): string {
  if (!addressee.representative) return 'din ansökan';
  return addressee.personName ? `ansökan för ${addressee.personName}` : 'ansökan för den du företräder';
}

/** Who receives the help: "dig", or "Signe Andersson". */
function personOf(addressee: Addressee): string {
  if (!addressee.representative) return 'dig';
  return addressee.personName ?? 'den du företräder';
}

const OUTCOME_TEXT: Record<AppealOutcome, string> = {
  CHANGED_ON_RECONSIDERATION: 'Vi har prövat beslutet igen och ändrat det. Det nya beslutet finns under Mina ärenden och kommer med posten.',
  FORWARDED_TO_COURT: 'Vi har prövat beslutet igen men inte ändrat det. Överklagandet är skickat till förvaltningsrätten, som avgör det. Domstolen hör av sig.',
  COURT_UPHELD: 'Förvaltningsrätten har avslagit överklagandet: beslutet gäller som det är. Domen, och hur den kan överklagas, kommer från domstolen.',
  COURT_CHANGED: 'Förvaltningsrätten har ändrat beslutet. Vi hör av oss om vad det innebär. Domen kommer från domstolen.',
  COURT_DISMISSED: 'Förvaltningsrätten har avvisat överklagandet utan att pröva det: beslutet gäller som det är. Domen kommer från domstolen.',
};

export const swedishMails: MailWords = {
  confirmation: ({ addressee, reference, unit, services }) => {
    const own = !addressee.representative;
    const person = addressee.personName ?? 'den du företräder';
    return {
      // The sender's own application in either case: a representative sent it, and the body says for whom.
      subject: `Vi har tagit emot din ansökan ${reference}`,
      lines: [
        'Hej!',
        '',
        `Vi har tagit emot ${applicationOf(addressee)} om bistånd. ${own ? 'Ditt ärendenummer' : 'Ärendenumret'} är ${reference}. Ange det när du kontaktar oss.`,
        '',
        own ? 'Du har ansökt om:' : `Du har ansökt för ${person} om:`,
        ...services.map((service) => `- ${service}`),
        '',
        'Det här händer nu:',
        `1. En biståndshandläggare tar hand om ansökan och kontaktar ${own ? 'dig' : 'er'}.`,
        own
          ? '2. Handläggaren utreder dina behov, ofta vid ett besök hemma hos dig. Du kan ha med en anhörig.'
          : `2. Handläggaren utreder vad ${person} behöver, ofta vid ett besök hemma hos ${person}. Du kan gärna vara med.`,
        // Förvaltningslagen 25 §: communication is owed before a decision that may go against the person, not before every one.
        `3. Om beslutet kan gå ${own ? 'dig' : person} emot får ${own ? 'du' : 'ni'} först läsa utredningen och lämna synpunkter.`,
        '4. Det kommer ett skriftligt beslut för varje insats som är sökt. Beslutet kan överklagas.',
        '',
        'Du kan följa ärendet under Mina ärenden i e-tjänsten.',
        ...signed(unit),
      ],
    };
  },

  decisionMade: ({ addressee, reference, unit, appealDeadline }) => ({
    subject: `Beslut i ärende ${reference}`,
    lines: [
      'Hej!',
      '',
      `Vi har fattat beslut om ${applicationOf(addressee)}, ärende ${reference}.`,
      '',
      'Läs beslutet under Mina ärenden i e-tjänsten. Det kommer också med posten.',
      ...(appealDeadline
        ? [`Om beslutet inte blev som ${addressee.representative ? 'ni' : 'du'} ville kan det överklagas. Överklagandet ska ha kommit in senast ${day(appealDeadline)}.`]
        : []),
      ...signed(unit),
    ],
  }),

  appealReceived: ({ addressee, reference, unit, receivedOn, inTime }) => ({
    subject: `Vi har tagit emot överklagandet, ärende ${reference}`,
    lines: [
      'Hej!',
      '',
      `Vi har tagit emot överklagandet av beslutet om ${applicationOf(addressee)}, ärende ${reference}. Det kom in ${day(receivedOn)}.`,
      inTime ? 'Överklagandet kom in i tid.' : 'Överklagandet kom in efter sista dagen. Förvaltningsrätten avgör om det ändå prövas.',
      '',
      'Först prövar vi beslutet igen. Om vi inte ändrar det som begärs skickar vi överklagandet till förvaltningsrätten, och du får besked om det.',
      ...signed(unit),
    ],
  }),

  appealDecided: ({ addressee, reference, unit, outcome }) => ({
    subject: `Besked om överklagandet, ärende ${reference}`,
    lines: ['Hej!', '', `Det här gäller överklagandet av beslutet om ${applicationOf(addressee)}, ärende ${reference}.`, '', OUTCOME_TEXT[outcome], ...signed(unit)],
  }),

  orderPlaced: ({ addressee, reference, unit, service, providerName, startOn }) => ({
    subject: `${service} är beställd, ärende ${reference}`,
    lines: [
      'Hej!',
      '',
      `Vi har beställt ${service.toLowerCase()} från ${providerName}, som ska ge hjälpen till ${personOf(addressee)}. Det gäller ${applicationOf(addressee)}, ärende ${reference}.`,
      '',
      `Hjälpen ska börja ${day(startOn)}. ${providerName} hör av sig innan dess för att planera hjälpen tillsammans med ${addressee.representative ? 'er' : 'dig'}.`,
      ...signed(unit),
    ],
  }),

  homeVisitInvitation: ({ reference, unit, at, place }) => ({
    subject: `Kallelse till hembesök, ärende ${reference}`,
    lines: [
      'Hej!',
      '',
      `Biståndshandläggaren kommer på besök för att prata om ansökan med ärendenummer ${reference}.`,
      '',
      `När: ${writeDayOf(at, 'sv', { weekday: true })} klockan ${writeClockTime(at)}`,
      `Var: ${place}`,
      '',
      `Du får gärna ha med en anhörig. Om tiden inte passar, ring Stockholms stads kontaktcenter på ${CONTACT_CENTRE_PHONE} och uppge ärendenumret.`,
      ...signed(unit),
    ],
  }),

  investigationCommunicated: ({ reference, unit, responseDueOn }) => ({
    subject: `Utredningen är klar att läsa, ärende ${reference}`,
    lines: [
      'Hej!',
      '',
      `Utredningen i ärende ${reference} är klar. Innan vi fattar beslut får du läsa den och säga vad du tycker.`,
      '',
      'Läs utredningen under Mina ärenden i e-tjänsten. Du får den också med brev.',
      `Lämna dina synpunkter senast ${day(responseDueOn)}.`,
      '',
      'Om du inte har några synpunkter behöver du inte göra något.',
      ...signed(unit),
    ],
  }),
};
