import type { RemoteDefinition, RemoteRegistry } from '@omsorg/ui';
import { reactive } from 'vue';

/** The citizen portal's remotes, in the order their start-page parts appear. */
export const citizenRemotes: RemoteDefinition[] = [
  { name: 'feedback', load: () => import('feedback/citizen') },
  { name: 'applications', load: () => import('applications/citizen') },
  { name: 'offerings', load: () => import('offerings/citizen') },
];

/** settled: every remote has loaded or failed, and a deep link into one has been resolved. */
export const remoteRegistry = reactive<RemoteRegistry & { settled: boolean }>({
  remotes: citizenRemotes.map((r) => ({ name: r.name, status: 'loading' as const })),
  settled: false,
});
