import { mergeMessages, type PortalI18n } from '@omsorg/ui';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { registrationMessages } from './messages.ts';

/**
 * Loads the registration's words where a component of this part is shown on another part's page
 * (the panel on the session page): true once they are there. The routes of this part load them
 * through `meta.messages` already; loading twice costs nothing.
 */
export function useRegistrationMessages() {
  const ready = ref(false);
  const global = useI18n({ useScope: 'global' });
  void mergeMessages({ global } as unknown as PortalI18n, registrationMessages)
    .catch(() => {})
    .finally(() => {
      ready.value = true;
    });
  return ready;
}
