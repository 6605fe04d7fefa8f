import { defineEntity, p } from '@mikro-orm/core';

/**
 * One staff read of a person's data. Each service keeps the log of reads of its own data,
 * so a citizen can be shown who opened their case.
 */
export const AccessLogEntrySchema = defineEntity({
  name: 'AccessLogEntry',
  tableName: 'access_log',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    at: p.datetime().onCreate(() => new Date()),
    staffId: p.uuid().index(),
    personId: p.uuid().index(),
    resource: p.string().length(64),
    resourceId: p.string().length(64).nullable(),
  },
});

export class AccessLogEntry extends AccessLogEntrySchema.class {}
AccessLogEntrySchema.setClass(AccessLogEntry);
