import { defineEntity, p } from '@mikro-orm/core';

/**
 * What this service last saw of a staff member, from their own token when they acted here:
 * their unit and roles. Identity owns staff; this projection only answers "may this person be
 * given a case of this unit" (see queries/casework/staff-members.ts for why it exists).
 */
export const StaffMemberSchema = defineEntity({
  name: 'StaffMember',
  tableName: 'staff_member',
  properties: {
    id: p.uuid().primary(),
    unit: p.string().length(200).index(),
    roles: p.json<string[]>(),
    updatedAt: p.datetime(),
  },
});

export class StaffMember extends StaffMemberSchema.class {}
StaffMemberSchema.setClass(StaffMember);
