import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { applyLocale } from '../i18n/current-locale.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';

export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' });
  const current = computed<Locale>(() => (isLocale(locale.value) ? locale.value : 'sv'));
  function setLocale(next: Locale): void {
    locale.value = next;
    applyLocale(next);
  }
  return { locale: current, setLocale };
}
