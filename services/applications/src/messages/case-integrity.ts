import type { Catalogs } from '@omsorg/platform';

/** Responses that come too late: everything is decided, or the case is closed (investigation-response.ts). */
export const caseIntegrityMessages: Catalogs = {
  sv: {
    'validation.response.alreadyDecided':
      'Allt du har ansökt om är redan beslutat, så ett svar på utredningen kan inte längre läggas till. Kontakta din handläggare om du har frågor om beslutet. Om du inte är nöjd kan du överklaga det.',
    'validation.response.caseClosed': 'Ärendet är avslutat, så ett svar på utredningen kan inte längre läggas till. Kontakta din handläggare om du har frågor.',
    'validation.recordedResponse.alreadyDecided':
      'Allt i ärendet är redan beslutat, så svaret kan inte registreras som svar på kommuniceringen. Skanna in brevet som handling i ärendet, eller hantera det som ett överklagande om det är ett.',
    'validation.recordedResponse.caseClosed': 'Ärendet är avslutat, så svaret kan inte registreras som svar på kommuniceringen.',
  },
  en: {
    'validation.response.alreadyDecided':
      'Everything you applied for has already been decided, so a response to the investigation can no longer be added. Contact your caseworker if you have questions about the decision. If you are not satisfied, you can appeal it.',
    'validation.response.caseClosed': 'The case is closed, so a response to the investigation can no longer be added. Contact your caseworker if you have questions.',
    'validation.recordedResponse.alreadyDecided':
      'Everything in the case has already been decided, so this cannot be recorded as a response to the communication. Scan the letter into the case as a document, or handle it as an appeal if it is one.',
    'validation.recordedResponse.caseClosed': 'The case is closed, so this cannot be recorded as a response to the communication.',
  },
  fi: {
    'validation.response.alreadyDecided':
      'Kaikesta, mitä haet, on jo tehty päätös, joten selvitykseen ei voi enää lisätä vastausta. Ota yhteyttä käsittelijääsi, jos sinulla on kysyttävää päätöksestä. Jos et ole tyytyväinen, voit valittaa siitä.',
    'validation.response.caseClosed': 'Asia on päätetty, joten selvitykseen ei voi enää lisätä vastausta. Ota yhteyttä käsittelijääsi, jos sinulla on kysyttävää.',
    'validation.recordedResponse.alreadyDecided':
      'Asiassa on jo tehty kaikki päätökset, joten vastausta ei voi kirjata vastaukseksi tiedoksiantoon. Skannaa kirje asian asiakirjaksi tai käsittele se valituksena, jos se on sellainen.',
    'validation.recordedResponse.caseClosed': 'Asia on päätetty, joten vastausta ei voi kirjata vastaukseksi tiedoksiantoon.',
  },
  ar: {
    'validation.response.alreadyDecided':
      'تم بالفعل اتخاذ قرار في كل ما تقدمت بطلبه، لذلك لم يعد من الممكن إضافة رد على التحقيق. تواصل مع مسؤول الحالة إذا كانت لديك أسئلة حول القرار. إذا لم تكن راضياً، يمكنك الطعن فيه.',
    'validation.response.caseClosed': 'القضية مغلقة، لذلك لم يعد من الممكن إضافة رد على التحقيق. تواصل مع مسؤول الحالة إذا كانت لديك أسئلة.',
    'validation.recordedResponse.alreadyDecided':
      'تم بالفعل اتخاذ القرار في كل ما في القضية، لذلك لا يمكن تسجيل هذا كرد على الإبلاغ. امسح الرسالة ضوئياً كمستند في القضية، أو عاملها كطعن إذا كانت كذلك.',
    'validation.recordedResponse.caseClosed': 'القضية مغلقة، لذلك لا يمكن تسجيل هذا كرد على الإبلاغ.',
  },
};
