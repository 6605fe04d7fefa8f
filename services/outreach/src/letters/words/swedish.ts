import { writeDay } from '@omsorg/letters';
import { writeWhen } from '../when.ts';
import type { OutreachWords } from '../words.ts';

/* Outreach's letters and mails in Swedish. Plain words and short sentences: the readers are 75 and older. */

export const swedishWords: OutreachWords = {
  frame: {
    lang: 'sv-SE',
    date: 'Datum',
    phone: 'Telefon',
    addressMissing: 'Postadress saknas',
    page: (page) => `sida ${page}`,
    formatDate: (day) => writeDay(day, 'sv'),
    closing: (unit) => `Med vänlig hälsning\n${unit}`,
  },
  when: (at) => writeWhen(at, 'sv', 'klockan'),
  meetingKinds: {
    MEETING_PLACE: 'På en träffpunkt',
    HEALTH_CENTRE: 'På vårdcentralen',
    HOME: 'Hemma hos dig',
    PHONE: 'Per telefon',
    VIDEO: 'Per video',
  },
  invitation: {
    title: 'Välkommen till ett hälsosamtal',
    reminderTitle: 'Påminnelse: välkommen till ett hälsosamtal',
    greeting: (name) => `Hej ${name}!`,
    introduction: (age) =>
      `${age ? `Du fyller ${age} år i år. ` : ''}Vi vill bjuda in dig till ett hälsosamtal. Samtalet är gratis och frivilligt.`,
    reminderIntroduction:
      'Vi har inte fått något svar på vår inbjudan till ett hälsosamtal. Du är fortfarande välkommen. Samtalet är gratis och frivilligt.',
    whatHeading: 'Vad är ett hälsosamtal?',
    what: [
      'Du pratar med en äldrelots om hur du mår: om din hälsa, om fall, om mat och om ensamhet, och om det du själv vill. Äldrelotsen kan berätta om hjälp och aktiviteter nära dig.',
      'Du väljer var ni ses: hemma hos dig, på en träffpunkt, på vårdcentralen eller per telefon. Du får gärna ta med en anhörig. Behöver du tolk, så bokar vi en.',
    ],
    howHeading: 'Så svarar du',
    codeLabel: 'Din kod',
    web: 'På internet',
    phone: 'Per telefon',
    how: [
      'Skriv in koden och ditt födelsedatum. Sedan väljer du en tid som passar dig.',
      'Du behöver inget BankID. Koden och ditt födelsedatum räcker.',
      'Ha koden framför dig när du ringer.',
    ],
    decline: 'Vill du inte ha något samtal? Du kan tacka nej på samma sätt.',
    alreadyAnswered: 'Har du redan svarat? Då kan du bortse från det här brevet.',
  },
  booking: {
    titles: { CONFIRMED: 'Din tid för hälsosamtal', RESCHEDULED: 'Ny tid för ditt hälsosamtal', CANCELLED: 'Ditt hälsosamtal är avbokat' },
    introductions: {
      CONFIRMED: 'Tack för att du har bokat ett hälsosamtal. Här är din tid.',
      RESCHEDULED: 'Ditt hälsosamtal har fått en ny tid. Den gamla tiden gäller inte längre.',
      CANCELLED: 'Ditt hälsosamtal är avbokat. Tiden nedan gäller inte längre.',
    },
    heading: { CONFIRMED: 'Tid och plats', RESCHEDULED: 'Din nya tid', CANCELLED: 'Tiden som är avbokad' },
    labels: { when: 'När', kind: 'Hur', place: 'Var', address: 'Adress', worker: 'Äldrelots', previous: 'Gamla tiden (gäller inte)' },
    atHome: 'Äldrelotsen kommer hem till dig.',
    byPhone: 'Äldrelotsen ringer dig.',
    interpreter: (language) => `Vi bokar en tolk på ${language}.`,
    relative: 'Du får gärna ta med en anhörig.',
    changeHeading: 'Om tiden inte passar',
    change: ({ web, phone }) => [
      `Du kan byta tid eller avboka på ${web}. Använd koden från ditt inbjudningsbrev och ditt födelsedatum. Du behöver inget BankID.`,
      `Du kan också ringa ${phone}.`,
    ],
    newTimeHeading: 'Vill du boka en ny tid?',
    newTime: ({ web, phone }) => [
      `Gå till ${web} och skriv in koden från ditt inbjudningsbrev och ditt födelsedatum. Du behöver inget BankID.`,
      `Du kan också ringa ${phone}.`,
    ],
  },
  calendarSummary: 'Hälsosamtal med äldrelots',
  mail: {
    signed: (unit) => ['', 'Med vänlig hälsning', unit, '', 'Det här mejlet går inte att svara på.'],
    invitationSubject: 'Välkommen till ett hälsosamtal',
    reminderSubject: 'Påminnelse: välkommen till ett hälsosamtal',
    bookingSubjects: { CONFIRMED: 'Din tid för hälsosamtal', RESCHEDULED: 'Ny tid för ditt hälsosamtal', CANCELLED: 'Ditt hälsosamtal är avbokat' },
    dayBeforeSubject: 'Påminnelse: hälsosamtal i morgon',
    dayBeforeIntroduction: 'Vi vill påminna dig om ditt hälsosamtal i morgon.',
  },
};
