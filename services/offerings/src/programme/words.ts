import type { ContentLanguage } from '@omsorg/rules/offerings';

/**
 * The printed programme's own words (headings, labels, the footer) in the languages it is printed
 * in. Plain Swedish uses the Swedish words, which are plain already. Arabic is not printed: the
 * standard PDF fonts have no Arabic letters (the letters fall back to Swedish for the same reason;
 * an embedded font is the way to add it), so the service refuses it with a clear message.
 */
export type ProgrammeWords = {
  /** BCP 47 tag for the PDF and for dates ("sv-SE"). */
  locale: string;
  title: (district: string, month: string) => string;
  subtitle: string;
  free: string;
  price: (kronor: number) => string;
  registration: (places: number | null) => string;
  dropIn: string;
  needsDecision: string;
  /** The legend for the mark beside a session that needs a decision. */
  decisionLegend: string;
  heldIn: (language: string) => string;
  howToRegister: string;
  registerByPhone: (phone: string) => string;
  registerOnline: (web: string) => string;
  venuePhone: (phone: string) => string;
  accessibility: string;
  stepFree: (yes: boolean) => string;
  hearingLoop: (yes: boolean) => string;
  accessibleToilet: (yes: boolean) => string;
  noSessions: string;
  page: (page: number, pages: number) => string;
  /** A venue's or day's heading again at the top of a new page or column. */
  continued: (heading: string) => string;
  organisation: string;
};

const sv: ProgrammeWords = {
  locale: 'sv-SE',
  title: (district, month) => `Aktiviteter för dig över 65 – ${district}, ${month}`,
  subtitle: 'Träffpunkter, kultur, utflykter och kurser. Välkommen!',
  free: 'Gratis',
  price: (kronor) => `${kronor} kr`,
  registration: (places) => (places === null ? 'Anmälan' : `Anmälan, ${places} platser`),
  dropIn: 'Drop-in, ingen anmälan',
  needsDecision: 'Kräver biståndsbeslut',
  decisionLegend: '* Kräver biståndsbeslut: för dig som har beslut om till exempel dagverksamhet.',
  heldIn: (language) => `På ${language}`,
  howToRegister: 'Så anmäler du dig',
  registerByPhone: (phone) => `Ring ${phone}. Du kan också ringa träffpunkten.`,
  registerOnline: (web) => `Eller anmäl dig på ${web}`,
  venuePhone: (phone) => `Telefon ${phone}`,
  accessibility: 'Tillgänglighet',
  stepFree: (yes) => (yes ? 'Utan trappsteg' : 'Trappsteg vid entrén'),
  hearingLoop: (yes) => (yes ? 'Hörselslinga' : 'Ingen hörselslinga'),
  accessibleToilet: (yes) => (yes ? 'Toalett anpassad för rullstol' : 'Ingen anpassad toalett'),
  noSessions: 'Det finns inga aktiviteter inlagda för den här månaden ännu.',
  page: (page, pages) => `Sida ${page} av ${pages}`,
  continued: (heading) => `${heading}, forts.`,
  organisation: 'Stockholms stad',
};

const fi: ProgrammeWords = {
  locale: 'fi-FI',
  title: (district, month) => `Toimintaa yli 65-vuotiaille – ${district}, ${month}`,
  subtitle: 'Kohtaamispaikat, kulttuuri, retket ja kurssit. Tervetuloa!',
  free: 'Maksuton',
  price: (kronor) => `${kronor} kr`,
  registration: (places) => (places === null ? 'Ilmoittautuminen' : `Ilmoittautuminen, ${places} paikkaa`),
  dropIn: 'Vapaa pääsy, ei ilmoittautumista',
  needsDecision: 'Vaatii avustuspäätöksen',
  decisionLegend: '* Vaatii avustuspäätöksen: sinulle, jolla on päätös esimerkiksi päivätoiminnasta.',
  heldIn: (language) => `Kieli: ${language}`,
  howToRegister: 'Näin ilmoittaudut',
  registerByPhone: (phone) => `Soita ${phone}. Voit myös soittaa kohtaamispaikkaan.`,
  registerOnline: (web) => `Tai ilmoittaudu osoitteessa ${web}`,
  venuePhone: (phone) => `Puhelin ${phone}`,
  accessibility: 'Esteettömyys',
  stepFree: (yes) => (yes ? 'Ei portaita' : 'Portaita sisäänkäynnillä'),
  hearingLoop: (yes) => (yes ? 'Induktiosilmukka' : 'Ei induktiosilmukkaa'),
  accessibleToilet: (yes) => (yes ? 'Esteetön wc' : 'Ei esteetöntä wc:tä'),
  noSessions: 'Tälle kuukaudelle ei ole vielä lisätty toimintaa.',
  page: (page, pages) => `Sivu ${page}/${pages}`,
  continued: (heading) => `${heading}, jatkuu`,
  organisation: 'Tukholman kaupunki',
};

