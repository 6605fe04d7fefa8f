import { writeDay } from '@omsorg/letters';
import { writeWhen } from '../when.ts';
import type { OutreachWords } from '../words.ts';

/* Outreach's letters and mails in English, for those whose language in identity is English. Swedish words a person will meet (hälsosamtal, äldrelots) stand beside the English. */

export const englishWords: OutreachWords = {
  frame: {
    lang: 'en-GB',
    date: 'Date',
    phone: 'Telephone',
    addressMissing: 'Postal address missing',
    page: (page) => `page ${page}`,
    formatDate: (day) => writeDay(day, 'en'),
    closing: (unit) => `Kind regards\n${unit}`,
  },
  when: (at) => writeWhen(at, 'en', 'at'),
  meetingKinds: {
    MEETING_PLACE: 'At a meeting place (träffpunkt)',
    HEALTH_CENTRE: 'At the health centre (vårdcentral)',
    HOME: 'In your home',
    PHONE: 'By telephone',
    VIDEO: 'By video',
  },
  invitation: {
    title: 'Welcome to a health conversation',
    reminderTitle: 'Reminder: welcome to a health conversation',
    greeting: (name) => `Hello ${name}!`,
    introduction: (age) =>
      `${age ? `You turn ${age} this year. ` : ''}We would like to invite you to a health conversation (hälsosamtal). It is free and voluntary.`,
    reminderIntroduction: 'We have not had an answer to our invitation to a health conversation (hälsosamtal). You are still welcome. It is free and voluntary.',
    whatHeading: 'What is a health conversation?',
    what: [
      'You talk with an elderly care guide (äldrelots) about how you are: your health, falls, food and loneliness, and anything else you want to talk about. The guide can tell you about help and activities near you.',
      'You choose where you meet: in your home, at a meeting place, at the health centre or by telephone. You are welcome to bring a relative. If you need an interpreter, we will book one.',
    ],
    howHeading: 'How to answer',
    codeLabel: 'Your code',
    web: 'On the internet',
    phone: 'By telephone',
    how: [
      'Enter the code and your date of birth. Then choose a time that suits you.',
      'You do not need BankID. The code and your date of birth are enough.',
      'Have the code in front of you when you call.',
    ],
    decline: 'Do you not want a conversation? You can say no in the same way.',
    alreadyAnswered: 'Have you already answered? Then you can ignore this letter.',
  },
  booking: {
    titles: { CONFIRMED: 'Your health conversation', RESCHEDULED: 'A new time for your health conversation', CANCELLED: 'Your health conversation is cancelled' },
    introductions: {
      CONFIRMED: 'Thank you for booking a health conversation. Here is your time.',
      RESCHEDULED: 'Your health conversation has a new time. The old time no longer applies.',
      CANCELLED: 'Your health conversation is cancelled. The time below no longer applies.',
    },
    heading: { CONFIRMED: 'Time and place', RESCHEDULED: 'Your new time', CANCELLED: 'The cancelled time' },
    labels: { when: 'When', kind: 'How', place: 'Where', address: 'Address', worker: 'Your guide', previous: 'Old time (no longer applies)' },
    atHome: 'The guide will come to your home.',
    byPhone: 'The guide will call you.',
    interpreter: (language) => `We will book an interpreter (${language}).`,
    relative: 'You are welcome to bring a relative.',
    changeHeading: 'If the time does not suit you',
    change: ({ web, phone }) => [
      `You can change or cancel the time at ${web}. Use the code from your invitation letter and your date of birth. You do not need BankID.`,
      `You can also call ${phone}.`,
    ],
    newTimeHeading: 'Would you like a new time?',
    newTime: ({ web, phone }) => [`Go to ${web} and enter the code from your invitation letter and your date of birth. You do not need BankID.`, `You can also call ${phone}.`],
  },
  calendarSummary: 'Health conversation with an elderly care guide',
  mail: {
    signed: (unit) => ['', 'Kind regards', unit, '', 'This e-mail cannot be answered.'],
    invitationSubject: 'Welcome to a health conversation',
    reminderSubject: 'Reminder: welcome to a health conversation',
    bookingSubjects: { CONFIRMED: 'Your health conversation', RESCHEDULED: 'A new time for your health conversation', CANCELLED: 'Your health conversation is cancelled' },
    dayBeforeSubject: 'Reminder: health conversation tomorrow',
    dayBeforeIntroduction: 'This is a reminder of your health conversation tomorrow.',
  },
};
