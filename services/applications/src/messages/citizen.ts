import type { Catalogs } from '@omsorg/platform';
import { MAX_SERVICES, NEEDS_MAX_LENGTH } from '../domain/answers-validation.ts';

/** 4000 as "4 000" (or "4,000"): grouped, without depending on the runtime's locale data. */
function grouped(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * Messages of the citizen side of the applications service that the platform's generic ones do not say well
 * enough. Keys start with "validation." so the platform translates them when a zod check uses
 * them. Citizen side: the application form, the response to an investigation, the appeal.
 */
export const citizenMessages: Catalogs = {
  sv: {
    'error.rateLimited.applications': 'Du har skickat många ansökningar på kort tid. Vänta {wait} och försök igen. Ring oss om det är bråttom.',
    'error.rateLimited.callbacks': 'Du har bett om att bli uppringd många gånger på kort tid. Vänta {wait} och försök igen. Vi ringer dig om de önskemål du redan har skickat.',
    'validation.application.needsTooLong': `Beskrivningen får vara högst ${grouped(NEEDS_MAX_LENGTH, ' ')} tecken.`,
    'validation.application.tooManyServices': `Du kan söka högst ${MAX_SERVICES} insatser i en ansökan.`,
    'validation.application.serviceTwice': 'Du har valt samma insats två gånger. Ta bort den ena.',
    'validation.application.language': 'Välj ett språk i listan.',
    'validation.application.servicesRequired': 'Välj minst en insats som du vill söka.',
    'validation.application.needsRequired': 'Beskriv med egna ord vad du behöver hjälp med.',
    'validation.application.contactMethodRequired': 'Välj hur vi ska kontakta dig.',
    'validation.application.notDraft': 'Ansökan är redan skickad och kan inte ändras. Kontakta din handläggare om något behöver ändras.',
    'validation.application.submissionKeyUsed': 'Det gick inte att skicka ansökan. Läs in sidan igen och försök en gång till.',
    'validation.response.notCommunicated': 'Det finns ingen utredning att svara på ännu.',
    'validation.response.alreadyResponded': 'Du har redan svarat på utredningen. Kontakta din handläggare om du vill lägga till något.',
    'validation.response.deadlinePassed': 'Sista dagen att svara var {date}. Kontakta din handläggare om du vill lägga till något.',
    'validation.appeal.superseded': 'Beslutet har ersatts av ett nytt beslut. Överklaga det nya beslutet i stället.',
    'validation.appeal.alreadyAppealed': 'Du har redan överklagat beslutet. Vi hör av oss när överklagandet är prövat.',
  },
  en: {
    'error.rateLimited.applications': 'You have sent many applications in a short time. Wait {wait} and try again. Call us if it is urgent.',
    'error.rateLimited.callbacks': 'You have asked to be called back many times in a short time. Wait {wait} and try again. We will call you about your earlier requests.',
    'validation.application.needsTooLong': `The description may be at most ${grouped(NEEDS_MAX_LENGTH, ',')} characters.`,
    'validation.application.tooManyServices': `You can apply for at most ${MAX_SERVICES} services in one application.`,
    'validation.application.serviceTwice': 'You chose the same service twice. Remove one of them.',
    'validation.application.language': 'Choose a language from the list.',
    'validation.application.servicesRequired': 'Choose at least one service to apply for.',
    'validation.application.needsRequired': 'Describe in your own words what you need help with.',
    'validation.application.contactMethodRequired': 'Choose how we should contact you.',
    'validation.application.notDraft': 'The application has already been sent and cannot be changed. Contact your caseworker if something needs to change.',
    'validation.application.submissionKeyUsed': 'The application could not be sent. Reload the page and try once more.',
    'validation.response.notCommunicated': 'There is no investigation to respond to yet.',
    'validation.response.alreadyResponded': 'You have already responded to the investigation. Contact your caseworker if you want to add something.',
    'validation.response.deadlinePassed': 'The last day to respond was {date}. Contact your caseworker if you want to add something.',
    'validation.appeal.superseded': 'The decision has been replaced by a new one. Appeal the new decision instead.',
    'validation.appeal.alreadyAppealed': 'You have already appealed this decision. We will contact you when the appeal has been examined.',
  },
  fi: {
    'error.rateLimited.applications': 'Olet lähettänyt monta hakemusta lyhyessä ajassa. Odota {wait} ja yritä uudelleen. Soita meille, jos asia on kiireellinen.',
    'error.rateLimited.callbacks': 'Olet pyytänyt soittoa monta kertaa lyhyessä ajassa. Odota {wait} ja yritä uudelleen. Soitamme sinulle aiempien pyyntöjesi vuoksi.',
    'validation.application.needsTooLong': `Kuvauksessa saa olla enintään ${grouped(NEEDS_MAX_LENGTH, ' ')} merkkiä.`,
    'validation.application.tooManyServices': `Voit hakea enintään ${MAX_SERVICES} palvelua yhdellä hakemuksella.`,
    'validation.application.serviceTwice': 'Valitsit saman palvelun kahdesti. Poista toinen.',
    'validation.application.language': 'Valitse kieli luettelosta.',
    'validation.application.servicesRequired': 'Valitse vähintään yksi palvelu, jota haet.',
    'validation.application.needsRequired': 'Kerro omin sanoin, missä tarvitset apua.',
    'validation.application.contactMethodRequired': 'Valitse, miten otamme sinuun yhteyttä.',
    'validation.application.notDraft': 'Hakemus on jo lähetetty, eikä sitä voi muuttaa. Ota yhteyttä käsittelijääsi, jos jotain pitää muuttaa.',
    'validation.application.submissionKeyUsed': 'Hakemusta ei voitu lähettää. Lataa sivu uudelleen ja yritä vielä kerran.',
    'validation.response.notCommunicated': 'Vastattavaa selvitystä ei vielä ole.',
    'validation.response.alreadyResponded': 'Olet jo vastannut selvitykseen. Ota yhteyttä käsittelijääsi, jos haluat lisätä jotain.',
    'validation.response.deadlinePassed': 'Viimeinen vastauspäivä oli {date}. Ota yhteyttä käsittelijääsi, jos haluat lisätä jotain.',
    'validation.appeal.superseded': 'Päätös on korvattu uudella päätöksellä. Valita uudesta päätöksestä.',
    'validation.appeal.alreadyAppealed': 'Olet jo valittanut tästä päätöksestä. Otamme yhteyttä, kun valitus on käsitelty.',
  },
  ar: {
    'error.rateLimited.applications': 'لقد أرسلت طلبات كثيرة في وقت قصير. انتظر {wait} ثم حاول مرة أخرى. اتصل بنا إذا كان الأمر عاجلاً.',
    'error.rateLimited.callbacks': 'لقد طلبت معاودة الاتصال مرات كثيرة في وقت قصير. انتظر {wait} ثم حاول مرة أخرى. سنتصل بك بخصوص طلباتك السابقة.',
    'validation.application.needsTooLong': `يجب ألا يزيد الوصف عن ${NEEDS_MAX_LENGTH} حرف.`,
    'validation.application.tooManyServices': `يمكنك التقدم بطلب لـ ${MAX_SERVICES} خدمة كحد أقصى في طلب واحد.`,
    'validation.application.serviceTwice': 'لقد اخترت الخدمة نفسها مرتين. احذف إحداهما.',
    'validation.application.language': 'اختر لغة من القائمة.',
    'validation.application.servicesRequired': 'اختر خدمة واحدة على الأقل تريد التقدم بطلب لها.',
    'validation.application.needsRequired': 'صف بكلماتك الخاصة ما تحتاج إلى المساعدة فيه.',
    'validation.application.contactMethodRequired': 'اختر كيف نتواصل معك.',
    'validation.application.notDraft': 'تم إرسال الطلب بالفعل ولا يمكن تغييره. تواصل مع مسؤول الحالة إذا كان هناك ما يجب تغييره.',
    'validation.application.submissionKeyUsed': 'تعذر إرسال الطلب. أعد تحميل الصفحة وحاول مرة أخرى.',
    'validation.response.notCommunicated': 'لا يوجد تحقيق للرد عليه بعد.',
    'validation.response.alreadyResponded': 'لقد رددت بالفعل على التحقيق. تواصل مع مسؤول الحالة إذا أردت إضافة شيء.',
    'validation.response.deadlinePassed': 'كان آخر يوم للرد هو {date}. تواصل مع مسؤول الحالة إذا أردت إضافة شيء.',
    'validation.appeal.superseded': 'تم استبدال القرار بقرار جديد. اطعن في القرار الجديد بدلاً من ذلك.',
    'validation.appeal.alreadyAppealed': 'لقد طعنت بالفعل في هذا القرار. سنتواصل معك عند البت في الطعن.',
  },
};
