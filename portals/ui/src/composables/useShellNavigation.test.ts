// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, reactive } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createPortalI18n } from '../i18n/create-portal-i18n.ts';
import { defineRemoteModule, type RemoteDefinition } from '../remote/contract.ts';
import type { RemoteRegistry } from '../remote/remote-registry.ts';
import { StaffRole } from '../graphql/actor.ts';
import { useShellNavigation } from './useShellNavigation.ts';

const module = (to: string) =>
  defineRemoteModule({ routes: [], navigation: [{ to, labelKey: 'ui.status.loading' }], messages: { sv: async () => ({}), en: async () => ({}), fi: async () => ({}), ar: async () => ({}) } });

function menu(registry: RemoteRegistry, definitions: RemoteDefinition[], roles?: () => StaffRole[]) {
  let items: () => string[] = () => [];
  const Probe = defineComponent(() => {
    const navigation = useShellNavigation(registry, 'ui.status.loading', definitions, roles);
    items = () => navigation.value.map((item) => item.to);
    return () => h('p');
  });
  mount(Probe, { global: { plugins: [createPortalI18n(), createRouter({ history: createMemoryHistory(), routes: [] })] } });
  return () => items();
}

describe('useShellNavigation', () => {
  const load = () => new Promise<never>(() => {});
  const definitions: RemoteDefinition[] = [
    { name: 'feedback', load, navigation: [{ to: '/synpunkter', labelKey: 'citizen.nav.feedback' }] },
    { name: 'offerings', load },
  ];

  it('shows declared entries while their remote loads, and the others once theirs has loaded', async () => {
    const registry = reactive<RemoteRegistry>({ remotes: [{ name: 'feedback', status: 'loading' }, { name: 'offerings', status: 'loading' }] });
    const items = menu(registry, definitions);
    expect(items()).toEqual(['/', '/synpunkter']);
    registry.remotes[1] = { name: 'offerings', status: 'loaded', module: module('/traffpunkter') };
    await nextTick();
    expect(items()).toEqual(['/', '/synpunkter', '/traffpunkter']);
  });

  it('hides the declared entries of a remote that failed', async () => {
    const registry = reactive<RemoteRegistry>({ remotes: [{ name: 'feedback', status: 'failed' }, { name: 'offerings', status: 'failed' }] });
    expect(menu(registry, definitions)()).toEqual(['/']);
  });

  it('shows an entry with roles only to staff with one of them', async () => {
    const quality = defineRemoteModule({
      routes: [],
      navigation: [
        { to: '/synpunkter', labelKey: 'ui.status.loading' },
        { to: '/kvalitetsrad', labelKey: 'ui.status.loading', roles: [StaffRole.QualityCouncil, StaffRole.Manager] },
      ],
      messages: { sv: async () => ({}), en: async () => ({}), fi: async () => ({}), ar: async () => ({}) },
    });
    const registry = reactive<RemoteRegistry>({ remotes: [{ name: 'feedback', status: 'loaded', module: quality }] });
    const roles = reactive<{ now: StaffRole[] }>({ now: [StaffRole.Caseworker] });
    const items = menu(registry, [], () => roles.now);
    expect(items()).toEqual(['/', '/synpunkter']);
    roles.now = [StaffRole.Caseworker, StaffRole.Manager];
    await nextTick();
    expect(items()).toEqual(['/', '/synpunkter', '/kvalitetsrad']);
  });
});
