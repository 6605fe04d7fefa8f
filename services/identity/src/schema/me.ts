import { builder } from './builder.ts';
import { PersonRef } from './person.ts';
import { StaffMemberRef } from './staff-member.ts';
import { Person } from '../entities/person.ts';
import { StaffMember } from '../entities/staff-member.ts';

const ActorUnion = builder.unionType('Actor', {
  description: 'Whoever is signed in: a resident or a member of staff.',
  types: [PersonRef, StaffMemberRef],
  resolveType: (value) => (value instanceof StaffMember ? 'StaffMember' : 'Person'),
});

builder.queryField('me', (t) =>
  t.field({
    type: ActorUnion,
    nullable: true,
    description: 'The signed-in person or staff member; null when anonymous.',
    resolve: async (_root, _args, context) => {
      const { actor } = context;
      if (actor.kind === 'person') return PersonRef.getDataloader(context).load(actor.personId);
      if (actor.kind === 'staff') return StaffMemberRef.getDataloader(context).load(actor.staffId);
      return null;
    },
  }),
);

export { Person, StaffMember };
