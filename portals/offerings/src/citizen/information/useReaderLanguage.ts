import { useLocale } from '@omsorg/ui';
import { computed } from 'vue';
import { contentLanguageOf } from '../../shared/content-language.ts';

/** The reader's UI locale and the content language to ask the API for (plain Swedish too). */
export function useReaderLanguage() {
  const { locale } = useLocale();
  return { locale, language: computed(() => contentLanguageOf(locale.value)) };
}
