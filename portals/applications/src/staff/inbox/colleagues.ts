import type { StaffColleaguesQuery } from '../../generated/graphql.ts';

export type Colleague = StaffColleaguesQuery['colleagues'][number];

/**
 * The people a case can be handed to: the signed-in caseworker, the unit's colleagues and
 * anyone already holding a case in view, by name, each once.
 */
export function knownColleagues(me: Colleague | null, assignees: ReadonlyArray<Colleague | null>): Colleague[] {
  const byId = new Map<string, Colleague>();
  if (me) byId.set(me.id, { id: me.id, name: me.name });
  for (const assignee of assignees) if (assignee && !byId.has(assignee.id)) byId.set(assignee.id, { id: assignee.id, name: assignee.name });
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
