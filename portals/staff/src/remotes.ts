import { StaffRole, type RemoteDefinition, type RemoteRegistry } from '@omsorg/ui';
import { reactive } from 'vue';

/**
 * The staff workspace's remotes. Outreach is loaded only for staff with the OUTREACH role;
 * feedback for every staff role: the quality council and managers see their unit's, a caseworker
 * or outreach worker only what is assigned to them (services/feedback/src/domain/access.ts).
 */
export const staffRemotes: RemoteDefinition[] = [
  { name: 'applications', load: () => import('applications/staff') },
  { name: 'feedback', load: () => import('feedback/staff'), requiredRoles: [StaffRole.QualityCouncil, StaffRole.Manager, StaffRole.Caseworker, StaffRole.Outreach] },
  { name: 'outreach', load: () => import('outreach/staff'), requiredRoles: [StaffRole.Outreach] },
  { name: 'offerings', load: () => import('offerings/staff') },
];

/** settled: the signed-in user is known and every allowed remote has loaded or failed. */
export const remoteRegistry = reactive<RemoteRegistry & { settled: boolean }>({ remotes: [], settled: false });
