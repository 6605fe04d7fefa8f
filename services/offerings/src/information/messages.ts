import type { Catalogs } from '@omsorg/platform';

/** The information pages' own messages (the link rule's is the shared rules', validation.safeText.link). */
export const informationMessages: Catalogs = {
  sv: {
    'information.notFound': 'Sidan finns inte.',
    'information.conflict': 'Någon annan har ändrat sidan sedan du öppnade den. Läs in den igen; det du skrev finns kvar i rutorna.',
    'information.slug': 'Adressen får bara ha små bokstäver a–z, siffror och bindestreck, till exempel "stod-till-anhoriga".',
    'information.slugTaken': 'Det finns redan en sida med den adressen. Välj en annan.',
    'information.swedishRequired': 'Sidan måste ha en svensk text. Den visas när en översättning saknas.',
    'information.titleAndBody': 'Skriv både rubrik och text, eller töm alla fälten för att ta bort översättningen.',
    'information.untilBeforeFrom': 'Sista dagen kan inte vara före första dagen.',
  },
  en: {
    'information.notFound': 'The page does not exist.',
    'information.conflict': 'Someone else changed the page since you opened it. Load it again; what you wrote is still in the fields.',
    'information.slug': 'The address may only have lower-case letters a–z, digits and hyphens, for example "stod-till-anhoriga".',
    'information.slugTaken': 'There is already a page with that address. Choose another.',
    'information.swedishRequired': 'The page must have a Swedish text. It is shown where a translation is missing.',
    'information.titleAndBody': 'Write both a title and a text, or empty all the fields to remove the translation.',
    'information.untilBeforeFrom': 'The last day cannot be before the first day.',
  },
  fi: {
    'information.notFound': 'Sivua ei ole.',
    'information.conflict': 'Joku muu on muuttanut sivua sen jälkeen, kun avasit sen. Lataa se uudelleen; kirjoittamasi teksti on yhä kentissä.',
    'information.slug': 'Osoitteessa saa olla vain pieniä kirjaimia a–z, numeroita ja väliviivoja, esimerkiksi "stod-till-anhoriga".',
    'information.slugTaken': 'Samalla osoitteella on jo sivu. Valitse toinen.',
    'information.swedishRequired': 'Sivulla on oltava ruotsinkielinen teksti. Se näytetään, kun käännös puuttuu.',
    'information.titleAndBody': 'Kirjoita sekä otsikko että teksti, tai tyhjennä kaikki kentät poistaaksesi käännöksen.',
    'information.untilBeforeFrom': 'Viimeinen päivä ei voi olla ennen ensimmäistä päivää.',
  },
  ar: {
    'information.notFound': 'الصفحة غير موجودة.',
    'information.conflict': 'غيّر شخص آخر الصفحة بعد أن فتحتها. حمّلها من جديد؛ ما كتبته ما زال في الحقول.',
    'information.slug': 'يجب أن يحتوي العنوان على أحرف صغيرة a–z وأرقام وشرطات فقط، مثل "stod-till-anhoriga".',
    'information.slugTaken': 'توجد صفحة بهذا العنوان من قبل. اختر عنوانًا آخر.',
    'information.swedishRequired': 'يجب أن يكون للصفحة نص باللغة السويدية. يظهر عندما لا توجد ترجمة.',
    'information.titleAndBody': 'اكتب العنوان والنص معًا، أو أفرغ كل الحقول لحذف الترجمة.',
    'information.untilBeforeFrom': 'لا يمكن أن يكون اليوم الأخير قبل اليوم الأول.',
  },
};
