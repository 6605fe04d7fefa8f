import type { StaffRef } from '../types.ts';

/**
 * The people a case can be handed to: the signed-in caseworker and everyone already holding a
 * case in view, by name. (Identity has no list of a unit's staff yet.)
 */
export function knownColleagues(me: StaffRef | null, assignees: ReadonlyArray<StaffRef | null>): StaffRef[] {
  const byId = new Map<string, StaffRef>();
  if (me) byId.set(me.id, { id: me.id, name: me.name });
  for (const assignee of assignees) if (assignee && !byId.has(assignee.id)) byId.set(assignee.id, { id: assignee.id, name: assignee.name });
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
