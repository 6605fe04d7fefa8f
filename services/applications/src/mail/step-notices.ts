import type { ServiceType } from '../domain/service-types.ts';
import { writeDay } from '../domain/stockholm-time.ts';
import { letterTemplate } from '../letters/templates.ts';
import type { OutgoingMail } from './mailer.ts';

/*
 * Mails at each step of a case after the application (decision, appeal, order), and the order to
 * the provider. Mail is not a safe channel: the applicant's mails say that something happened and
 * where to read it, never what the person needs; only the provider's order carries what the
 * provider needs to start.
 */

const languageNames = new Intl.DisplayNames(['sv'], { type: 'language' });

/** A YYYY-MM-DD day as "måndag 7 december 2026". */
export function spokenDay(day: string): string {
  return writeDay(day, 'sv', { weekday: true });
}

/** The language's name in Swedish ("finska"), or the code when it has none. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function serviceName(type: ServiceType): string {
  return letterTemplate('sv').serviceNames[type];
}

/**
 * Whom a mail about the case goes to: the address given on the application, and whether that is
 * a representative writing for someone else, whose name (when known) the mail then gives. A
 * representative who asked us to contact the person gave the person's address: the mail is then
 * written to the person ("din ansökan").
 */
export type Addressee = { to: string; representative: boolean; personName: string | null };

/** The facts about an application that decide its addressee. */
export type AddresseeFacts = {
  applicantId: string;
  submittedById?: string | null;
  applicantName?: string | null;
  answers: { contact: { email: string; whom?: 'APPLICANT' | 'REPRESENTATIVE' | null } };
};

export function addresseeOf(application: AddresseeFacts): Addressee | null {
  const to = application.answers.contact.email.trim();
  if (!to) return null;
  const representative = !!application.submittedById && application.submittedById !== application.applicantId && application.answers.contact.whom !== 'APPLICANT';
  return { to, representative, personName: application.applicantName?.trim() || null };
}

/** "din ansökan", or for a representative "ansökan för Signe Andersson". */
export function applicationOf(addressee: Addressee): string {
  if (!addressee.representative) return 'din ansökan';
  return addressee.personName ? `ansökan för ${addressee.personName}` : 'ansökan för den du företräder';
}

/** Who receives the help: "dig", or "Signe Andersson". */
function personOf(addressee: Addressee): string {
  if (!addressee.representative) return 'dig';
  return addressee.personName ?? 'den du företräder';
}

function signed(unit: string): string[] {
  return ['', 'Med vänlig hälsning', unit, '', 'Det här mejlet går inte att svara på.'];
}

type CaseMailFacts = { addressee: Addressee; reference: string; unit: string };

/** A decision was made; the letter says what, and how to appeal. */
export function decisionMadeMail(facts: CaseMailFacts & { appealDeadline: string | null }): OutgoingMail {
  const { addressee, reference } = facts;
  return {
    to: addressee.to,
    subject: `Beslut i ärende ${reference}`,
    text: [
      'Hej!',
      '',
      `Vi har fattat beslut om ${applicationOf(addressee)}, ärende ${reference}.`,
      '',
      'Läs beslutet under Mina ärenden i e-tjänsten. Det kommer också med posten.',
      ...(facts.appealDeadline
        ? [`Om beslutet inte blev som ${addressee.representative ? 'ni' : 'du'} ville kan det överklagas. Överklagandet ska ha kommit in senast ${spokenDay(facts.appealDeadline)}.`]
        : []),
      ...signed(facts.unit),
    ].join('\n'),
  };
}

/** An appeal arrived (online or on paper). */
export function appealReceivedMail(facts: CaseMailFacts & { receivedOn: string; inTime: boolean }): OutgoingMail {
  const { addressee, reference } = facts;
  return {
    to: addressee.to,
    subject: `Vi har tagit emot överklagandet, ärende ${reference}`,
    text: [
      'Hej!',
      '',
      `Vi har tagit emot överklagandet av beslutet om ${applicationOf(addressee)}, ärende ${reference}. Det kom in ${spokenDay(facts.receivedOn)}.`,
      facts.inTime ? 'Överklagandet kom in i tid.' : 'Överklagandet kom in efter sista dagen. Förvaltningsrätten avgör om det ändå prövas.',
      '',
      'Först prövar vi beslutet igen. Om vi inte ändrar det som begärs skickar vi överklagandet till förvaltningsrätten, och du får besked om det.',
      ...signed(facts.unit),
    ].join('\n'),
  };
}

export type AppealOutcome = 'CHANGED_ON_RECONSIDERATION' | 'FORWARDED_TO_COURT' | 'COURT_UPHELD' | 'COURT_CHANGED' | 'COURT_DISMISSED';

