import type { ServiceType } from '../domain/service-types.ts';
import { writeDay } from '../domain/stockholm-time.ts';

export type DecisionOutcome = 'GRANTED' | 'PARTLY_GRANTED' | 'DENIED';

/**
 * Every word of the decision letter in one language. Adding a language means adding one
 * object here; the content builder and the PDF renderer stay as they are.
 */
export type LetterTemplate = {
  /** BCP 47 tag of the letter, for the PDF's language and for dates. */
  lang: string;
  title: string;
  labels: {
    sender: string;
    recipient: string;
    date: string;
    reference: string;
    outcome: string;
    scope: string;
    validFrom: string;
    validTo: string;
    legalBasis: string;
    motivation: string;
    notifiedOn: string;
    appealDeadline: string;
  };
  introduction: (serviceCount: number) => string;
  serviceNames: Record<ServiceType, string>;
  outcomes: Record<DecisionOutcome, string>;
  hoursPerMonth: (hours: number) => string;
  untilFurtherNotice: string;
  noLegalBasis: string;
  pendingHeading: string;
  pendingText: (serviceNames: string[]) => string;
  appeal: {
    heading: string;
    paragraphs: (args: { unit: string; reference: string | null; deadlines: Array<{ service: string; deadline: string }> }) => string[];
  };
  closing: (unit: string) => string;
  formatDate: (isoDay: string) => string;
};

function longDate(locale: string): (isoDay: string) => string {
  return (isoDay) => writeDay(isoDay, locale);
}

function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const swedish: LetterTemplate = {
  lang: 'sv-SE',
  title: 'Beslut om bistånd',
  labels: {
    sender: 'Från',
    recipient: 'Till',
    date: 'Datum',
    reference: 'Ärendenummer',
    outcome: 'Beslut',
    scope: 'Omfattning',
    validFrom: 'Gäller från',
    validTo: 'Gäller till och med',
    legalBasis: 'Lagrum',
    motivation: 'Motivering',
    notifiedOn: 'Du anses ha fått beslutet',
    appealDeadline: 'Sista dag att överklaga',
  },
  introduction: (count) =>
    count === 1
      ? 'Du har ansökt om bistånd. Här är vårt beslut om den insats du har sökt.'
      : `Du har ansökt om bistånd. Här är våra beslut om de ${count} insatser du har sökt. Varje insats har ett eget beslut.`,
  serviceNames: {
    HOME_CARE_PERSONAL: 'Hemtjänst, personlig omvårdnad',
    HOME_CARE_SERVICE: 'Hemtjänst, serviceinsatser',
    SAFETY_ALARM: 'Trygghetslarm',
    DAY_ACTIVITY: 'Dagverksamhet',
    ESCORT: 'Ledsagning',
    CARER_RELIEF: 'Avlösning',
    HOUSING_SUPPORT: 'Boendestöd',
    MEAL_DELIVERY: 'Matdistribution',
    HOME_CARE_ALLOWANCE: 'Hemvårdsbidrag',
    SHORT_TERM_STAY: 'Korttidsboende',
    NURSING_HOME: 'Vård- och omsorgsboende',
    SERVICE_FLAT: 'Servicehus',
  },
  outcomes: { GRANTED: 'Beviljas', PARTLY_GRANTED: 'Beviljas delvis', DENIED: 'Avslås' },
  hoursPerMonth: (hours) => `${hours} ${hours === 1 ? 'timme' : 'timmar'} per månad`,
  untilFurtherNotice: 'Tills vidare',
  noLegalBasis: 'Anges av handläggaren',
  pendingHeading: 'Beslut som kommer senare',
  pendingText: (names) => `Vi har ännu inte fattat beslut om ${list(names, 'och')}. Du får ett eget besked när det är klart.`,
  appeal: {
    heading: 'Så överklagar du',
    paragraphs: ({ unit, reference, deadlines }) => {
      const one = new Set(deadlines.map((entry) => entry.deadline)).size === 1;
      const when = one
        ? `Ditt överklagande måste ha kommit in till oss senast den ${deadlines[0]?.deadline}.`
        : `Ditt överklagande måste ha kommit in till oss senast: ${deadlines.map((entry) => `${entry.service} den ${entry.deadline}`).join('; ')}.`;
      return [
        'Om du inte är nöjd med ett beslut kan du överklaga det till förvaltningsrätten.',
        `${when} Det är tre veckor från den dag du fick del av beslutet. Kommer överklagandet in senare kan det avvisas.`,
        `Skriv vilket beslut du vill överklaga, hur du vill att det ska ändras och varför.${reference ? ` Ange ärendenummer ${reference}.` : ''} Du kan överklaga i e-tjänsten under Mina ärenden, eller skicka ett brev.`,
        `Skicka överklagandet till ${unit}, inte direkt till förvaltningsrätten. Vi prövar först om vi själva ska ändra beslutet. Om vi inte ändrar det skickar vi överklagandet vidare till förvaltningsrätten.`,
        'Behöver du hjälp att överklaga kan du kontakta din biståndshandläggare.',
      ];
    },
  },
  closing: (unit) => `Med vänlig hälsning\n${unit}`,
  formatDate: longDate('sv-SE'),
};

export const LETTER_TEMPLATES = { sv: swedish } as const;
export type LetterLanguage = keyof typeof LETTER_TEMPLATES;

/** The template in the wanted language, Swedish when there is none yet. */
export function letterTemplate(language: string): LetterTemplate {
  return (LETTER_TEMPLATES as Record<string, LetterTemplate | undefined>)[language] ?? swedish;
}
