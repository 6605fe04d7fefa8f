import { defineEntity, p } from '@mikro-orm/core';
import { FEEDBACK_TARGETS } from '@omsorg/rules/feedback';
import { DEVIATION_REGISTER_KINDS, DEVIATION_STATUSES, PROVIDER_NAME_MAX_LENGTH } from '../domain/deviations.ts';

/**
 * A deviation ("avvikelse") against the unit, a provider, the region or transport. Raised by
 * applications through the queue (sourceKey makes it idempotent) or registered by staff.
 */
export const DeviationSchema = defineEntity({
  name: 'Deviation',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    kind: p.enum(DEVIATION_REGISTER_KINDS),
    unit: p.string().length(200).index(),
    target: p.enum(FEEDBACK_TARGETS),
    providerName: p.string().length(PROVIDER_NAME_MAX_LENGTH).nullable(),
    /** What happened, as staff wrote it; null for a raised deviation (its kind says it). */
    description: p.text().nullable(),
    /** The case it concerns (applications' Application id). */
    applicationId: p.uuid().nullable(),
    raisedOn: p.date(),
    status: p.enum(DEVIATION_STATUSES).default('OPEN').index(),
    closingNote: p.text().nullable(),
    closedAt: p.datetime().nullable(),
    closedById: p.uuid().nullable(),
    /** The sender's key of a raised deviation: the same event twice registers one deviation. */
    sourceKey: p.string().length(200).nullable().unique(),
    registeredById: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()).index(),
  },
});

export class Deviation extends DeviationSchema.class {}
DeviationSchema.setClass(Deviation);
