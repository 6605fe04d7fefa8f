import { defineEntity, p } from '@mikro-orm/core';
import { COMMUNICATION_EXCEPTIONS } from '../domain/communication-before-decision.ts';
import { LegalProvisionSchema } from './legal-provision.ts';
import { RequestedServiceSchema } from './requested-service.ts';

export const DECISION_OUTCOMES = ['GRANTED', 'PARTLY_GRANTED', 'DENIED'] as const;
export const DECISION_STATUSES = ['PROPOSED', 'DECIDED', 'SUPERSEDED'] as const;

/**
 * The decision ("beslut") on one requested service. A caseworker's proposal for a service
 * reserved to a manager is PROPOSED until a manager decides; a reconsidered decision is
 * SUPERSEDED by the new one.
 */
export const DecisionSchema = defineEntity({
  name: 'Decision',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    requestedService: () => p.manyToOne(RequestedServiceSchema).index(),
    status: p.enum(DECISION_STATUSES),
    outcome: p.enum(DECISION_OUTCOMES),
    /** Scope of home care, hours per month (ramtid). */
    hoursPerMonth: p.integer().nullable(),
    validFrom: p.date().nullable(),
    validTo: p.date().nullable(),
    legalProvision: () => p.manyToOne(LegalProvisionSchema).nullable(),
    motivation: p.text(),
    proposedById: p.uuid().nullable(),
    decidedById: p.uuid().nullable(),
    decidedAt: p.datetime().nullable(),
    /** The day the applicant was notified; the appeal deadline runs from it. */
    notifiedOn: p.date().nullable(),
    appealDeadline: p.date().nullable(),
    supersedes: () => p.manyToOne(DecisionSchema).nullable(),
    /**
     * The exception in förvaltningslagen 25 § a decision against the applicant was made under
     * without the investigation communicated and answered (or its window passed), and why.
     */
    communicationException: p.enum(COMMUNICATION_EXCEPTIONS).nullable(),
    communicationExceptionNote: p.text().nullable(),
    /** The day the provider started delivering (for the 3-month rule). */
    startedOn: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Decision extends DecisionSchema.class {}
DecisionSchema.setClass(Decision);
