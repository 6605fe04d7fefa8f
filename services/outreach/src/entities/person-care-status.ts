import { defineEntity, p } from '@mikro-orm/core';

/**
 * Whether a person has current care services, as applications last told this service (the
 * `outreach.care-status-changed` events); `updatedAt` is applications' version of the fact.
 * A person without a row has none as far as outreach knows.
 */
export const PersonCareStatusSchema = defineEntity({
  name: 'PersonCareStatus',
  tableName: 'person_care_status',
  properties: {
    personId: p.uuid().primary(),
    hasCurrentCareServices: p.boolean(),
    updatedAt: p.datetime(),
  },
});

export class PersonCareStatus extends PersonCareStatusSchema.class {}
PersonCareStatusSchema.setClass(PersonCareStatus);
