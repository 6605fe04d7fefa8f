import type { Catalogs } from '@omsorg/platform';

/** The printed programme's messages (the staff page shows them), Swedish first. */
export const programmeMessages: Catalogs = {
  sv: {
    'offerings.programme.month.format': 'Välj en månad, till exempel 2026-12.',
    'offerings.programme.month.tooFar': 'Välj en månad som är högst {months} månader bort.',
    'offerings.programme.district.unknown': 'Det finns inga träffpunkter i den stadsdelen. Välj en stadsdel i listan.',
    'offerings.programme.language.notPrintable': 'Programmet kan inte skrivas ut på arabiska ännu. Välj ett annat språk.',
    'offerings.programme.notFound': 'Programmet finns inte, eller så är det inte klart ännu.',
    'offerings.programme.signIn': 'Logga in för att hämta programmet.',
    'offerings.programme.forbidden': 'Du får inte hämta program. Det får bara personal som arbetar med aktiviteter.',
  },
  en: {
    'offerings.programme.month.format': 'Choose a month, for example 2026-12.',
    'offerings.programme.month.tooFar': 'Choose a month at most {months} months away.',
    'offerings.programme.district.unknown': 'There are no meeting places in that district. Choose a district from the list.',
    'offerings.programme.language.notPrintable': 'The programme cannot be printed in Arabic yet. Choose another language.',
    'offerings.programme.notFound': 'The programme does not exist, or it is not ready yet.',
    'offerings.programme.signIn': 'Sign in to download the programme.',
    'offerings.programme.forbidden': 'You may not download programmes. Only staff working with activities may.',
  },
  fi: {
    'offerings.programme.month.format': 'Valitse kuukausi, esimerkiksi 2026-12.',
    'offerings.programme.month.tooFar': 'Valitse kuukausi, joka on enintään {months} kuukauden päässä.',
    'offerings.programme.district.unknown': 'Tässä kaupunginosassa ei ole kohtaamispaikkoja. Valitse kaupunginosa luettelosta.',
    'offerings.programme.language.notPrintable': 'Ohjelmaa ei voi vielä tulostaa arabiaksi. Valitse toinen kieli.',
    'offerings.programme.notFound': 'Ohjelmaa ei ole, tai se ei ole vielä valmis.',
    'offerings.programme.signIn': 'Kirjaudu sisään ladataksesi ohjelman.',
    'offerings.programme.forbidden': 'Et voi ladata ohjelmia. Vain toiminnasta vastaava henkilöstö voi.',
  },
  ar: {
    'offerings.programme.month.format': 'اختر شهرًا، مثلًا 2026-12.',
    'offerings.programme.month.tooFar': 'اختر شهرًا لا يبعد أكثر من {months} شهرًا.',
    'offerings.programme.district.unknown': 'لا توجد أماكن لقاء في هذه المنطقة. اختر منطقة من القائمة.',
    'offerings.programme.language.notPrintable': 'لا يمكن طباعة البرنامج بالعربية بعد. اختر لغة أخرى.',
    'offerings.programme.notFound': 'البرنامج غير موجود، أو لم يكتمل بعد.',
    'offerings.programme.signIn': 'سجّل الدخول لتنزيل البرنامج.',
    'offerings.programme.forbidden': 'لا يحق لك تنزيل البرامج. هذا متاح فقط للموظفين العاملين في الأنشطة.',
  },
};
