import type { RemoteDefinition, RemoteRegistry } from '@omsorg/ui';
import { reactive } from 'vue';

/**
 * The citizen portal's remotes, in the order their start-page parts appear. Their menu entries
 * are declared here, labelled from the shell's messages, so the whole menu is there at first
 * paint instead of growing as each remote arrives (and pushing the page down).
 */
export const citizenRemotes: RemoteDefinition[] = [
  // First: an invitation to a health conversation is what a person who got the letter comes for.
  // No menu entry: the letter gives the address (/inbjudan).
  { name: 'outreach', load: () => import('outreach/citizen'), navigation: [] },
  { name: 'feedback', load: () => import('feedback/citizen'), navigation: [{ to: '/synpunkter', labelKey: 'citizen.nav.feedback' }] },
  {
    name: 'applications',
    load: () => import('applications/citizen'),
    navigation: [
      { to: '/ansokan', labelKey: 'citizen.nav.apply' },
      { to: '/mina-arenden', labelKey: 'citizen.nav.mine' },
    ],
  },
  {
    name: 'offerings',
    load: () => import('offerings/citizen'),
    navigation: [
      { to: '/aktiviteter', labelKey: 'citizen.nav.activities' },
      { to: '/traffpunkter', labelKey: 'citizen.nav.offerings' },
      { to: '/information', labelKey: 'citizen.nav.information' },
    ],
  },
];

/**
 * The space each remote's start-page part takes once shown (about its height at 1280 px; taller
 * on a phone), reserved by its placeholder so the page does not move when it arrives.
 */
export const startPageSpace: Record<string, string> = { feedback: '10.5rem', applications: '23rem', offerings: '18rem', outreach: '10.5rem' };

/** settled: every remote has loaded or failed, and a deep link into one has been resolved. */
export const remoteRegistry = reactive<RemoteRegistry & { settled: boolean }>({
  remotes: citizenRemotes.map((r) => ({ name: r.name, status: 'loading' as const })),
  settled: false,
});
