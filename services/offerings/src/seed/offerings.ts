import type { OfferingAudience, OfferingKind, Translated } from '@omsorg/rules/offerings';
import type { OfferingTexts } from '../entities/offering.ts';

/**
 * Offerings for development and demonstrations at the seeded meeting places, with sessions over
 * the coming weeks. Invented, but the kind of programme a träffpunkt in Hägersten-Älvsjö has.
 */
export type OfferingSeed = {
  venue: string;
  kind: OfferingKind;
  audience?: OfferingAudience;
  texts: Translated<OfferingTexts>;
  price?: number;
  language?: string;
  registrationRequired?: boolean;
  /** When it happens: ISO weekdays (1 Monday) every week, every other week, or on holidays. */
  schedule: { weekdays: number[]; everyOtherWeek?: boolean } | { holidays: true } | { days: string[] };
  start: string;
  minutes: number;
  capacity: number | null;
  room?: string;
};

export const SEED_ORGANISER = 'Träffpunkter och aktiviteter, Hägersten-Älvsjö';

export const OFFERINGS: OfferingSeed[] = [
  {
    venue: 'Träffpunkt Hägersten',
    kind: 'ACTIVITY',
    texts: {
      sv: { title: 'Sittgympa', summary: 'Lugn gympa på stol till musik. Passar alla, också dig som har svårt att stå.', description: 'Vi rör på hela kroppen sittande på stol. En fysioterapeut leder passet.\n\nTa med vattenflaska och bekväma kläder.' },
      fi: { title: 'Tuolijumppa', summary: 'Rauhallista jumppaa tuolilla musiikin tahdissa. Sopii kaikille.', description: 'Liikumme koko keholla tuolilla istuen. Fysioterapeutti ohjaa.' },
      en: { title: 'Chair exercise', summary: 'Gentle exercise on a chair to music. Suits everyone, also if standing is hard.', description: 'We move the whole body sitting on a chair. A physiotherapist leads the class.' },
    },
    schedule: { weekdays: [2, 4] },
    start: '10:30',
    minutes: 45,
    capacity: 12,
    room: 'Stora salen',
  },
  {
    venue: 'Träffpunkt Liseberg',
    kind: 'ACTIVITY',
    texts: {
      sv: { title: 'Stickcafé', summary: 'Stickning och virkning med fika. Garn finns att låna.', description: 'Kom med ditt eget handarbete eller börja något nytt. Vi hjälper varandra.' },
      en: { title: 'Knitting café', summary: 'Knitting and crochet with coffee. Yarn to borrow.', description: 'Bring your own work or start something new.' },
    },
    schedule: { weekdays: [1] },
    start: '13:00',
    minutes: 120,
    capacity: null,
    registrationRequired: false,
  },
  {
    venue: 'Träffpunkt Hägersten',
    kind: 'CULTURE',
    texts: {
      sv: { title: 'Bokcirkel', summary: 'Vi läser en bok i månaden och pratar om den.', description: 'Biblioteket lånar ut böckerna. Stora stilen och ljudbok finns.' },
      fi: { title: 'Lukupiiri', summary: 'Luemme yhden kirjan kuukaudessa ja keskustelemme siitä.', description: 'Kirjasto lainaa kirjat. Isotekstisiä ja äänikirjoja on saatavilla.' },
    },
    schedule: { weekdays: [3], everyOtherWeek: true },
    start: '14:00',
    minutes: 90,
    capacity: 10,
    room: 'Biblioteksrummet',
  },
  {
    venue: 'Träffpunkt Fruängen',
    kind: 'MEAL',
    texts: {
      sv: { title: 'Middag i gott sällskap på helgdagen', summary: 'Gemensam middag på storhelger, så att ingen behöver äta ensam.', description: 'Vi lagar och äter tillsammans. Säg till om du behöver specialkost.' },
      en: { title: 'Holiday dinner in good company', summary: 'A shared dinner on major holidays, so no one has to eat alone.', description: 'We cook and eat together. Tell us if you need a special diet.' },
    },
    price: 60,
    schedule: { holidays: true },
    start: '13:00',
    minutes: 180,
    capacity: 30,
    room: 'Matsalen',
  },
  {
    venue: 'Träffpunkt Hägersten',
    kind: 'MEAL',
    texts: { sv: { title: 'Julbord', summary: 'Traditionellt julbord med sill, skinka och risgrynsgröt.', description: 'Anmäl dig senast en vecka innan. Säg till om specialkost.' } },
    price: 120,
    schedule: { days: ['12-17', '12-18'] },
    start: '12:00',
    minutes: 150,
    capacity: 40,
    room: 'Stora salen',
  },
  {
    venue: 'Träffpunkt Liseberg',
    kind: 'DIGITAL_HELP',
    texts: {
      sv: { title: 'Digital hjälp med mobil och surfplatta', summary: 'Få hjälp med BankID, Swish, videosamtal och appar.', description: 'Ta med din egen mobil eller surfplatta och laddare. Volontärer hjälper dig en och en.' },
      en: { title: 'Digital help with phone and tablet', summary: 'Help with BankID, Swish, video calls and apps.', description: 'Bring your own phone or tablet and charger.' },
      ar: { title: 'مساعدة رقمية بالهاتف والجهاز اللوحي', summary: 'مساعدة في BankID وSwish ومكالمات الفيديو والتطبيقات.', description: 'أحضر هاتفك أو جهازك اللوحي والشاحن.' },
    },
    schedule: { weekdays: [4] },
    start: '10:00',
    minutes: 120,
    capacity: 8,
  },
  {
    venue: 'Träffpunkt Liseberg',
    kind: 'RELATIVES_GROUP',
    texts: { sv: { title: 'Anhöriggrupp', summary: 'För dig som hjälper en närstående. Samtal och stöd i en liten grupp.', description: 'En anhörigkonsulent leder samtalet. Det du berättar stannar i gruppen.' } },
    audience: 'OPEN_65',
    schedule: { weekdays: [2], everyOtherWeek: true },
    start: '17:30',
    minutes: 90,
    capacity: 10,
  },
  {
    venue: 'Träffpunkt Fruängen',
    kind: 'OUTING',
    texts: {
      sv: { title: 'Utflykt till Skansen', summary: 'Vi åker buss tillsammans till Skansen och äter lunch där.', description: 'Samling vid busshållplatsen Fruängen. Rullator går bra. Lunchen ingår i priset.' },
      fi: { title: 'Retki Skanseniin', summary: 'Matkustamme yhdessä bussilla Skanseniin ja syömme siellä lounaan.', description: 'Kokoontuminen Fruängenin bussipysäkillä.' },
    },
    price: 150,
    schedule: { weekdays: [5], everyOtherWeek: true },
    start: '09:30',
    minutes: 330,
    capacity: 15,
    room: 'Vid busshållplatsen',
  },
  {
    venue: 'Aktivitetscenter Älvsjö',
    kind: 'CULTURE',
    texts: {
      sv: { title: 'Konsert med Kulturskolan', summary: 'Elever från Kulturskolan spelar klassiskt och visor.', description: 'Fri entré. Kaffe säljs efteråt.' },
      en: { title: 'Concert with the Culture School', summary: 'Students from the Culture School play classical music and songs.', description: 'Free entry. Coffee is sold afterwards.' },
    },
    schedule: { weekdays: [3], everyOtherWeek: true },
    start: '14:00',
    minutes: 60,
    capacity: null,
    registrationRequired: false,
    room: 'Aulan',
  },
  {
    venue: 'Träffpunkt Midsommarkransen',
    kind: 'ACTIVITY',
    language: 'fi',
    texts: {
      sv: { title: 'Samtalsgrupp på finska', summary: 'Vi pratar finska och dricker kaffe tillsammans.', description: 'Gruppen leds på finska. Alla som talar finska är välkomna.' },
      fi: { title: 'Suomenkielinen keskusteluryhmä', summary: 'Puhumme suomea ja juomme kahvia yhdessä.', description: 'Ryhmää ohjataan suomeksi. Kaikki suomea puhuvat ovat tervetulleita.' },
    },
    schedule: { weekdays: [1], everyOtherWeek: true },
    start: '13:00',
    minutes: 90,
    capacity: 15,
  },
  {
    venue: 'Träffpunkt Aspudden',
    kind: 'ACTIVITY',
    language: 'ar',
    texts: {
      sv: { title: 'Kaffestund på arabiska', summary: 'Samtal på arabiska med kaffe och kaka.', description: 'En språkvän från träffpunkten är med.' },
      ar: { title: 'جلسة قهوة باللغة العربية', summary: 'حديث باللغة العربية مع القهوة والكعك.', description: 'يحضر صديق لغوي من مكان اللقاء.' },
    },
    schedule: { weekdays: [5] },
    start: '11:00',
    minutes: 90,
    capacity: 20,
  },
  {
    venue: 'Mötesplats Västertorp',
    kind: 'COURSE',
    audience: 'DECISION',
    texts: { sv: { title: 'Dagverksamhet: måleri', summary: 'Måleri med handledare för dig med beslut om dagverksamhet.', description: 'Kräver biståndsbeslut. Prata med din biståndshandläggare.' } },
    schedule: { weekdays: [3] },
    start: '10:00',
    minutes: 120,
    capacity: 8,
  },
];
