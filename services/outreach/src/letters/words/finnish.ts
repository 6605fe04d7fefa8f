import { writeDay } from '@omsorg/letters';
import { writeWhen } from '../when.ts';
import type { OutreachWords } from '../words.ts';

/*
 * Outreach's letters and mails in Finnish (Stockholm is in the Finnish administrative area).
 * Hälsosamtal is "terveyskeskustelu", äldrelots "vanhusluotsi", with the Swedish word beside it
 * the first time, as the person will hear it on the phone and see it on signs.
 */

export const finnishWords: OutreachWords = {
  frame: {
    lang: 'fi-FI',
    date: 'Päivämäärä',
    phone: 'Puhelin',
    addressMissing: 'Postiosoite puuttuu',
    page: (page) => `sivu ${page}`,
    formatDate: (day) => writeDay(day, 'fi'),
    closing: (unit) => `Ystävällisin terveisin\n${unit}`,
  },
  when: (at) => writeWhen(at, 'fi', 'kello'),
  meetingKinds: {
    MEETING_PLACE: 'Kohtaamispaikassa (träffpunkt)',
    HEALTH_CENTRE: 'Terveyskeskuksessa (vårdcentral)',
    HOME: 'Kotonasi',
    PHONE: 'Puhelimessa',
    VIDEO: 'Videopuhelussa',
  },
  invitation: {
    title: 'Tervetuloa terveyskeskusteluun',
    reminderTitle: 'Muistutus: tervetuloa terveyskeskusteluun',
    greeting: (name) => `Hei ${name}!`,
    introduction: (age) =>
      `${age ? `Täytät tänä vuonna ${age} vuotta. ` : ''}Haluamme kutsua sinut terveyskeskusteluun (hälsosamtal). Keskustelu on maksuton ja vapaaehtoinen.`,
    reminderIntroduction:
      'Emme ole saaneet vastausta kutsuumme terveyskeskusteluun (hälsosamtal). Olet yhä tervetullut. Keskustelu on maksuton ja vapaaehtoinen.',
    whatHeading: 'Mikä on terveyskeskustelu?',
    what: [
      'Keskustelet vanhusluotsin (äldrelots) kanssa siitä, miten voit: terveydestäsi, kaatumisista, ruoasta ja yksinäisyydestä sekä siitä, mistä itse haluat puhua. Vanhusluotsi voi kertoa avusta ja toiminnasta lähelläsi.',
      'Sinä valitset, missä tapaatte: kotonasi, kohtaamispaikassa, terveyskeskuksessa tai puhelimessa. Voit ottaa omaisen mukaan. Jos tarvitset tulkin, varaamme sen.',
    ],
    howHeading: 'Näin vastaat',
    codeLabel: 'Koodisi',
    web: 'Internetissä',
    phone: 'Puhelimitse',
    how: [
      'Kirjoita koodi ja syntymäaikasi. Sen jälkeen valitset sinulle sopivan ajan.',
      'Et tarvitse BankID:tä. Koodi ja syntymäaikasi riittävät.',
      'Pidä koodi esillä, kun soitat.',
    ],
    decline: 'Etkö halua keskustelua? Voit kieltäytyä samalla tavalla.',
    alreadyAnswered: 'Oletko jo vastannut? Silloin voit jättää tämän kirjeen huomiotta.',
  },
  booking: {
    titles: { CONFIRMED: 'Terveyskeskustelusi aika', RESCHEDULED: 'Terveyskeskustelusi uusi aika', CANCELLED: 'Terveyskeskustelusi on peruttu' },
    introductions: {
      CONFIRMED: 'Kiitos, että varasit terveyskeskustelun. Tässä on aikasi.',
      RESCHEDULED: 'Terveyskeskustelusi on siirretty uuteen aikaan. Vanha aika ei ole enää voimassa.',
      CANCELLED: 'Terveyskeskustelusi on peruttu. Alla oleva aika ei ole enää voimassa.',
    },
    heading: { CONFIRMED: 'Aika ja paikka', RESCHEDULED: 'Uusi aikasi', CANCELLED: 'Peruttu aika' },
    labels: { when: 'Aika', kind: 'Tapa', place: 'Paikka', address: 'Osoite', worker: 'Vanhusluotsi', previous: 'Vanha aika (ei voimassa)' },
    atHome: 'Vanhusluotsi tulee kotiisi.',
    byPhone: 'Vanhusluotsi soittaa sinulle.',
    interpreter: (language) => `Varaamme tulkin (${language}).`,
    relative: 'Voit ottaa omaisen mukaan.',
    changeHeading: 'Jos aika ei sovi',
    change: ({ web, phone }) => [
      `Voit vaihtaa ajan tai perua sen osoitteessa ${web}. Käytä kutsukirjeesi koodia ja syntymäaikaasi. Et tarvitse BankID:tä.`,
      `Voit myös soittaa numeroon ${phone}.`,
    ],
    newTimeHeading: 'Haluatko varata uuden ajan?',
    newTime: ({ web, phone }) => [
      `Mene osoitteeseen ${web} ja kirjoita kutsukirjeesi koodi ja syntymäaikasi. Et tarvitse BankID:tä.`,
      `Voit myös soittaa numeroon ${phone}.`,
    ],
  },
  calendarSummary: 'Terveyskeskustelu vanhusluotsin kanssa',
  mail: {
    signed: (unit) => ['', 'Ystävällisin terveisin', unit, '', 'Tähän sähköpostiin ei voi vastata.'],
    invitationSubject: 'Tervetuloa terveyskeskusteluun',
    reminderSubject: 'Muistutus: tervetuloa terveyskeskusteluun',
    bookingSubjects: { CONFIRMED: 'Terveyskeskustelusi aika', RESCHEDULED: 'Terveyskeskustelusi uusi aika', CANCELLED: 'Terveyskeskustelusi on peruttu' },
    dayBeforeSubject: 'Muistutus: terveyskeskustelu huomenna',
    dayBeforeIntroduction: 'Muistutamme terveyskeskustelustasi huomenna.',
  },
};
