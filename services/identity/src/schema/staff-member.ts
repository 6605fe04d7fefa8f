import type { RequestContext } from '@omsorg/platform';
import { STAFF_ROLES } from '@omsorg/platform';
import { StaffMember } from '../entities/staff-member.ts';
import { builder } from './builder.ts';

export const StaffRoleEnum = builder.enumType('StaffRole', {
  description: 'CASEWORKER biståndshandläggare, MANAGER chef, OUTREACH uppsökande, QUALITY_COUNCIL kvalitetsråd.',
  values: STAFF_ROLES,
});

export const StaffMemberRef = builder.loadableObject('StaffMember', {
  description: 'A member of staff ("medarbetare").',
  load: async (ids: string[], context: RequestContext): Promise<(StaffMember | Error)[]> => {
    const staff = await context.em.find(StaffMember, { id: { $in: ids } });
    return ids.map((id) => staff.find((member) => member.id === id) ?? new Error(`Staff member ${id} not found`));
  },
  authScopes: { staff: true, system: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    username: t.exposeString('username'),
    name: t.string({ resolve: (member) => `${member.givenName} ${member.familyName}` }),
    title: t.exposeString('title'),
    roles: t.field({ type: [StaffRoleEnum], resolve: (member) => member.roles.filter((role) => (STAFF_ROLES as readonly string[]).includes(role)) as never }),
    unit: t.exposeString('unit'),
  }),
});

builder.asEntity(StaffMemberRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, context) => StaffMemberRef.getDataloader(context).load(ref.id),
});
