import { readonly, ref } from 'vue';

const politeMessage = ref('');
const assertiveMessage = ref('');

/**
 * Screen-reader announcements through the live regions that PageLayout renders once.
 * The message is cleared first so that the same text is announced again.
 */
export function useAnnouncer() {
  function announce(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
    const target = politeness === 'assertive' ? assertiveMessage : politeMessage;
    target.value = '';
    setTimeout(() => {
      target.value = message;
    }, 100);
  }
  return { announce, politeMessage: readonly(politeMessage), assertiveMessage: readonly(assertiveMessage) };
}
