import { defineEntity, p } from '@mikro-orm/core';
import { DecisionSchema } from './decision.ts';
import { ProviderSchema } from './provider.ts';

export const PROVIDER_CHOICE_MADE_BY = ['PERSON', 'REPRESENTATIVE'] as const;
export const PROVIDER_CHOICE_CHANNELS = ['PORTAL', 'PHONE'] as const;

/**
 * The provider a person chose for a granted service ("val av utförare", LOV). Appended, never
 * changed: the newest for a decision is the choice in force, the older ones its history.
 */
export const ProviderChoiceSchema = defineEntity({
  name: 'ProviderChoice',
  tableName: 'provider_choice',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    decision: () => p.manyToOne(DecisionSchema).index(),
    provider: () => p.manyToOne(ProviderSchema),
    /** Whether the person themself or their representative made the choice. */
    madeBy: p.enum(PROVIDER_CHOICE_MADE_BY),
    /** Who made it, as staff wrote it down from a phone call (e.g. "Erik Andersson, son och ombud"). */
    madeByName: p.string().length(200).nullable(),
    channel: p.enum(PROVIDER_CHOICE_CHANNELS),
    /** The person who chose in the portal, or the staff member who recorded a phone call. */
    recordedById: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ProviderChoice extends ProviderChoiceSchema.class {}
ProviderChoiceSchema.setClass(ProviderChoice);
