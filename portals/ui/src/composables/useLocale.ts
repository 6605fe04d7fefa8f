import { computed, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { loadLocale } from '../i18n/create-portal-i18n.ts';
import { applyLocale, chosenLocale } from '../i18n/current-locale.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { useMe } from './useMe.ts';

export function useLocale() {
  const composer = useI18n({ useScope: 'global' });
  const { locale } = composer;
  const current = computed<Locale>(() => (isLocale(locale.value) ? locale.value : 'sv'));
  /**
   * Loads the language's messages first, so the switch never shows a message key. The user's
   * own choice is remembered; `remember: false` shows a language without making it their choice.
   */
  async function setLocale(next: Locale, options: { remember?: boolean } = {}): Promise<void> {
    try {
      await loadLocale(composer, next);
    } catch (error) {
      // Switch anyway: what could not be fetched falls back to the Swedish already loaded.
      console.error(`Messages for "${next}" could not be loaded`, error);
    }
    locale.value = next;
    applyLocale(next, options);
  }
  return { locale: current, setLocale };
}

/**
 * A signed-in person who has not chosen a language in this browser sees the portal in the
 * language identity holds for them (Person.preferredLanguage), when the portal has it: Aino,
 * whose language is Finnish, gets Finnish. Their own choice in the language switcher wins and is
 * remembered. Call once, in the citizen shell.
 */
export function usePersonLocale(): void {
  const { person } = useMe();
  const { locale, setLocale } = useLocale();
  watch(
    () => person.value?.preferredLanguage,
    (preferred) => {
      if (!isLocale(preferred) || chosenLocale() !== null || preferred === locale.value) return;
      void setLocale(preferred, { remember: false });
    },
    { immediate: true },
  );
}
