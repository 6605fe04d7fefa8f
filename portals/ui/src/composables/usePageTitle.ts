import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';

/** Keeps document.title as "<page> – <service>" in the current language. Call once in the shell. */
export function usePageTitle(serviceNameKey: string): void {
  const route = useRoute();
  const { t } = useI18n();
  watchEffect(() => {
    const service = t(serviceNameKey);
    const page = route.meta.titleKey ? t(route.meta.titleKey) : '';
    document.title = page ? `${page} – ${service}` : service;
  });
}