const en: ProgrammeWords = {
  locale: 'en-GB',
  title: (district, month) => `Activities for you over 65 – ${district}, ${month}`,
  subtitle: 'Meeting places, culture, outings and courses. Welcome!',
  free: 'Free',
  price: (kronor) => `SEK ${kronor}`,
  registration: (places) => (places === null ? 'Registration' : `Registration, ${places} places`),
  dropIn: 'Drop in, no registration',
  needsDecision: 'Needs a needs-assessed decision',
  decisionLegend: '* Needs a needs-assessed decision ("biståndsbeslut"), for example for day activities.',
  heldIn: (language) => `In ${language}`,
  howToRegister: 'How to register',
  registerByPhone: (phone) => `Call ${phone}. You can also call the meeting place.`,
  registerOnline: (web) => `Or register at ${web}`,
  venuePhone: (phone) => `Phone ${phone}`,
  accessibility: 'Accessibility',
  stepFree: (yes) => (yes ? 'Step-free' : 'Steps at the entrance'),
  hearingLoop: (yes) => (yes ? 'Hearing loop' : 'No hearing loop'),
  accessibleToilet: (yes) => (yes ? 'Wheelchair-accessible toilet' : 'No accessible toilet'),
  noSessions: 'No activities have been added for this month yet.',
  page: (page, pages) => `Page ${page} of ${pages}`,
  continued: (heading) => `${heading}, continued`,
  organisation: 'City of Stockholm',
};

/** The languages a programme is printed in: all content languages but Arabic. */
export const PRINTABLE_LANGUAGES = ['sv', 'sv-x-easy', 'fi', 'en'] as const satisfies readonly ContentLanguage[];

export function isPrintable(language: ContentLanguage): language is (typeof PRINTABLE_LANGUAGES)[number] {
  return (PRINTABLE_LANGUAGES as readonly string[]).includes(language);
}

export function programmeWords(language: ContentLanguage): ProgrammeWords {
  return language === 'fi' ? fi : language === 'en' ? en : sv;
}

/** "december 2026", in the programme's language. */
export function monthName(month: string, words: ProgrammeWords): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(words.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, number - 1, 15)));
}

const STOCKHOLM = 'Europe/Stockholm';

/** "Tisdag 1 december", in Stockholm time. */
export function writeWeekday(instant: Date, words: ProgrammeWords): string {
  const text = new Intl.DateTimeFormat(words.locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: STOCKHOLM }).format(instant);
  return text.charAt(0).toLocaleUpperCase(words.locale) + text.slice(1);
}

/** "10.00–11.30" (the Swedish and Finnish way; English "10:00–11:30"). */
export function writeTimes(startsAt: Date, endsAt: Date, words: ProgrammeWords): string {
  const format = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: STOCKHOLM });
  const separator = words.locale === 'en-GB' ? ':' : '.';
  const clock = (instant: Date) => format.format(instant).replace(':', separator);
  return `${clock(startsAt)}–${clock(endsAt)}`;
}

/** A language's name in the programme's language ("finska"). */
export function languageName(code: string, words: ProgrammeWords): string {
  return new Intl.DisplayNames([words.locale], { type: 'language' }).of(code) ?? code;
}
