import { createTranslator, type Catalogs } from '@omsorg/platform';

/** What the gateway itself says to a user (the subgraphs have their own catalogs). */
export const gatewayMessages: Catalogs = {
  sv: {
    'session.ended': 'Din inloggning har avslutats. Logga in igen för att fortsätta där du var.',
    'request.invalid': 'Frågan kunde inte läsas. Kontrollera den och försök igen.',
    'session.unavailable': 'Vi kan inte kontrollera din inloggning just nu. Försök igen om en stund.',
    'document.unknown': 'Tjänsten känner inte igen frågan som sidan skickade. Ladda om sidan och försök igen.',
    'document.required': 'Tjänsten tar bara emot frågor som den känner igen. Ladda om sidan och försök igen.',
    'attachments.refused': 'Filen kunde inte tas emot. Ladda om sidan och försök igen.',
    'attachments.signIn': 'Logga in för att bifoga eller öppna filer.',
    'attachments.unavailable': 'Filer går inte att skicka eller öppna just nu. Försök igen om en stund.',
  },
  en: {
    'session.ended': 'Your sign-in has ended. Sign in again to continue where you were.',
    'request.invalid': 'The query could not be read. Check it and try again.',
    'session.unavailable': 'We cannot check your sign-in right now. Try again in a moment.',
    'document.unknown': 'The service does not recognise the request the page sent. Reload the page and try again.',
    'document.required': 'The service only accepts requests it recognises. Reload the page and try again.',
    'attachments.refused': 'The file could not be received. Reload the page and try again.',
    'attachments.signIn': 'Sign in to attach or open files.',
    'attachments.unavailable': 'Files cannot be sent or opened right now. Try again in a moment.',
  },
  fi: {
    'session.ended': 'Kirjautumisesi on päättynyt. Kirjaudu uudelleen jatkaaksesi siitä, mihin jäit.',
    'request.invalid': 'Kyselyä ei voitu lukea. Tarkista se ja yritä uudelleen.',
    'document.unknown': 'Palvelu ei tunnista kyselyä, jonka sivu lähetti. Lataa sivu uudelleen ja yritä sitten uudelleen.',
    'document.required': 'Palvelu hyväksyy vain kyselyt, jotka se tunnistaa. Lataa sivu uudelleen ja yritä sitten uudelleen.',
    'attachments.refused': 'Tiedostoa ei voitu vastaanottaa. Lataa sivu uudelleen ja yritä uudelleen.',
    'attachments.signIn': 'Kirjaudu sisään liittääksesi tai avataksesi tiedostoja.',
    'attachments.unavailable': 'Tiedostoja ei voi lähettää tai avata juuri nyt. Yritä hetken kuluttua uudelleen.',
  },
  ar: {
    'session.ended': 'انتهى تسجيل دخولك. سجّل الدخول مرة أخرى لتتابع من حيث توقفت.',
    'request.invalid': 'تعذّرت قراءة الاستعلام. تحقّق منه وحاول مرة أخرى.',
    'document.unknown': 'لا تتعرّف الخدمة على الطلب الذي أرسلته الصفحة. أعد تحميل الصفحة وحاول مرة أخرى.',
    'document.required': 'لا تقبل الخدمة إلا الطلبات التي تتعرّف عليها. أعد تحميل الصفحة وحاول مرة أخرى.',
    'attachments.refused': 'تعذر استلام الملف. أعد تحميل الصفحة وحاول مرة أخرى.',
    'attachments.signIn': 'سجّل الدخول لإرفاق الملفات أو فتحها.',
    'attachments.unavailable': 'لا يمكن إرسال الملفات أو فتحها الآن. حاول مرة أخرى بعد قليل.',
  },
};

export const translate = createTranslator(gatewayMessages);
