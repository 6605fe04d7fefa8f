import type { Catalogs } from '@omsorg/platform';

/**
 * Messages of the feedback service that the platform's do not say well enough. The feedback
 * form's validation messages are the shared rules' (@omsorg/rules, validation.feedback.*).
 */
export const feedbackMessages: Catalogs = {
  sv: {
    'error.rateLimited.feedback': 'Du har skickat många synpunkter på kort tid. Vänta {wait} och försök igen.',
  },
  en: {
    'error.rateLimited.feedback': 'You have sent a lot of feedback in a short time. Wait {wait} and try again.',
  },
  fi: {
    'error.rateLimited.feedback': 'Olet lähettänyt monta palautetta lyhyessä ajassa. Odota {wait} ja yritä uudelleen.',
  },
  ar: {
    'error.rateLimited.feedback': 'لقد أرسلت ملاحظات كثيرة في وقت قصير. انتظر {wait} ثم حاول مرة أخرى.',
  },
};
