import type { Catalogs } from '@omsorg/platform';

/** Why a decision against the applicant is refused before communication (förvaltningslagen 25 §). */
export const communicationMessages: Catalogs = {
  sv: {
    'validation.communication.missing':
      'Utredningen är inte kommunicerad. Ett avslag eller delvis bifall får fattas först när personen har fått utredningen och svarat eller tiden för svar har gått ut. Kommunicera utredningen, eller välj ett undantag enligt 25 § förvaltningslagen och skriv varför det gäller.',
    'validation.communication.windowOpen':
      'Personen får svara på utredningen till och med {date}. Ett avslag eller delvis bifall får fattas först efter det eller när svaret har kommit in, om du inte väljer ett undantag enligt 25 § förvaltningslagen och skriver varför det gäller.',
    'validation.communication.noteRequired': 'Skriv varför undantaget från kommunicering gäller i det här ärendet.',
  },
  en: {
    'validation.communication.missing':
      'The investigation has not been communicated. A denial or partial grant can be made only once the person has received the investigation and responded, or the time to respond has passed. Communicate the investigation, or choose an exception under section 25 of the Administrative Procedure Act and write why it applies.',
    'validation.communication.windowOpen':
      'The person may respond to the investigation until and including {date}. A denial or partial grant can be made only after that or once the response has come in, unless you choose an exception under section 25 of the Administrative Procedure Act and write why it applies.',
    'validation.communication.noteRequired': 'Write why the exception from communication applies in this case.',
  },
  fi: {
    'validation.communication.missing':
      'Selvitystä ei ole annettu tiedoksi. Kielteinen tai osittain myönteinen päätös voidaan tehdä vasta, kun henkilö on saanut selvityksen ja vastannut tai vastausaika on päättynyt. Anna selvitys tiedoksi tai valitse hallintolain (förvaltningslagen) 25 §:n mukainen poikkeus ja kirjoita, miksi se koskee tätä asiaa.',
    'validation.communication.windowOpen':
      'Henkilö voi vastata selvitykseen {date} asti. Kielteinen tai osittain myönteinen päätös voidaan tehdä vasta sen jälkeen tai kun vastaus on saapunut, ellet valitse 25 §:n mukaista poikkeusta ja kirjoita, miksi se koskee tätä asiaa.',
    'validation.communication.noteRequired': 'Kirjoita, miksi poikkeus tiedoksiannosta koskee tätä asiaa.',
  },
  ar: {
    'validation.communication.missing':
      'لم يتم إبلاغ الشخص بالتحقيق. لا يجوز اتخاذ قرار بالرفض أو بالموافقة الجزئية إلا بعد أن يتسلم الشخص التحقيق ويرد عليه أو تنقضي مهلة الرد. أبلغ الشخص بالتحقيق، أو اختر استثناءً وفق المادة 25 من قانون الإجراءات الإدارية واكتب سبب انطباقه.',
    'validation.communication.windowOpen':
      'يحق للشخص الرد على التحقيق حتى {date} ضمناً. لا يجوز اتخاذ قرار بالرفض أو بالموافقة الجزئية إلا بعد ذلك أو بعد وصول الرد، ما لم تختر استثناءً وفق المادة 25 من قانون الإجراءات الإدارية وتكتب سبب انطباقه.',
    'validation.communication.noteRequired': 'اكتب سبب انطباق الاستثناء من الإبلاغ في هذه القضية.',
  },
};
