import type { Catalogs } from '@omsorg/platform';
import { FEEDBACK_TEXT_MAX_LENGTH } from './domain/feedback-text.ts';
import { CONTACT_FIELD_MAX_LENGTH } from './domain/contact.ts';

/** 10000 as "10 000" (or "10,000"): grouped, without depending on the runtime's locale data. */
function grouped(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

const textMax = FEEDBACK_TEXT_MAX_LENGTH;
const contactMax = CONTACT_FIELD_MAX_LENGTH;

/**
 * Messages of the feedback form that the platform's generic ones do not say well enough. Keys
 * start with "validation." so the platform translates them when a zod check uses them.
 */
export const feedbackMessages: Catalogs = {
  sv: {
    'error.rateLimited.feedback': 'Du har skickat många synpunkter på kort tid. Vänta {wait} och försök igen.',
    'validation.feedbackTextTooLong': `Texten får vara högst ${grouped(textMax, ' ')} tecken. Korta den, eller dela upp den i flera meddelanden.`,
    'validation.contactTooLong': `Får vara högst ${contactMax} tecken.`,
  },
  en: {
    'error.rateLimited.feedback': 'You have sent a lot of feedback in a short time. Wait {wait} and try again.',
    'validation.feedbackTextTooLong': `The text may be at most ${grouped(textMax, ',')} characters. Shorten it, or split it into several messages.`,
    'validation.contactTooLong': `May be at most ${contactMax} characters.`,
  },
  fi: {
    'error.rateLimited.feedback': 'Olet lähettänyt monta palautetta lyhyessä ajassa. Odota {wait} ja yritä uudelleen.',
    'validation.feedbackTextTooLong': `Tekstissä saa olla enintään ${grouped(textMax, ' ')} merkkiä. Lyhennä sitä tai jaa se useampaan viestiin.`,
    'validation.contactTooLong': `Enintään ${contactMax} merkkiä.`,
  },
  ar: {
    'error.rateLimited.feedback': 'لقد أرسلت ملاحظات كثيرة في وقت قصير. انتظر {wait} ثم حاول مرة أخرى.',
    'validation.feedbackTextTooLong': `يجب ألا يزيد النص عن ${textMax} حرف. اختصره أو قسّمه إلى عدة رسائل.`,
    'validation.contactTooLong': `يجب ألا يزيد عن ${contactMax} حرفًا.`,
  },
};
