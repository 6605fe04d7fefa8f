import type { Catalogs } from '@omsorg/platform';

/** Free choice of provider (LOV): the portal's choice, staff recording a phone choice, and the order. */
export const providerChoiceMessages: Catalogs = {
  sv: {
    'validation.providerChoice.notOffered': 'Den utföraren ger inte den här hjälpen där personen bor. Välj en av utförarna i listan.',
    'validation.providerChoice.alreadyOrdered': 'Hjälpen är redan beställd. Kontakta handläggaren om du vill byta utförare.',
    'validation.providerChoice.areaUnknown': 'Vi vet inte ännu vilket område personen bor i. Kontakta handläggaren, som hjälper dig att välja.',
    'validation.providerChoice.madeByName': 'Skriv namnet på ombudet som valde utförare.',
    'validation.order.notChosen': 'Personen har valt en annan utförare. Beställ från den valda utföraren, eller registrera ett nytt val först.',
  },
  en: {
    'validation.providerChoice.notOffered': 'That provider does not give this help where the person lives. Choose one of the providers in the list.',
    'validation.providerChoice.alreadyOrdered': 'The help has already been ordered. Contact the caseworker if you want to change provider.',
    'validation.providerChoice.areaUnknown': 'We do not yet know which area the person lives in. Contact the caseworker, who will help you choose.',
    'validation.providerChoice.madeByName': 'Write the name of the representative who chose the provider.',
    'validation.order.notChosen': 'The person chose another provider. Order from the chosen provider, or record a new choice first.',
  },
  fi: {
    'validation.providerChoice.notOffered': 'Tämä palveluntuottaja ei anna tätä apua henkilön asuinalueella. Valitse jokin luettelon palveluntuottajista.',
    'validation.providerChoice.alreadyOrdered': 'Apu on jo tilattu. Ota yhteyttä käsittelijään, jos haluat vaihtaa palveluntuottajaa.',
    'validation.providerChoice.areaUnknown': 'Emme vielä tiedä, millä alueella henkilö asuu. Ota yhteyttä käsittelijään, joka auttaa sinua valitsemaan.',
    'validation.providerChoice.madeByName': 'Kirjoita palveluntuottajan valinneen asiamiehen nimi.',
    'validation.order.notChosen': 'Henkilö on valinnut toisen palveluntuottajan. Tilaa valitulta palveluntuottajalta tai kirjaa ensin uusi valinta.',
  },
  ar: {
    'validation.providerChoice.notOffered': 'مقدم الخدمة هذا لا يقدم هذه المساعدة في المنطقة التي يسكن فيها الشخص. اختر أحد مقدمي الخدمة في القائمة.',
    'validation.providerChoice.alreadyOrdered': 'تم طلب المساعدة بالفعل. تواصل مع الموظف المسؤول إذا أردت تغيير مقدم الخدمة.',
    'validation.providerChoice.areaUnknown': 'لا نعرف بعد في أي منطقة يسكن الشخص. تواصل مع الموظف المسؤول الذي سيساعدك على الاختيار.',
    'validation.providerChoice.madeByName': 'اكتب اسم الممثل الذي اختار مقدم الخدمة.',
    'validation.order.notChosen': 'اختار الشخص مقدم خدمة آخر. اطلب من مقدم الخدمة المختار أو سجّل اختيارًا جديدًا أولاً.',
  },
};
