import { hasRole, personScope, type Actor } from '@omsorg/platform';

/** Which applications an actor may see, as a filter: nothing at all when `null`. */
export type ApplicationFilter = { applicantId: { $in: string[] } } | { unit: string };

/**
 * A citizen sees their own applications and those of the persons they currently represent;
 * caseworkers and managers see their unit's. Other staff (outreach, quality council) see
 * none: they work with statistics, not case files.
 */
export function visibleApplications(actor: Actor): ApplicationFilter | null {
  if (actor.kind === 'person') return { applicantId: { $in: personScope(actor) } };
  if (actor.kind === 'staff' && (hasRole(actor, 'CASEWORKER') || hasRole(actor, 'MANAGER'))) return { unit: actor.unit };
  return null;
}

/** Narrows the visible applications to one applicant, or to none when the actor may not see them. */
export function visibleApplicationsOf(actor: Actor, applicantId: string): { applicantId: string; unit?: string } | null {
  const filter = visibleApplications(actor);
  if (!filter) return null;
  if ('applicantId' in filter) return filter.applicantId.$in.includes(applicantId) ? { applicantId } : null;
  return { applicantId, unit: filter.unit };
}
