import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { loadLocale } from '../i18n/create-portal-i18n.ts';
import { applyLocale } from '../i18n/current-locale.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';

export function useLocale() {
  const composer = useI18n({ useScope: 'global' });
  const { locale } = composer;
  const current = computed<Locale>(() => (isLocale(locale.value) ? locale.value : 'sv'));
  /** Loads the language's messages first, so the switch never shows a message key. */
  async function setLocale(next: Locale): Promise<void> {
    try {
      await loadLocale(composer, next);
    } catch (error) {
      // Switch anyway: what could not be fetched falls back to the Swedish already loaded.
      console.error(`Messages for "${next}" could not be loaded`, error);
    }
    locale.value = next;
    applyLocale(next);
  }
  return { locale: current, setLocale };
}
