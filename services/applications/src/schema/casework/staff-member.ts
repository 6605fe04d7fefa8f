import { builder } from '../builder.ts';

/** A staff member, owned by identity; this subgraph only refers to one by id. */
export const StaffMemberRef = builder.externalRef('StaffMember', builder.selection<{ id: string }>('id')).implement({
  externalFields: () => ({}),
  fields: (t) => ({ id: t.exposeID('id') }),
});

/** A reference to a staff member, or null when there is none. */
export function staffReference(id: string | null | undefined): { id: string } | null {
  return id ? { id } : null;
}
