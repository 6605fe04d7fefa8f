import type { RequestContext } from '@omsorg/platform';
import { STAFF_ROLES } from '@omsorg/platform';
import { isCasework } from '../domain/access.ts';
import { StaffMember } from '../entities/staff-member.ts';
import { builder } from './builder.ts';

export const StaffRoleEnum = builder.enumType('StaffRole', {
  description: 'CASEWORKER biståndshandläggare, MANAGER chef, OUTREACH uppsökande, QUALITY_COUNCIL kvalitetsråd, ACTIVITIES träffpunkter och aktiviteter (editing venues, activities and information pages).',
  values: STAFF_ROLES,
});

export const StaffMemberRef = builder.loadableObject('StaffMember', {
  description: 'A member of staff ("medarbetare").',
  load: async (ids: string[], context: RequestContext): Promise<(StaffMember | Error)[]> => {
    const staff = await context.em.find(StaffMember, { id: { $in: ids } });
    return ids.map((id) => staff.find((member) => member.id === id) ?? new Error(`Staff member ${id} not found`));
  },
  // A citizen may see the name and title of staff who handle or opened their case (public
  // officials act in their own name); the rest is for staff.
  authScopes: { staff: true, system: true, citizen: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ resolve: (member) => `${member.givenName} ${member.familyName}` }),
    title: t.exposeString('title'),
    username: t.exposeString('username', { authScopes: { staff: true, system: true } }),
    roles: t.field({
      type: [StaffRoleEnum],
      authScopes: { staff: true, system: true },
      resolve: (member) => member.roles.filter((role) => (STAFF_ROLES as readonly string[]).includes(role)) as never,
    }),
    unit: t.exposeString('unit', { authScopes: { staff: true, system: true } }),
  }),
});

builder.asEntity(StaffMemberRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, context) => StaffMemberRef.getDataloader(context).load(ref.id),
});

builder.queryField('colleagues', (t) =>
  t.field({
    type: [StaffMemberRef],
    description: 'Caseworkers and managers of the signed-in staff member’s unit ("kollegor"), by name: whom a case can be assigned to.',
    authScopes: (_root, _args, context) => isCasework(context.actor),
    resolve: async (_root, _args, context) => {
      if (context.actor.kind !== 'staff') return [];
      const members = await context.em.find(
        StaffMember,
        { unit: context.actor.unit, roles: { $overlap: ['CASEWORKER', 'MANAGER'] } },
        { orderBy: { givenName: 'asc', familyName: 'asc' }, limit: 200 },
      );
      return members;
    },
  }),
);
