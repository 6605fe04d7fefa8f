// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createPortalI18n } from '../i18n/create-portal-i18n.ts';
import { defineRemoteModule, type RemoteDefinition } from './contract.ts';
import { loadRemotes } from './remote-registry.ts';

const page = { template: '<h1>Träffpunkter</h1>' };

function setup() {
  const router = createRouter({ history: createMemoryHistory(), routes: [] });
  const i18n = createPortalI18n();
  return { router, i18n };
}

const working: RemoteDefinition = {
  name: 'offerings',
  load: async () => ({
    default: defineRemoteModule({
      routes: [{ path: '/traffpunkter', component: page, meta: { titleKey: 'offerings.title' } }],
      navigation: [{ to: '/traffpunkter', labelKey: 'offerings.title' }],
      messages: {
        sv: async () => ({ offerings: { title: 'Träffpunkter' } }),
        en: async () => ({ offerings: { title: 'Meeting places' } }),
        fi: async () => ({}),
        ar: async () => ({}),
      },
    }),
  }),
};

describe('loadRemotes', () => {
  it('adds routes and messages of a remote that loads', async () => {
    const { router, i18n } = setup();
    const registry = await loadRemotes([working], { router, i18n });
    expect(registry.remotes[0]?.status).toBe('loaded');
    expect(router.resolve('/traffpunkter').matched).toHaveLength(1);
    expect(i18n.global.t('offerings.title')).toBe('Träffpunkter');
  });

  it('marks a failing remote as failed and keeps the others', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { router, i18n } = setup();
    const broken: RemoteDefinition = { name: 'feedback', load: () => Promise.reject(new Error('404')) };
    const registry = await loadRemotes([broken, working], { router, i18n });
    expect(registry.remotes.map((r) => [r.name, r.status])).toEqual([
      ['feedback', 'failed'],
      ['offerings', 'loaded'],
    ]);
  });

  it('gives up on a remote that hangs', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { router, i18n } = setup();
    const hanging: RemoteDefinition = { name: 'slow', load: () => new Promise(() => {}) };
    const registry = await loadRemotes([hanging], { router, i18n, timeoutMs: 20 });
    expect(registry.remotes[0]?.status).toBe('failed');
  });

  it('does not load a remote whose role the user lacks', async () => {
    const { router, i18n } = setup();
    const load = vi.fn(working.load);
    const registry = await loadRemotes([{ ...working, load, requiredRoles: ['OUTREACH'] }], { router, i18n, roles: ['CASEWORKER'] });
    expect(load).not.toHaveBeenCalled();
    expect(registry.remotes).toEqual([]);
  });
});
