import { computed, ref, type ComputedRef, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import type { StaffRole } from '../graphql/actor.ts';
import type { NavigationItem, RemoteDefinition } from '../remote/contract.ts';
import type { RemoteRegistry, RemoteState } from '../remote/remote-registry.ts';

function entriesOf(remote: RemoteState, definition: RemoteDefinition | undefined): NavigationItem[] {
  if (remote.status === 'failed') return [];
  // Declared by the shell: shown at once, while the remote is still on its way.
  if (definition?.navigation) return definition.navigation;
  return remote.status === 'loaded' ? remote.module.navigation : [];
}

/** An entry with `roles` is for staff with one of them; `roles` undefined (a citizen shell) shows every entry. */
export function isShownTo(item: NavigationItem, roles: readonly StaffRole[] | undefined): boolean {
  return !item.roles || (roles !== undefined && item.roles.some((role) => roles.includes(role)));
}

/**
 * A shell's main menu: its start page, then each remote's entries: those its definition
 * declares from the start, else the module's own once it has loaded; on the staff shell only
 * those for the signed-in member's roles (`roles`).
 */
export function useShellNavigation(
  registry: RemoteRegistry,
  startLabelKey: string,
  definitions: readonly RemoteDefinition[] = [],
  roles: () => readonly StaffRole[] | undefined = () => undefined,
): ComputedRef<Array<{ to: string; label: string }>> {
  const { t } = useI18n();
  return computed(() => [
    { to: '/', label: t(startLabelKey) },
    ...registry.remotes.flatMap((remote) =>
      entriesOf(remote, definitions.find((definition) => definition.name === remote.name))
        .filter((item) => isShownTo(item, roles()))
        .map((item) => ({ to: item.to, label: t(item.labelKey) })),
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
