import type { ServiceType } from '../domain/service-types.ts';
import { writeDay } from '../domain/stockholm-time.ts';

export type DecisionOutcome = 'GRANTED' | 'PARTLY_GRANTED' | 'DENIED';

/** The words every letter shares: letterhead, copy, caseworker. */
export type LetterFrame = {
  /** BCP 47 tag of the letter, for the PDF's language and for dates. */
  lang: string;
  labels: {
    sender: string;
    recipient: string;
    date: string;
    reference: string;
    phone: string;
    caseworker: string;
    directPhone: string;
    concerning: string;
  };
  /** "Kopia till Erik Andersson": on the copy a representative gets. */
  copyTo: (name: string) => string;
  /** In the window under the recipient's name when identity knows no postal address: the letter cannot be posted as it is. */
  addressMissing: string;
  /** "sida 2": on every page after the first, beside the reference number. */
  page: (page: number) => string;
  formatDate: (isoDay: string) => string;
  closing: (unit: string) => string;
};

/**
 * Every word of the decision letter in one language. Adding a language means adding one
 * object here (and the investigation and home-visit words beside those letters); the content
 * builder and the PDF renderer stay as they are.
 */
export type LetterTemplate = LetterFrame & {
  title: string;
  labels: LetterFrame['labels'] & {
    outcome: string;
    scope: string;
    validFrom: string;
    validTo: string;
    legalBasis: string;
    motivation: string;
    notifiedOn: string;
    appealDeadline: string;
    decidedBy: string;
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
    decidedBy: 'Beslutet fattades av',
    phone: 'Telefon',
    caseworker: 'Handläggare',
    directPhone: 'Direkttelefon',
    concerning: 'Ärendet gäller',
  },
  copyTo: (name) => `Kopia till ${name}`,
  addressMissing: 'Postadress saknas',
  page: (page) => `sida ${page}`,
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

/*
 * Finnish: Stockholm is in the Finnish administrative area, so a Finnish-speaking person has the
 * right to the decision in Finnish (lag (2009:724) om nationella minoriteter och
 * minoritetsspråk). Words as Sweden's Finnish-language authorities use them: bistånd "avustus",
 * biståndshandläggare "avustuskäsittelijä", förvaltningsrätten "hallinto-oikeus".
 */
const finnish: LetterTemplate = {
  lang: 'fi-FI',
  title: 'Päätös avustuksesta',
  labels: {
    sender: 'Lähettäjä',
    recipient: 'Vastaanottaja',
    date: 'Päivämäärä',
    reference: 'Asianumero',
    outcome: 'Päätös',
    scope: 'Laajuus',
    validFrom: 'Voimassa alkaen',
    validTo: 'Voimassa saakka',
    legalBasis: 'Lainkohta',
    motivation: 'Perustelut',
    notifiedOn: 'Sinun katsotaan saaneen päätöksen tiedoksi',
    appealDeadline: 'Viimeinen valituspäivä',
    decidedBy: 'Päätöksen teki',
    phone: 'Puhelin',
    caseworker: 'Käsittelijä',
    directPhone: 'Suora numero',
    concerning: 'Asia koskee',
  },
  copyTo: (name) => `Kopio: ${name}`,
  addressMissing: 'Postiosoite puuttuu',
  page: (page) => `sivu ${page}`,
  introduction: (count) =>
    count === 1
      ? 'Olet hakenut avustusta. Tässä on päätöksemme palvelusta, jota olet hakenut.'
      : `Olet hakenut avustusta. Tässä ovat päätöksemme niistä ${count} palvelusta, joita olet hakenut. Jokaisesta palvelusta on tehty oma päätöksensä.`,
  serviceNames: {
    HOME_CARE_PERSONAL: 'Kotipalvelu, henkilökohtainen hoiva',
    HOME_CARE_SERVICE: 'Kotipalvelu, kodinhoitoapu',
    SAFETY_ALARM: 'Turvahälytin',
    DAY_ACTIVITY: 'Päivätoiminta',
    ESCORT: 'Saattajapalvelu',
    CARER_RELIEF: 'Omaishoitajan vapaa (lomitus)',
    HOUSING_SUPPORT: 'Asumisen tuki',
    MEAL_DELIVERY: 'Ateriapalvelu',
    HOME_CARE_ALLOWANCE: 'Kotihoidon tuki',
    SHORT_TERM_STAY: 'Lyhytaikainen hoiva-asuminen',
    NURSING_HOME: 'Vanhusten hoivakoti',
    SERVICE_FLAT: 'Palvelutalo',
  },
  outcomes: { GRANTED: 'Myönnetään', PARTLY_GRANTED: 'Myönnetään osittain', DENIED: 'Hylätään' },
  hoursPerMonth: (hours) => `${hours} ${hours === 1 ? 'tunti' : 'tuntia'} kuukaudessa`,
  untilFurtherNotice: 'Toistaiseksi',
  noLegalBasis: 'Käsittelijä ilmoittaa',
  pendingHeading: 'Myöhemmin tehtävät päätökset',
  pendingText: (names) => `Emme ole vielä tehneet päätöstä seuraavista: ${list(names, 'ja')}. Saat niistä erillisen ilmoituksen, kun päätös on tehty.`,
  appeal: {
    heading: 'Näin valitat päätöksestä',
    paragraphs: ({ unit, reference, deadlines }) => {
      const one = new Set(deadlines.map((entry) => entry.deadline)).size === 1;
      const when = one
        ? `Valituksesi on oltava perillä meillä viimeistään ${deadlines[0]?.deadline}.`
        : `Valituksesi on oltava perillä meillä viimeistään: ${deadlines.map((entry) => `${entry.service} ${entry.deadline}`).join('; ')}.`;
      return [
        'Jos et ole tyytyväinen päätökseen, voit valittaa siitä hallinto-oikeuteen (förvaltningsrätten).',
        `${when} Valitusaika on kolme viikkoa siitä päivästä, jona sait päätöksen tiedoksi. Myöhässä saapunut valitus voidaan jättää tutkimatta.`,
        `Kirjoita, mistä päätöksestä valitat, miten haluat päätöstä muutettavan ja miksi.${reference ? ` Mainitse asianumero ${reference}.` : ''} Voit valittaa e-palvelussa kohdassa Omat asiat tai lähettää kirjeen.`,
        `Lähetä valitus meille (${unit}), älä suoraan hallinto-oikeuteen. Tutkimme ensin, muutammeko päätöstä itse. Jos emme muuta sitä, lähetämme valituksen hallinto-oikeuteen.`,
        'Jos tarvitset apua valituksen tekemisessä, voit ottaa yhteyttä avustuskäsittelijääsi.',
      ];
    },
  },
  closing: (unit) => `Ystävällisin terveisin\n${unit}`,
  formatDate: longDate('fi-FI'),
};

export const LETTER_TEMPLATES = { sv: swedish, fi: finnish } as const;
/** The languages letters are written in; English and Arabic follow with the languages work. */
export type LetterLanguage = keyof typeof LETTER_TEMPLATES;
export const LETTER_LANGUAGES = Object.keys(LETTER_TEMPLATES) as LetterLanguage[];

/** The letter's language for a person's language (ISO 639-1): theirs when letters exist in it, else Swedish. */
export function letterLanguageOf(language: string | null | undefined): LetterLanguage {
  return (LETTER_LANGUAGES as string[]).includes(language ?? '') ? (language as LetterLanguage) : 'sv';
}

/** The template in the wanted language, Swedish when there is none yet. */
export function letterTemplate(language: string): LetterTemplate {
  return LETTER_TEMPLATES[letterLanguageOf(language)];
}
