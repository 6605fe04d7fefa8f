import type { Catalogs } from '@omsorg/platform';

/** Messages of the staff registration of phone, paper, contact-centre and discharge-notice applications. */
export const intakeMessages: Catalogs = {
  sv: { 'validation.intake.channel': 'Välj hur ansökan kom in: telefon, brev, Äldre direkt eller utskrivningsmeddelande.' },
  en: { 'validation.intake.channel': 'Choose how the application came in: phone, letter, Äldre direkt or a discharge notice.' },
  fi: { 'validation.intake.channel': 'Valitse, miten hakemus saapui: puhelimitse, kirjeellä, Äldre direktin kautta tai kotiutusilmoituksena.' },
  ar: { 'validation.intake.channel': 'اختر كيف وصل الطلب: بالهاتف أو برسالة أو عبر Äldre direkt أو بإشعار خروج من المستشفى.' },
};
