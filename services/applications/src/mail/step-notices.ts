import { CONTACT_CENTRE_PHONE } from '../domain/unit-contacts.ts';
import type { ServiceType } from '../domain/service-types.ts';
import { writeDay } from '../domain/stockholm-time.ts';
import type { Addressee } from './addressee.ts';
import type { OutgoingMail } from './mailer.ts';
import { serviceNameIn, writeMail, type AppealOutcome } from './words/mail-words.ts';
import { signed } from './words/swedish.ts';

/*
 * Mails at each step of a case after the application (decision, appeal, order), and the order to
 * the provider. Mail is not a safe channel: the applicant's mails say that something happened and
 * where to read it, never what the person needs; only the provider's order carries what the
 * provider needs to start.
 */

const languageNames = new Intl.DisplayNames(['sv'], { type: 'language' });

/** A YYYY-MM-DD day as "måndag 7 december 2026". */
function spokenDay(day: string): string {
  return writeDay(day, 'sv', { weekday: true });
}

/** Names Intl does not know for a person's language (rules' PERSON_LANGUAGES): it answers their code. */
const NAMES_INTL_LACKS: Readonly<Record<string, string>> = { swl: 'svenskt teckenspråk' };

/** The language's name in Swedish ("finska"), or the code when it has none. */
function languageName(code: string): string {
  try {
    return NAMES_INTL_LACKS[code] ?? languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function serviceName(type: ServiceType): string {
  return serviceNameIn('sv', type);
}

export type { AppealOutcome } from './words/mail-words.ts';

type CaseMailFacts = { addressee: Addressee; reference: string; unit: string };

/** A decision was made; the letter says what, and how to appeal. */
export function decisionMadeMail(facts: CaseMailFacts & { appealDeadline: string | null }): OutgoingMail {
  return writeMail(facts.addressee.to, facts.addressee.language, (words) => words.decisionMade(facts));
}

/** An appeal arrived (online or on paper). */
export function appealReceivedMail(facts: CaseMailFacts & { receivedOn: string; inTime: boolean }): OutgoingMail {
  return writeMail(facts.addressee.to, facts.addressee.language, (words) => words.appealReceived(facts));
}

/** What became of an appeal: the reconsideration's or the court's outcome. */
export function appealDecidedMail(facts: CaseMailFacts & { outcome: AppealOutcome }): OutgoingMail {
  return writeMail(facts.addressee.to, facts.addressee.language, (words) => words.appealDecided(facts));
}

/** The service is ordered: who will provide it, and from when. */
export function orderPlacedMail(facts: CaseMailFacts & { serviceType: ServiceType; providerName: string; startOn: string }): OutgoingMail {
  const { addressee } = facts;
  return writeMail(addressee.to, addressee.language, (words) => words.orderPlaced({ ...facts, service: serviceNameIn(addressee.language, facts.serviceType) }));
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
  const extent = [facts.hoursPerMonth !== null ? `${facts.hoursPerMonth} timmar per månad` : null, facts.validFrom ? `från och med ${writeDay(facts.validFrom)}` : null, facts.validTo ? `till och med ${writeDay(facts.validTo)}` : 'tills vidare']
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
      `Telefon: ${orUnknown(caseworker.phone, `Äldre direkt ${CONTACT_CENTRE_PHONE}`)}`,
      '',
      `Skicka genomförandeplanen till handläggaren senast ${spokenDay(facts.planDueOn)}. Ange ärendenummer ${facts.reference}.`,
      '',
      'Mejlet innehåller personuppgifter. Spara dem bara i ert journalsystem och skicka inte mejlet vidare.',
      ...signed(facts.unit),
    ].join('\n'),
    // To the provider, in the contract's language.
    language: 'sv-SE',
  };
}
