import { defineEntity, p } from '@mikro-orm/core';

/**
 * A care provider ("utförare"), in-house or private under free choice (LOV, lagen om
 * valfrihetssystem): the services it delivers, the district areas it serves, and what a person
 * compares when choosing (profile, languages spoken). `contactEmail` receives orders.
 */
export const ProviderSchema = defineEntity({
  name: 'Provider',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    name: p.string().length(200).unique(),
    inHouse: p.boolean(),
    serviceTypes: p.array(),
    /** District areas ("stadsdelsområde" parts, e.g. Hägersten, Älvsjö) where it delivers. */
    areas: p.array().default([]),
    /** Languages its staff speak, as language codes (sv, fi, ar…), for e.g. Finnish-speaking home care. */
    languages: p.array().default([]),
    /** A short presentation in plain Swedish, shown when a person compares providers. */
    profile: p.text().default(''),
    contactEmail: p.string().length(200).nullable(),
    active: p.boolean().default(true),
  },
});

export class Provider extends ProviderSchema.class {}
ProviderSchema.setClass(Provider);
