import type { Catalogs } from '@omsorg/platform';

/** Messages of the health conversation record and the referral (the form's own are in @omsorg/rules). */
export const conversationMessages: Catalogs = {
  sv: {
    'error.conversation.consentRequired': 'Personen har inte samtyckt till att bli hänvisad till en handläggare. Inget skickades. Fråga personen och skriv samtycket med deras egna ord, eller välj ett annat utfall.',
    'validation.conversation.completed': 'Samtalet är redan avslutat och kan inte ändras.',
    'validation.conversation.bookingNotHeld': 'Bokningen är avbokad eller personen kom inte. Ett samtal kan inte skrivas för den.',
  },
  en: {
    'error.conversation.consentRequired': 'The person has not consented to a referral to a caseworker. Nothing was sent. Ask the person and write their consent in their own words, or choose another outcome.',
    'validation.conversation.completed': 'The conversation has been completed and cannot be changed.',
    'validation.conversation.bookingNotHeld': 'The booking was cancelled or the person did not come. No conversation can be recorded for it.',
  },
  fi: {
    'error.conversation.consentRequired': 'Henkilö ei ole antanut suostumusta ohjaukseen käsittelijälle. Mitään ei lähetetty. Kysy henkilöltä ja kirjoita suostumus hänen omin sanoin, tai valitse toinen lopputulos.',
    'validation.conversation.completed': 'Keskustelu on jo päätetty, eikä sitä voi muuttaa.',
    'validation.conversation.bookingNotHeld': 'Varaus on peruttu tai henkilö ei tullut. Keskustelua ei voi kirjata sille.',
  },
  ar: {
    'error.conversation.consentRequired': 'لم يوافق الشخص على إحالته إلى موظف الحالة. لم يُرسل شيء. اسأل الشخص واكتب موافقته بكلماته الخاصة، أو اختر نتيجة أخرى.',
    'validation.conversation.completed': 'انتهت المحادثة ولا يمكن تغييرها.',
    'validation.conversation.bookingNotHeld': 'أُلغي الحجز أو لم يحضر الشخص. لا يمكن تسجيل محادثة له.',
  },
};
