import { computed, ref, type ComputedRef, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import type { RemoteRegistry } from '../remote/remote-registry.ts';

/** A shell's main menu: its start page, then the menu entries of every remote that loaded. */
export function useShellNavigation(registry: RemoteRegistry, startLabelKey: string): ComputedRef<Array<{ to: string; label: string }>> {
  const { t } = useI18n();
  return computed(() => [
    { to: '/', label: t(startLabelKey) },
    ...registry.remotes.flatMap((remote) =>
      remote.status === 'loaded' ? remote.module.navigation.map((item) => ({ to: item.to, label: t(item.labelKey) })) : [],
    ),
  ]);
}

/** True while the page chunk of a remote failed to download, so the shell never shows a blank page. */
export function usePageLoadFailure(): Ref<boolean> {
  const failed = ref(false);
  const router = useRouter();
  router.onError(() => (failed.value = true));
  router.afterEach((_to, _from, failure) => {
    if (!failure) failed.value = false;
  });
  return failed;
}
