import type { Locale } from '@omsorg/platform';

/** The few words of the calendar files, in the request's language (Swedish first). */
const WORDS = {
  sv: { free: 'Gratis', price: (kronor: number) => `${kronor} kr`, room: 'Lokal', price_label: 'Pris', cancelled: 'INSTÄLLT', calendar: (venue: string) => `Aktiviteter på ${venue}` },
  en: { free: 'Free of charge', price: (kronor: number) => `SEK ${kronor}`, room: 'Room', price_label: 'Price', cancelled: 'CANCELLED', calendar: (venue: string) => `Activities at ${venue}` },
  fi: { free: 'Maksuton', price: (kronor: number) => `${kronor} kr`, room: 'Tila', price_label: 'Hinta', cancelled: 'PERUTTU', calendar: (venue: string) => `Toimintaa: ${venue}` },
  ar: { free: 'مجاناً', price: (kronor: number) => `${kronor} كرونة`, room: 'القاعة', price_label: 'السعر', cancelled: 'أُلغي', calendar: (venue: string) => `الأنشطة في ${venue}` },
} satisfies Record<Locale, unknown>;

export function calendarWords(locale: Locale) {
  return WORDS[locale] ?? WORDS.sv;
}
