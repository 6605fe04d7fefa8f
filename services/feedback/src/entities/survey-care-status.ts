import { defineEntity, p } from '@mikro-orm/core';

/**
 * Whether a person has current care services, as applications last told feedback
 * (`feedback.care-status-changed`); `version` is applications' time of the fact. Only people with
 * services are offered the user survey. A person without a row has none as far as feedback knows.
 */
export const SurveyCareStatusSchema = defineEntity({
  name: 'SurveyCareStatus',
  tableName: 'person_care_status',
  properties: {
    personId: p.uuid().primary(),
    hasCurrentCareServices: p.boolean(),
    version: p.datetime(),
  },
});

export class SurveyCareStatus extends SurveyCareStatusSchema.class {}
SurveyCareStatusSchema.setClass(SurveyCareStatus);
