import { defineEntity, p } from '@mikro-orm/core';

/**
 * What identity last told this service about a staff member (jobs/staff-member-changed.ts):
 * their unit and roles, and `updatedAt`, identity's version of them, which orders the events.
 * Identity owns staff; this projection only answers "may this person be given a case of this
 * unit" (see queries/casework/staff-members.ts for why it exists). A removed member has no roles.
 */
export const StaffMemberSchema = defineEntity({
  name: 'StaffMember',
  tableName: 'staff_member',
  properties: {
    id: p.uuid().primary(),
    unit: p.string().length(200).index(),
    roles: p.json<string[]>(),
    /** Name, title and direct phone, for letters (the caseworker, who decided). Null from events older than these fields. */
    name: p.string().length(201).nullable(),
    title: p.string().length(100).nullable(),
    phone: p.string().length(20).nullable(),
    updatedAt: p.datetime(),
  },
});

export class StaffMember extends StaffMemberSchema.class {}
StaffMemberSchema.setClass(StaffMember);
