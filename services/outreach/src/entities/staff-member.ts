import { defineEntity, p } from '@mikro-orm/core';

/**
 * What identity last told outreach about a staff member (jobs/staff-member-changed.ts): unit,
 * roles, work name, title and phone, and `updatedAt`, identity's version, which orders the
 * events. Identity owns staff; outreach keeps this to show a worker's name in calendars and
 * letters and to check that a worker belongs to a unit. A removed member has no roles.
 */
export const OutreachStaffMemberSchema = defineEntity({
  name: 'OutreachStaffMember',
  tableName: 'staff_member',
  properties: {
    id: p.uuid().primary(),
    unit: p.string().length(200).index(),
    roles: p.json<string[]>(),
    name: p.string().length(201),
    title: p.string().length(100).nullable(),
    phone: p.string().length(20).nullable(),
    updatedAt: p.datetime(),
  },
});

export class OutreachStaffMember extends OutreachStaffMemberSchema.class {}
OutreachStaffMemberSchema.setClass(OutreachStaffMember);
