import { builder } from './builder.ts';

/** A person, owned by identity; this subgraph adds who read their registrations. */
export const PersonRef = builder.externalRef('Person', builder.selection<{ id: string }>('id')).implement({
  externalFields: () => ({}),
  fields: (t) => ({ id: t.exposeID('id') }),
});

/** A staff member, owned by identity; identity resolves the name and title. */
export const StaffMemberRef = builder.externalRef('StaffMember', builder.selection<{ id: string }>('id')).implement({
  externalFields: () => ({}),
  fields: (t) => ({ id: t.exposeID('id') }),
});
