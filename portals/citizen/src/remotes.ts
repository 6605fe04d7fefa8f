import type { RemoteDefinition, RemoteRegistry } from '@omsorg/ui';
import { reactive } from 'vue';

/** The citizen portal's remotes, in the order their start-page parts appear. */
export const citizenRemotes: RemoteDefinition[] = [
  { name: 'feedback', load: () => import('feedback/citizen') },
  { name: 'applications', load: () => import('applications/citizen') },
  { name: 'offerings', load: () => import('offerings/citizen') },
];

export const remoteRegistry = reactive<RemoteRegistry>({
  remotes: citizenRemotes.map((r) => ({ name: r.name, status: 'loading' as const })),
});
