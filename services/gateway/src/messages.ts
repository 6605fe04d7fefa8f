import { createTranslator, type Catalogs } from '@omsorg/platform';

/** What the gateway itself says to a user (the subgraphs have their own catalogs). */
export const gatewayMessages: Catalogs = {
  sv: {
    'session.ended': 'Din inloggning har avslutats. Logga in igen för att fortsätta där du var.',
    'request.invalid': 'Frågan kunde inte läsas. Kontrollera den och försök igen.',
    'session.unavailable': 'Vi kan inte kontrollera din inloggning just nu. Försök igen om en stund.',
  },
  en: {
    'session.ended': 'Your sign-in has ended. Sign in again to continue where you were.',
    'request.invalid': 'The query could not be read. Check it and try again.',
    'session.unavailable': 'We cannot check your sign-in right now. Try again in a moment.',
  },
  fi: {
    'session.ended': 'Kirjautumisesi on päättynyt. Kirjaudu uudelleen jatkaaksesi siitä, mihin jäit.',
    'request.invalid': 'Kyselyä ei voitu lukea. Tarkista se ja yritä uudelleen.',
  },
  ar: {
    'session.ended': 'انتهى تسجيل دخولك. سجّل الدخول مرة أخرى لتتابع من حيث توقفت.',
    'request.invalid': 'تعذّرت قراءة الاستعلام. تحقّق منه وحاول مرة أخرى.',
  },
};

export const translate = createTranslator(gatewayMessages);
