import { createTranslator, type Catalogs } from '@omsorg/platform';

/** What the gateway itself says to a user (the subgraphs have their own catalogs). */
export const gatewayMessages: Catalogs = {
  sv: {
    'session.ended': 'Din inloggning har avslutats. Logga in igen för att fortsätta där du var.',
    'request.invalid': 'Frågan kunde inte läsas. Kontrollera den och försök igen.',
    'session.unavailable': 'Vi kan inte kontrollera din inloggning just nu. Försök igen om en stund.',
    'document.unknown': 'Tjänsten känner inte igen frågan som sidan skickade. Ladda om sidan och försök igen.',
    'document.required': 'Tjänsten tar bara emot frågor som den känner igen. Ladda om sidan och försök igen.',
  },
  en: {
    'session.ended': 'Your sign-in has ended. Sign in again to continue where you were.',
    'request.invalid': 'The query could not be read. Check it and try again.',
    'session.unavailable': 'We cannot check your sign-in right now. Try again in a moment.',
    'document.unknown': 'The service does not recognise the request the page sent. Reload the page and try again.',
    'document.required': 'The service only accepts requests it recognises. Reload the page and try again.',
  },
  fi: {
    'session.ended': 'Kirjautumisesi on päättynyt. Kirjaudu uudelleen jatkaaksesi siitä, mihin jäit.',
    'request.invalid': 'Kyselyä ei voitu lukea. Tarkista se ja yritä uudelleen.',
    'document.unknown': 'Palvelu ei tunnista kyselyä, jonka sivu lähetti. Lataa sivu uudelleen ja yritä sitten uudelleen.',
    'document.required': 'Palvelu hyväksyy vain kyselyt, jotka se tunnistaa. Lataa sivu uudelleen ja yritä sitten uudelleen.',
  },
  ar: {
    'session.ended': 'انتهى تسجيل دخولك. سجّل الدخول مرة أخرى لتتابع من حيث توقفت.',
    'request.invalid': 'تعذّرت قراءة الاستعلام. تحقّق منه وحاول مرة أخرى.',
    'document.unknown': 'لا تتعرّف الخدمة على الطلب الذي أرسلته الصفحة. أعد تحميل الصفحة وحاول مرة أخرى.',
    'document.required': 'لا تقبل الخدمة إلا الطلبات التي تتعرّف عليها. أعد تحميل الصفحة وحاول مرة أخرى.',
  },
};

export const translate = createTranslator(gatewayMessages);
