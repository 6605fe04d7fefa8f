import type { StaffRef } from '../types.ts';

/**
 * The people a case can be handed to: the signed-in caseworker, the unit's colleagues and
 * anyone already holding a case in view, by name, each once.
 */
export function knownColleagues(me: StaffRef | null, assignees: ReadonlyArray<StaffRef | null>): StaffRef[] {
  const byId = new Map<string, StaffRef>();
  if (me) byId.set(me.id, { id: me.id, name: me.name });
  for (const assignee of assignees) if (assignee && !byId.has(assignee.id)) byId.set(assignee.id, { id: assignee.id, name: assignee.name });
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
