import { ruleMessages } from '@omsorg/rules/messages';
import type { Catalogs } from './messages.ts';

/** Messages for errors every service can return. Services add their own catalogs. */
const ownMessages: Catalogs = {
  sv: {
    'validation.invalidId': 'Uppgiften pekar på något som inte finns. Gå tillbaka och försök igen.',
    'error.rateLimited': 'Du har skickat många förfrågningar på kort tid. Vänta {wait} och försök igen.',
    'wait.minute': '1 minut',
    'wait.minutes': '{count} minuter',
    'wait.hour': '1 timme',
    'wait.hours': '{count} timmar',
    'validation.summary': 'Uppgifterna behöver rättas innan de kan skickas.',
    'error.unauthenticated': 'Du behöver logga in för att se det här.',
    'error.forbidden': 'Du har inte behörighet till det här.',
    'error.notFound': 'Det du letar efter finns inte.',
    'error.conflict': 'Någon annan har ändrat det här medan du arbetade. Inget sparades. Läs in sidan igen och gör ändringen på nytt.',
    'error.internal': 'Något gick fel hos oss. Försök igen om en stund.',
  },
  en: {
    'validation.invalidId': 'This refers to something that does not exist. Go back and try again.',
    'error.rateLimited': 'You have sent many requests in a short time. Wait {wait} and try again.',
    'wait.minute': '1 minute',
    'wait.minutes': '{count} minutes',
    'wait.hour': '1 hour',
    'wait.hours': '{count} hours',
    'validation.summary': 'Please correct the information before sending it.',
    'error.unauthenticated': 'You need to sign in to see this.',
    'error.forbidden': 'You are not allowed to do this.',
    'error.notFound': 'What you are looking for does not exist.',
    'error.conflict': 'Someone else changed this while you were working. Nothing was saved. Reload the page and make the change again.',
    'error.internal': 'Something went wrong on our side. Please try again in a while.',
  },
  fi: {
    'validation.invalidId': 'Tieto viittaa johonkin, jota ei ole. Palaa takaisin ja yritä uudelleen.',
    'error.rateLimited': 'Olet lähettänyt monta pyyntöä lyhyessä ajassa. Odota {wait} ja yritä uudelleen.',
    'wait.minute': '1 minuutti',
    'wait.minutes': '{count} minuuttia',
    'wait.hour': '1 tunti',
    'wait.hours': '{count} tuntia',
    'validation.summary': 'Korjaa tiedot ennen lähettämistä.',
    'error.unauthenticated': 'Kirjaudu sisään nähdäksesi tämän.',
    'error.forbidden': 'Sinulla ei ole oikeutta tähän.',
    'error.notFound': 'Etsimääsi ei löydy.',
    'error.conflict': 'Joku muu muutti tätä samaan aikaan. Mitään ei tallennettu. Lataa sivu uudelleen ja tee muutos uudelleen.',
    'error.internal': 'Jotain meni vikaan. Yritä hetken kuluttua uudelleen.',
  },
  ar: {
    'validation.invalidId': 'يشير هذا إلى شيء غير موجود. عد وحاول مرة أخرى.',
    'error.rateLimited': 'لقد أرسلت طلبات كثيرة في وقت قصير. انتظر {wait} ثم حاول مرة أخرى.',
    'wait.minute': 'دقيقة واحدة',
    'wait.minutes': '{count} دقيقة',
    'wait.hour': 'ساعة واحدة',
    'wait.hours': '{count} ساعة',
    'validation.summary': 'يرجى تصحيح المعلومات قبل إرسالها.',
    'error.unauthenticated': 'يجب تسجيل الدخول لرؤية هذا.',
    'error.forbidden': 'ليس لديك إذن للقيام بذلك.',
    'error.notFound': 'ما تبحث عنه غير موجود.',
    'error.conflict': 'قام شخص آخر بتغيير هذا أثناء عملك. لم يتم حفظ أي شيء. أعد تحميل الصفحة وأجرِ التغيير مرة أخرى.',
    'error.internal': 'حدث خطأ من جانبنا. حاول مرة أخرى بعد قليل.',
  },
};

/** The rules' messages (@omsorg/rules, shared with the portals) and the platform's own. */
export const platformMessages: Catalogs = {
  sv: { ...ruleMessages.sv, ...ownMessages.sv },
  en: { ...ruleMessages.en, ...ownMessages.en },
  fi: { ...ruleMessages.fi, ...ownMessages.fi },
  ar: { ...ruleMessages.ar, ...ownMessages.ar },
};