const OUTCOME_TEXT: Record<AppealOutcome, string> = {
  CHANGED_ON_RECONSIDERATION: 'Vi har prövat beslutet igen och ändrat det. Det nya beslutet finns under Mina ärenden och kommer med posten.',
  FORWARDED_TO_COURT: 'Vi har prövat beslutet igen men inte ändrat det. Överklagandet är skickat till förvaltningsrätten, som avgör det. Domstolen hör av sig.',
  COURT_UPHELD: 'Förvaltningsrätten har avslagit överklagandet: beslutet gäller som det är. Domen, och hur den kan överklagas, kommer från domstolen.',
  COURT_CHANGED: 'Förvaltningsrätten har ändrat beslutet. Vi hör av oss om vad det innebär. Domen kommer från domstolen.',
  COURT_DISMISSED: 'Förvaltningsrätten har avvisat överklagandet utan att pröva det: beslutet gäller som det är. Domen kommer från domstolen.',
};

/** What became of an appeal: the reconsideration's or the court's outcome. */
export function appealDecidedMail(facts: CaseMailFacts & { outcome: AppealOutcome }): OutgoingMail {
  const { addressee, reference } = facts;
  return {
    to: addressee.to,
    subject: `Besked om överklagandet, ärende ${reference}`,
    text: ['Hej!', '', `Det här gäller överklagandet av beslutet om ${applicationOf(addressee)}, ärende ${reference}.`, '', OUTCOME_TEXT[facts.outcome], ...signed(facts.unit)].join('\n'),
  };
}

/** The service is ordered: who will provide it, and from when. */
export function orderPlacedMail(facts: CaseMailFacts & { serviceType: ServiceType; providerName: string; startOn: string }): OutgoingMail {
  const { addressee, reference } = facts;
  return {
    to: addressee.to,
    subject: `${serviceName(facts.serviceType)} är beställd, ärende ${reference}`,
    text: [
      'Hej!',
      '',
      `Vi har beställt ${serviceName(facts.serviceType).toLowerCase()} från ${facts.providerName}, som ska ge hjälpen till ${personOf(addressee)}. Det gäller ${applicationOf(addressee)}, ärende ${reference}.`,
      '',
      `Hjälpen ska börja ${spokenDay(facts.startOn)}. ${facts.providerName} hör av sig innan dess för att planera hjälpen tillsammans med ${addressee.representative ? 'er' : 'dig'}.`,
      ...signed(facts.unit),
    ].join('\n'),
  };
}

/** What a provider needs to start, and nothing more (see docs/DOMAIN.md, "Order to a provider"). */
export type ProviderOrderFacts = {
  to: string;
  providerName: string;
  reference: string;
  unit: string;
  serviceType: ServiceType;
  hoursPerMonth: number | null;
  validFrom: string | null;
  validTo: string | null;
  startOn: string;
  goals: string;
  person: { name: string | null; address: string | null; phone: string | null; language: string; interpreterNeeded: boolean | null };
  caseworker: { name: string | null; phone: string | null };
  planDueOn: string;
};

const orUnknown = (value: string | null | undefined, unknown = 'lämnas av handläggaren') => (value?.trim() ? value.trim() : unknown);

/** The order ("beställning") to the provider the person chose. Personal data: never logged. */
export function providerOrderMail(facts: ProviderOrderFacts): OutgoingMail {
  const { person, caseworker } = facts;
  const extent = [facts.hoursPerMonth !== null ? `${facts.hoursPerMonth} timmar per månad` : null, facts.validFrom ? `från och med ${facts.validFrom}` : null, facts.validTo ? `till och med ${facts.validTo}` : 'tills vidare']
    .filter(Boolean)
    .join(', ');
  const interpreter = person.interpreterNeeded === null ? 'uppgift saknas' : person.interpreterNeeded ? 'ja' : 'nej';
  return {
    to: facts.to,
    subject: `Beställning av ${serviceName(facts.serviceType).toLowerCase()}, ärende ${facts.reference}`,
    text: [
      `Till ${facts.providerName}`,
      '',
      `${facts.unit} beställer en insats av er. Personen har valt er som utförare enligt lagen om valfrihetssystem (LOV).`,
      '',
      `Insats: ${serviceName(facts.serviceType)}`,
      `Omfattning: ${extent}`,
      `Start: ${spokenDay(facts.startOn)}`,
      `Mål med insatsen: ${facts.goals}`,
      '',
      'Personen',
      `Namn: ${orUnknown(person.name)}`,
      `Adress: ${orUnknown(person.address)}`,
      `Telefon: ${orUnknown(person.phone)}`,
      `Språk: ${languageName(person.language)}`,
      `Behöver tolk: ${interpreter}`,
      '',
      'Handläggare',
      `Namn: ${orUnknown(caseworker.name, facts.unit)}`,
      `Telefon: ${orUnknown(caseworker.phone, 'Äldre direkt 08-508 00 508')}`,
      '',
      `Skicka genomförandeplanen till handläggaren senast ${spokenDay(facts.planDueOn)}. Ange ärendenummer ${facts.reference}.`,
      '',
      'Mejlet innehåller personuppgifter. Spara dem bara i ert journalsystem och skicka inte mejlet vidare.',
      ...signed(facts.unit),
    ].join('\n'),
  };
}
