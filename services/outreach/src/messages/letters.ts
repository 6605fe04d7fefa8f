import type { Catalogs } from '@omsorg/platform';

/** Letter batches: the typed errors of making and downloading the print files. */
export const letterMessages: Catalogs = {
  sv: {
    'error.letters.cohortNotFixed': 'Fastställ urvalet innan breven skapas.',
    'error.letters.running': 'Brev till den här kampanjen skapas just nu. Vänta tills de är klara.',
    'error.letters.notFound': 'Filen finns inte, eller så hör den till en annan enhet.',
    'error.letters.signIn': 'Logga in för att ladda ner filen.',
    'error.letters.forbidden': 'Du har inte behörighet att ladda ner filen.',
    'validation.campaign.reminderWeeks': 'Ange antal veckor mellan {min} och {max}, eller lämna fältet tomt.',
  },
  en: {
    'error.letters.cohortNotFixed': 'Fix the cohort before the letters are made.',
    'error.letters.running': 'Letters for this campaign are being made right now. Wait until they are done.',
    'error.letters.notFound': 'The file does not exist, or it belongs to another unit.',
    'error.letters.signIn': 'Sign in to download the file.',
    'error.letters.forbidden': 'You are not allowed to download the file.',
    'validation.campaign.reminderWeeks': 'Enter a number of weeks between {min} and {max}, or leave the field empty.',
  },
  fi: {
    'error.letters.cohortNotFixed': 'Vahvista otos ennen kirjeiden luomista.',
    'error.letters.running': 'Tämän kampanjan kirjeitä luodaan parhaillaan. Odota, kunnes ne ovat valmiita.',
    'error.letters.notFound': 'Tiedostoa ei ole, tai se kuuluu toiselle yksikölle.',
    'error.letters.signIn': 'Kirjaudu sisään ladataksesi tiedoston.',
    'error.letters.forbidden': 'Sinulla ei ole oikeutta ladata tiedostoa.',
    'validation.campaign.reminderWeeks': 'Anna viikkojen määrä väliltä {min}–{max} tai jätä kenttä tyhjäksi.',
  },
  ar: {
    'error.letters.cohortNotFixed': 'ثبّت العينة قبل إنشاء الرسائل.',
    'error.letters.running': 'يتم إنشاء رسائل هذه الحملة الآن. انتظر حتى تنتهي.',
    'error.letters.notFound': 'الملف غير موجود، أو أنه يخص وحدة أخرى.',
    'error.letters.signIn': 'سجّل الدخول لتنزيل الملف.',
    'error.letters.forbidden': 'ليس لديك صلاحية تنزيل الملف.',
    'validation.campaign.reminderWeeks': 'أدخل عدد أسابيع بين {min} و{max}، أو اترك الحقل فارغًا.',
  },
};
