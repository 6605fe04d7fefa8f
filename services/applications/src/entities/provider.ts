import { defineEntity, p } from '@mikro-orm/core';

/** A care provider ("utförare"), in-house or private under free choice (LOV). */
export const ProviderSchema = defineEntity({
  name: 'Provider',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    name: p.string().length(200).unique(),
    inHouse: p.boolean(),
    serviceTypes: p.array(),
    contactEmail: p.string().length(200).nullable(),
    active: p.boolean().default(true),
  },
});

export class Provider extends ProviderSchema.class {}
ProviderSchema.setClass(Provider);
