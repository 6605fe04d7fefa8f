import { mergeMessages, type PortalI18n } from '@omsorg/ui';
import { useI18n } from 'vue-i18n';
import { qualityMessages } from '../../messages.ts';

export { qualityMessages };

/**
 * For a part shown on another part's page (the item page's panel), whose route does not load
 * these words: loads them into the global messages; resolves when they are there.
 */
export function loadQualityMessages(): Promise<void> {
  const global = useI18n({ useScope: 'global' });
  return mergeMessages({ global } as unknown as PortalI18n, qualityMessages);
}
