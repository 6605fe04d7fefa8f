import { defineEntity, p } from '@mikro-orm/core';
import type { ServiceType } from '../domain/service-types.ts';

/**
 * A legal basis a decision can rest on. Data the staff maintain, never constants in code:
 * the Social Services Act was replaced on 1 July 2025 and paragraph numbers changed.
 */
export const LegalProvisionSchema = defineEntity({
  name: 'LegalProvision',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    code: p.string().length(40).unique(),
    law: p.enum(['SOL', 'LSS'] as const),
    /** As written in a letter, e.g. "4 kap. 1 § socialtjänstlagen (2001:453)". */
    citation: p.string().length(200),
    title: p.string().length(200),
    validFrom: p.date(),
    validTo: p.date().nullable(),
    /** The service types a decision may rest on it for; the decision form offers only these. */
    serviceTypes: p.json<ServiceType[]>().default('[]'),
    /** The service types for which it is the usual basis: preselected in the decision form. */
    defaultFor: p.json<ServiceType[]>().default('[]'),
  },
});

export class LegalProvision extends LegalProvisionSchema.class {}
LegalProvisionSchema.setClass(LegalProvision);
