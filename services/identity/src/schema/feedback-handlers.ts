import { execute } from '@omsorg/platform';
import { identityDatabase } from '../database.ts';
import { mayListFeedbackHandlers } from '../domain/feedback-staff-access.ts';
import { StaffMember } from '../entities/staff-member.ts';
import { builder } from './builder.ts';
import { StaffMemberRef } from './staff-member.ts';

builder.queryField('feedbackHandlers', (t) =>
  t.field({
    type: [StaffMemberRef],
    description:
      'The signed-in staff member\'s unit\'s staff of every role, by name: whom feedback can be assigned to ("handläggare för synpunkter"). The quality council and managers; at most 500.',
    authScopes: (_root, _args, context) => mayListFeedbackHandlers(context.actor),
    resolve: async (_root, _args, context) => {
      if (context.actor.kind !== 'staff') return [];
      return context.em.find(StaffMember, { unit: context.actor.unit }, { orderBy: { givenName: 'asc', familyName: 'asc', id: 'asc' }, limit: 500 });
    },
  }),
);

builder.queryField('staffUnits', (t) =>
  t.stringList({
    description: 'The names of the units that have staff, alphabetically: whom feedback can be assigned to as a unit. The quality council and managers.',
    authScopes: (_root, _args, context) => mayListFeedbackHandlers(context.actor),
    resolve: async (_root, _args, context) => {
      const rows = await execute<Array<{ unit: string }>>(
        context.em,
        `select distinct unit from "${identityDatabase.schema}"."staff_member" order by unit limit 500`,
      );
      return rows.map((row) => row.unit);
    },
  }),
);
