import { CONTACT_CENTRE_PHONE } from '../../domain/unit-contacts.ts';
import { writeClockTime, writeDay, writeDayOf } from '../../domain/stockholm-time.ts';
import type { Addressee } from '../addressee.ts';
import type { AppealOutcome, MailWords } from './mail-words.ts';

/*
 * The case mails in Finnish: Stockholm is in the Finnish administrative area. Plain Finnish with
 * the words of the Finnish letters (letters/templates.ts): avustus, avustuskäsittelijä,
 * asianumero, selvitys, hallinto-oikeus, Omat asiat. A name is never inflected: it stands after
 * "henkilö" in the case the sentence needs ("henkilöä Signe Andersson koskeva").
 */

/** "maanantaina 28. joulukuuta 2026": Finnish writes the weekday in the essive, as "when". */
const day = (isoDay: string) => writeDay(isoDay, 'fi', { weekday: true });

function signed(unit: string): string[] {
  return ['', 'Ystävällisin terveisin', unit, '', 'Tähän sähköpostiin ei voi vastata.'];
}

/** The person the case is about, in the case the sentence needs, for a representative. */
function person(addressee: Addressee, grammaticalCase: 'nominative' | 'genitive' | 'partitive' | 'allative'): string {
  const name = addressee.personName;
  switch (grammaticalCase) {
    case 'nominative':
      return name ?? 'edustamasi henkilö';
    case 'genitive':
      return name ? `henkilön ${name}` : 'edustamasi henkilön';
    case 'partitive':
      return name ? `henkilöä ${name}` : 'edustamaasi henkilöä';
    case 'allative':
      return name ? `henkilölle ${name}` : 'edustamallesi henkilölle';
  }
}

/** "hakemuksestasi", or for a representative "henkilöä Signe Andersson koskevasta hakemuksesta". */
function aboutApplication(addressee: Addressee): string {
  return addressee.representative ? `${person(addressee, 'partitive')} koskevasta hakemuksesta` : 'hakemuksestasi';
}

/** "hakemustasi koskevasta päätöksestä", or "henkilöä Signe Andersson koskevasta päätöksestä". */
function aboutDecision(addressee: Addressee): string {
  return `${addressee.representative ? person(addressee, 'partitive') : 'hakemustasi'} koskevasta päätöksestä`;
}

const OUTCOME_TEXT: Record<AppealOutcome, string> = {
  CHANGED_ON_RECONSIDERATION: 'Olemme tutkineet päätöksen uudelleen ja muuttaneet sitä. Uusi päätös on e-palvelun kohdassa Omat asiat, ja se lähetetään myös postitse.',
  FORWARDED_TO_COURT: 'Olemme tutkineet päätöksen uudelleen, mutta emme ole muuttaneet sitä. Valitus on lähetetty hallinto-oikeuteen, joka ratkaisee sen. Tuomioistuin on yhteydessä.',
  COURT_UPHELD: 'Hallinto-oikeus on hylännyt valituksen: päätös on voimassa sellaisenaan. Saat ratkaisun ja ohjeet siitä valittamiseen tuomioistuimelta.',
  COURT_CHANGED: 'Hallinto-oikeus on muuttanut päätöstä. Otamme yhteyttä ja kerromme, mitä se tarkoittaa. Saat ratkaisun tuomioistuimelta.',
  COURT_DISMISSED: 'Hallinto-oikeus on jättänyt valituksen tutkimatta: päätös on voimassa sellaisenaan. Saat ratkaisun tuomioistuimelta.',
};

