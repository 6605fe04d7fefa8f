import { defineEntity, p } from '@mikro-orm/core';

/** A member of staff, signed in through the city's SSO. Roles decide what they may do. */
export const StaffMemberSchema = defineEntity({
  name: 'StaffMember',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    username: p.string().length(64).unique(),
    givenName: p.string().length(100),
    familyName: p.string().length(100),
    title: p.string().length(100),
    roles: p.array(),
    unit: p.string().length(200),
    /** Direct phone, printed in letters as the caseworker's number. */
    phone: p.string().length(20).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** Bumped at every change; orders the staff events applications receives (jobs/staff-member-changed.ts). */
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class StaffMember extends StaffMemberSchema.class {}
StaffMemberSchema.setClass(StaffMember);