export const finnishMails: MailWords = {
  confirmation: ({ addressee, reference, unit, services }) => {
    const own = !addressee.representative;
    return {
      subject: `Olemme vastaanottaneet hakemuksesi ${reference}`,
      lines: [
        'Hei!',
        '',
        own
          ? `Olemme vastaanottaneet avustusta koskevan hakemuksesi. Asianumerosi on ${reference}. Mainitse se, kun otat meihin yhteyttä.`
          : `Olemme vastaanottaneet avustusta koskevan hakemuksen, jonka teit ${person(addressee, 'genitive')} puolesta. Asianumero on ${reference}. Mainitse se, kun otat meihin yhteyttä.`,
        '',
        'Haetut palvelut:',
        ...services.map((service) => `- ${service}`),
        '',
        'Mitä seuraavaksi tapahtuu:',
        `1. Avustuskäsittelijä ottaa hakemuksen käsiteltäväksi ja on yhteydessä ${own ? 'sinuun' : 'teihin'}.`,
        own
          ? '2. Käsittelijä selvittää tarpeesi, usein kotikäynnillä luonasi. Voit pyytää omaisen mukaan.'
          : `2. Käsittelijä selvittää, mitä ${person(addressee, 'nominative')} tarvitsee, usein kotikäynnillä hänen luonaan. Voit mielellään olla mukana.`,
        // Förvaltningslagen 25 §: communication is owed before a decision that may go against the person, not before every one.
        own
          ? '3. Jos päätös voi olla sinulle kielteinen, saat ensin lukea selvityksen ja kertoa mielipiteesi.'
          : `3. Jos päätös voi olla ${person(addressee, 'allative')} kielteinen, saatte ensin lukea selvityksen ja kertoa mielipiteenne.`,
        '4. Jokaisesta haetusta palvelusta tehdään kirjallinen päätös. Päätöksestä voi valittaa.',
        '',
        'Voit seurata asian käsittelyä e-palvelun kohdassa Omat asiat.',
        ...signed(unit),
      ],
    };
  },

  decisionMade: ({ addressee, reference, unit, appealDeadline }) => ({
    subject: `Päätös asiassa ${reference}`,
    lines: [
      'Hei!',
      '',
      `Olemme tehneet päätöksen ${aboutApplication(addressee)}, asianumero ${reference}.`,
      '',
      'Lue päätös e-palvelun kohdassa Omat asiat. Se lähetetään myös postitse.',
      ...(appealDeadline
        ? [
            `${addressee.representative ? 'Jos päätös ei ole sellainen kuin toivoitte, siitä voi valittaa.' : 'Jos päätös ei ole sellainen kuin toivoit, voit valittaa siitä.'} Valituksen on oltava perillä meillä viimeistään ${day(appealDeadline)}.`,
          ]
        : []),
      ...signed(unit),
    ],
  }),

  appealReceived: ({ addressee, reference, unit, receivedOn, inTime }) => ({
    subject: `Olemme vastaanottaneet valituksen, asia ${reference}`,
    lines: [
      'Hei!',
      '',
      `Olemme vastaanottaneet valituksen ${aboutDecision(addressee)}, asianumero ${reference}. Valitus saapui ${day(receivedOn)}.`,
      inTime ? 'Valitus saapui määräajassa.' : 'Valitus saapui määräajan jälkeen. Hallinto-oikeus päättää, tutkitaanko se silti.',
      '',
      'Tutkimme ensin päätöksen uudelleen. Jos emme muuta sitä pyydetyllä tavalla, lähetämme valituksen hallinto-oikeuteen, ja saat siitä tiedon.',
      ...signed(unit),
    ],
  }),

  appealDecided: ({ addressee, reference, unit, outcome }) => ({
    subject: `Tietoa valituksesta, asia ${reference}`,
    lines: ['Hei!', '', `Tämä viesti koskee valitusta ${aboutDecision(addressee)}, asianumero ${reference}.`, '', OUTCOME_TEXT[outcome], ...signed(unit)],
  }),

  orderPlaced: ({ addressee, reference, unit, service, providerName, startOn }) => ({
    subject: `Palvelu on tilattu, asia ${reference}`,
    lines: [
      'Hei!',
      '',
      `Olemme tilanneet ${addressee.representative ? person(addressee, 'allative') : 'sinulle'} palvelun palveluntuottajalta ${providerName}.`,
      `Palvelu: ${service}`,
      `Asianumero: ${reference}`,
      '',
      `Avun on määrä alkaa ${day(startOn)}. Palveluntuottaja ottaa yhteyttä ennen sitä ja suunnittelee avun yhdessä ${addressee.representative ? 'kanssanne' : 'kanssasi'}.`,
      ...signed(unit),
    ],
  }),

  homeVisitInvitation: ({ reference, unit, at, place }) => ({
    subject: `Kutsu kotikäynnille, asia ${reference}`,
    lines: [
      'Hei!',
      '',
      `Avustuskäsittelijä tulee kotikäynnille keskustelemaan hakemuksesta, jonka asianumero on ${reference}.`,
      '',
      `Milloin: ${writeDayOf(at, 'fi', { weekday: true })} klo ${writeClockTime(at, 'fi')}`,
      `Missä: ${place}`,
      '',
      `Voit pyytää omaisen mukaan. Jos aika ei sovi, soita Tukholman kaupungin asiakaspalveluun (Kontaktcenter) numeroon ${CONTACT_CENTRE_PHONE} ja mainitse asianumero.`,
      ...signed(unit),
    ],
  }),

  investigationCommunicated: ({ reference, unit, responseDueOn }) => ({
    subject: `Selvitys on valmis luettavaksi, asia ${reference}`,
    lines: [
      'Hei!',
      '',
      `Asian ${reference} selvitys on valmis. Ennen kuin teemme päätöksen, saat lukea sen ja kertoa mielipiteesi.`,
      '',
      'Lue selvitys e-palvelun kohdassa Omat asiat. Saat sen myös kirjeenä.',
      `Kerro mielipiteesi viimeistään ${day(responseDueOn)}.`,
      '',
      'Jos sinulla ei ole huomautettavaa, sinun ei tarvitse tehdä mitään.',
      ...signed(unit),
    ],
  }),
};
